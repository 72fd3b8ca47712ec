using System.Text;
using BriefingBot.Core.People;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram.Rendering;

public sealed partial class TelegramHtmlRenderer
{
    /// <summary>The stories a name appears in, each linked (the "Stories" button under a /who answer).</summary>
    public TelegramMessage RenderWhoStories(EntityProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var html = new StringBuilder().Append("<b>Stories with ").Append(TelegramHtml.Escape(profile.Name)).Append("</b>\n");
        foreach (var story in profile.Stories)
        {
            html.Append("• ").Append(TelegramHtml.Link(story.Title, story.Link)).Append(" — ")
                .Append(TelegramHtml.Escape($"{story.SourceName}, {Date(story.PublishedAt)}")).Append('\n');
        }

        if (profile.Stories.Count == 0)
        {
            html.Append("No recent stories.");
        }

        return new TelegramMessage(Fit(html.ToString().TrimEnd()), DisableLinkPreview: true);
    }

    private TelegramMessage RenderWho(WhoResult result) => result switch
    {
        WhoResult.Found found => RenderProfile(found.Profile),
        WhoResult.Ambiguous ambiguous => new TelegramMessage(Fit(RenderCandidates(ambiguous))),
        WhoResult.Unknown unknown => new TelegramMessage(TelegramHtml.Escape(unknown.Suggestions.Count == 0
            ? $"'{unknown.Query}' is not in recent news."
            : $"'{unknown.Query}' is not in recent news. Did you mean: {string.Join(", ", unknown.Suggestions)}?")),
        _ => throw new NotSupportedException(result.GetType().Name),
    };

    private TelegramMessage RenderProfile(EntityProfile profile)
    {
        var html = new StringBuilder().Append("<b>").Append(TelegramHtml.Escape(profile.Name)).Append("</b> — ").Append(TypeName(profile.Type)).Append('\n');
        if (profile.Role is not null)
        {
            html.Append("Role: ").Append(TelegramHtml.Escape(profile.Role));
            if (profile.RoleSource is { } source)
            {
                html.Append(" <i>(").Append(TelegramHtml.Escape($"{source.SourceName}, {Date(source.PublishedAt)}: \"{source.Sentence}\"")).Append(")</i>");
            }

            html.Append('\n');
        }

        if (profile.Stories.Count > 0)
        {
            html.Append("In the news:\n");
            foreach (var story in profile.Stories)
            {
                html.Append("• ").Append(TelegramHtml.Link(story.Title, story.Link)).Append(" — ").Append(TelegramHtml.Escape($"{story.SourceName}, {Date(story.PublishedAt)}")).Append('\n');
            }
        }

        if (profile.SeenWith.Count > 0)
        {
            html.Append("Often seen with: ").Append(TelegramHtml.Escape(string.Join(", ", profile.SeenWith)));
        }

        var data = CallbackData.TryEncode(CallbackData.WhoStories, profile.Name);
        var keyboard = data is null || profile.Stories.Count == 0
            ? null
            : new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Stories", data));
        return new TelegramMessage(Fit(html.ToString().TrimEnd()), keyboard, DisableLinkPreview: true);
    }

    private static string RenderCandidates(WhoResult.Ambiguous ambiguous)
    {
        var html = new StringBuilder().Append(TelegramHtml.Escape($"'{ambiguous.Query}' could be several people or organisations:")).Append('\n');
        foreach (var candidate in ambiguous.Candidates)
        {
            html.Append("• ").Append(TelegramHtml.Escape($"{candidate.Name} — {candidate.Role ?? TypeName(candidate.Type)} ({Stories(candidate.StoryCount)})")).Append('\n');
        }

        return html.Append(TelegramHtml.Escape($"Ask again with the full name, for example /who \"{ambiguous.Candidates[0].Name}\"")).ToString();
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organisation",
        EntityType.Location => "place",
        _ => "name in the news",
    };
}
