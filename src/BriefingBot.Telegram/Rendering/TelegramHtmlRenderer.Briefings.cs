using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Stories;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram.Rendering;

public sealed partial class TelegramHtmlRenderer
{
    private const int MaxSummaryLength = 1500;

    /// <summary>An item's HTML stays below this, so any item fits a message with the header (escaping can grow text fivefold).</summary>
    private const int MaxItemLength = 3000;

    /// <summary>Outlets named (and linked) under an item; the rest are counted ("and 4 more") and listed by the "Sources" button.</summary>
    private const int MaxLinkedOutlets = 5;

    /// <summary>
    /// One message per chunk under <see cref="MaxMessageLength"/>, split between items (each item's HTML is
    /// whole in one message), with a "More N" / "Sources" button row per item and link previews off.
    /// </summary>
    public IReadOnlyList<TelegramMessage> RenderBriefing(Briefing briefing, bool scheduled)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var title = scheduled ? "Your daily briefing" : "Briefing";
        if (briefing.Items.Count == 0)
        {
            return [new TelegramMessage(TelegramHtml.Escape($"{title}: no new stories since {Date(briefing.Since)}."), DisableLinkPreview: true)];
        }

        var header = $"<b>{TelegramHtml.Escape(title)}</b> — {TelegramHtml.Escape(Date(briefing.GeneratedAt))}, {Stories(briefing.Items.Count)}\n\n";
        const string Footer = "Tap More for item N in full, or reply /story N; /who NAME for a person in the news.";
        var messages = new List<TelegramMessage>();
        var html = new StringBuilder(header);
        var rows = new List<InlineKeyboardButton[]>();
        foreach (var item in briefing.Items)
        {
            var block = RenderItem(item, MaxSummaryLength);
            for (var budget = MaxSummaryLength / 2; block.Length > MaxItemLength && budget >= 50; budget /= 2)
            {
                block = RenderItem(item, budget);
            }
            if (rows.Count > 0 && html.Length + block.Length > MaxMessageLength)
            {
                messages.Add(Chunk(html, rows));
                html.Clear();
                rows.Clear();
            }

            html.Append(block);
            rows.Add(
            [
                InlineKeyboardButton.WithCallbackData($"More {item.Number}", CallbackData.ForItem(CallbackData.More, item.Number)),
                InlineKeyboardButton.WithCallbackData("Sources", CallbackData.ForItem(CallbackData.Sources, item.Number)),
            ]);
        }

        if (html.Length + Footer.Length > MaxMessageLength)
        {
            messages.Add(Chunk(html, rows));
            html.Clear();
            rows.Clear();
        }

        html.Append(Footer);
        messages.Add(Chunk(html, rows));
        messages.AddRange(briefing.Notices.Select(n => new TelegramMessage(Fit(TelegramHtml.Escape(n.Text)), DisableLinkPreview: true)));
        return messages;
    }

    /// <summary>Item N's sources, each linked (the "Sources" button).</summary>
    public static TelegramMessage RenderSources(StoryOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var html = new StringBuilder().Append("<b>Sources for ").Append(outcome.Number).Append(". ")
            .Append(TelegramHtml.Escape(outcome.Story.Title)).Append("</b>\n");
        AppendSources(html, outcome.Story.Sources);
        return new TelegramMessage(Fit(html.ToString().TrimEnd()), DisableLinkPreview: true);
    }

    private TelegramMessage RenderStory(StoryOutcome outcome)
    {
        var story = outcome.Story;
        var published = (story.Sources.Count > 0 ? story.Sources[0].PublishedAt : null) ?? story.PublishedAt;
        var html = new StringBuilder()
            .Append("<b>").Append(outcome.Number).Append(". ").Append(TelegramHtml.Escape(story.Title)).Append("</b>\n")
            .Append("<i>Published ").Append(TelegramHtml.Escape(Date(published)))
            .Append(story.UpdatedAt is { } updated ? ", updated " + TelegramHtml.Escape(Date(updated)) : string.Empty).Append("</i>\n\n");
        foreach (var sentence in story.Detail.Count > 0 ? story.Detail : story.Summary)
        {
            html.Append(TelegramHtml.Escape(sentence)).Append('\n');
        }

        html.Append("\n<b>Sources</b>\n");
        AppendSources(html, story.Sources);
        return new TelegramMessage(Fit(html.ToString().TrimEnd()), DisableLinkPreview: true);
    }

    private static void AppendSources(StringBuilder html, IReadOnlyList<StorySource> sources)
    {
        foreach (var source in sources)
        {
            html.Append("• ").Append(TelegramHtml.Escape(source.SourceName)).Append(": ").Append(TelegramHtml.Link(source.Title, source.Link)).Append('\n');
        }
    }

    private static string RenderItem(BriefingItem item, int summaryBudget)
    {
        var html = new StringBuilder()
            .Append("<b>").Append(item.Number).Append(". ").Append(TelegramHtml.Escape(Shorten(item.Title, Math.Min(300, summaryBudget)))).Append("</b>")
            .Append(item.UpdatedAt is null ? "\n" : " <i>(updated)</i>\n");
        if (item.Summary.Count > 0)
        {
            html.Append(TelegramHtml.Escape(Shorten(string.Join(' ', item.Summary), summaryBudget))).Append('\n');
        }

        // Each outlet's name links to its report; the "Sources" button lists every report with its headline.
        var outlets = item.Outlets;
        html.Append("<i>").Append(outlets.Count == 1 ? "Source: " : $"{outlets.Count} sources: ")
            .AppendJoin(", ", outlets.Take(MaxLinkedOutlets).Select(s => TelegramHtml.Link(s.SourceName, s.Link)))
            .Append(outlets.Count > MaxLinkedOutlets ? $" and {outlets.Count - MaxLinkedOutlets} more" : string.Empty);

        return html.Append("</i>\n\n").ToString();
    }

    private static TelegramMessage Chunk(StringBuilder html, List<InlineKeyboardButton[]> rows) =>
        new(html.ToString().TrimEnd(), rows.Count == 0 ? null : new InlineKeyboardMarkup([.. rows]), DisableLinkPreview: true);

    /// <summary>Plain text shortened (before escaping, so no entity is cut) to at most <paramref name="max"/> characters.</summary>
    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");

    private static string Stories(int count) => count == 1 ? "1 story" : $"{count} stories";
}
