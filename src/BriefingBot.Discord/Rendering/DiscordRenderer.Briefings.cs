using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Stories;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Rendering;

public static partial class DiscordRenderer
{
    /// <summary>Custom id prefix of the "More on N" buttons; a press runs /story N.</summary>
    public const string StoryButtonPrefix = "story:";

    private const int Blurple = 0x5865F2;

    /// <summary>A header line and one embed per story, packed into messages of at most 10 embeds and 6000 characters.</summary>
    public static IReadOnlyList<DiscordMessage> RenderBriefing(Briefing briefing, bool scheduled)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var title = scheduled ? "Your daily briefing" : "Briefing";
        if (briefing.Items.Count == 0)
        {
            return Text($"**{title}**: no new stories since {Timestamp(briefing.Since)}.");
        }

        var header = $"**{title}** — {Timestamp(briefing.GeneratedAt)}, {(briefing.Items.Count == 1 ? "1 story" : $"{briefing.Items.Count} stories")}. " +
            "`/story N` for more on item N.";
        var numbers = new Dictionary<Embed, int>(ReferenceEqualityComparer.Instance);
        var embeds = briefing.Items.Select(item =>
        {
            var embed = ItemEmbed(item);
            numbers[embed] = item.Number;
            return embed;
        }).ToList();
        var messages = Pack(header, embeds).Select(m => m with { Components = MoreButtons(m.Embeds.Select(e => numbers[e])) });
        return [.. messages, .. briefing.Notices.SelectMany(n => Text(DiscordMarkdown.Escape(n.Text)))];
    }

    /// <summary>"More on N" buttons (custom id "story:N"), five to a row, one per story in the message.</summary>
    private static List<MessageComponent> MoreButtons(IEnumerable<int> numbers) =>
        numbers.Chunk(5)
            .Select(row => new MessageComponent(
                MessageComponent.ActionRow,
                row.Select(n => new MessageComponent(MessageComponent.Button, Style: MessageComponent.Secondary, Label: $"More on {n}", CustomId: $"{StoryButtonPrefix}{n}")).ToList()))
            .ToList();

    private static IReadOnlyList<DiscordMessage> RenderStory(StoryOutcome outcome)
    {
        var story = outcome.Story;
        var digest = story.Detail.Count > 0 ? story.Detail : story.Summary;
        var fields = story.Sources.Take(DiscordLimits.EmbedFields).Select(SourceField).ToList();
        var published = (story.Sources.Count > 0 ? story.Sources[0].PublishedAt : null) ?? story.PublishedAt;
        var embed = new Embed(
            Title: EmbedTitle(outcome.Number, story.Title),
            Description: Sentences(digest, DiscordLimits.EmbedDescription),
            Url: FirstLink(story.Sources),
            Color: Blurple,
            Fields: fields,
            Footer: new EmbedFooter(Sources(story.Sources.Count)));
        return Pack($"Published {Timestamp(published)}{(story.UpdatedAt is { } updated ? $", updated {Timestamp(updated)}" : string.Empty)}", [embed]);
    }

    private static Embed ItemEmbed(BriefingItem item) => new(
        Title: EmbedTitle(item.Number, item.Title, updated: item.UpdatedAt is not null),
        Description: item.Summary.Count == 0 ? null : Sentences(item.Summary, DiscordLimits.EmbedDescription),
        Url: FirstLink(item.Sources),
        Color: Blurple,
        Fields: [new EmbedField(Sources(item.Outlets.Count), SourceNames(item.Outlets))],
        Footer: new EmbedFooter($"Item {item.Number} · /story {item.Number} for the full story"));

    /// <summary>Messages of at most 10 embeds and 6000 embed characters each; the header goes with the first.</summary>
    public static IReadOnlyList<DiscordMessage> Pack(string? header, IEnumerable<Embed> embeds)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        var messages = new List<DiscordMessage>();
        var current = new List<Embed>();
        var size = 0;
        foreach (var embed in embeds)
        {
            var length = Length(embed);
            if (current.Count == DiscordLimits.EmbedsPerMessage || (current.Count > 0 && size + length > DiscordLimits.EmbedTotal))
            {
                messages.Add(new DiscordMessage(messages.Count == 0 ? header : null, current));
                current = [];
                size = 0;
            }

            current.Add(embed);
            size += length;
        }

        messages.Add(new DiscordMessage(messages.Count == 0 ? header : null, current));
        return messages;
    }

    /// <summary>The characters Discord counts towards an embed's 6000.</summary>
    public static int Length(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
            + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
    }

    private static string EmbedTitle(int number, string title, bool updated = false) =>
        DiscordMarkdown.Shorten($"{number}. {DiscordMarkdown.Escape(title)}{(updated ? " (updated)" : string.Empty)}", DiscordLimits.EmbedTitle);

    /// <summary>Whole sentences while they fit; a first sentence longer than the limit is cut at a word, marked with "…".</summary>
    private static string Sentences(IReadOnlyList<string> sentences, int max)
    {
        var text = new StringBuilder();
        foreach (var sentence in sentences.Select(DiscordMarkdown.Escape))
        {
            var separator = text.Length == 0 ? 0 : 1;
            if (text.Length + separator + sentence.Length > max)
            {
                if (text.Length == 0)
                {
                    text.Append(DiscordMarkdown.Shorten(sentence, max));
                }

                break;
            }

            text.Append(separator == 1 ? " " : string.Empty).Append(sentence);
        }

        return text.ToString();
    }

    private static EmbedField SourceField(StorySource source) => new(
        DiscordMarkdown.Shorten(DiscordMarkdown.Escape(source.SourceName), DiscordLimits.FieldName),
        DiscordMarkdown.Shorten(
            source.Link is { } link && IsWeb(link) ? $"[{DiscordMarkdown.Escape(source.Title)}]({link.AbsoluteUri})" : DiscordMarkdown.Escape(source.Title),
            DiscordLimits.FieldValue));

    /// <summary>Outlet names, each a masked link to its report; when the links do not fit a field, the names alone.</summary>
    private static string SourceNames(IReadOnlyList<StorySource> outlets)
    {
        if (outlets.Count == 0)
        {
            return "—";
        }

        var linked = string.Join(", ", outlets.Select(s =>
            s.Link is { } link && IsWeb(link) ? $"[{DiscordMarkdown.Escape(s.SourceName)}]({link.AbsoluteUri})" : DiscordMarkdown.Escape(s.SourceName)));
        return linked.Length <= DiscordLimits.FieldValue
            ? linked
            : DiscordMarkdown.Shorten(string.Join(", ", outlets.Select(s => DiscordMarkdown.Escape(s.SourceName))), DiscordLimits.FieldValue);
    }

    private static string Sources(int count) => count == 1 ? "1 source" : $"{count} sources";

    private static string? FirstLink(IReadOnlyList<StorySource> sources) =>
        sources.Select(s => s.Link).FirstOrDefault(l => l is not null && IsWeb(l))?.AbsoluteUri;

    private static bool IsWeb(Uri link) => link.IsAbsoluteUri && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp);
}
