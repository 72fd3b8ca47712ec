using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Stories;

namespace BriefingBot.Host.ConsoleChat;

internal sealed partial class PlainTextRenderer
{
    public string RenderBriefing(Briefing briefing, bool scheduled)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var title = scheduled ? "Your daily briefing" : "Briefing";
        if (briefing.Items.Count == 0)
        {
            return $"{title}: no new stories since {Date(briefing.Since)}.";
        }

        var text = new StringBuilder()
            .Append(title).Append(" — ").Append(Date(briefing.GeneratedAt)).Append(", ")
            .Append(Stories(briefing.Items.Count))
            .AppendLine().AppendLine();
        foreach (var item in briefing.Items)
        {
            text.Append(item.Number).Append(". ").Append(item.Title).AppendLine(item.UpdatedAt is null ? string.Empty : " (updated)");
            if (item.Summary.Count > 0)
            {
                text.Append("   ").AppendLine(string.Join(' ', item.Summary));
            }

            AppendSources(text, item.Outlets);
            text.AppendLine();
        }

        text.Append("Reply /story N for more on item N, /who NAME for a person in the news.");
        foreach (var notice in briefing.Notices)
        {
            text.AppendLine().AppendLine().Append(notice.Text);
        }

        return text.ToString();
    }

    private string RenderStory(StoryOutcome outcome)
    {
        var story = outcome.Story;
        var text = new StringBuilder()
            .Append(outcome.Number).Append(". ").AppendLine(story.Title)
            .Append("   Published ").Append(Date((story.Sources.Count > 0 ? story.Sources[0].PublishedAt : null) ?? story.PublishedAt))
            .AppendLine(story.UpdatedAt is { } updated ? $", updated {Date(updated)}" : string.Empty)
            .AppendLine();
        var digest = story.Detail.Count > 0 ? story.Detail : story.Summary;
        foreach (var sentence in digest)
        {
            text.AppendLine(sentence);
        }

        text.AppendLine().AppendLine("Sources:");
        foreach (var source in story.Sources)
        {
            text.Append("  • ").Append(source.SourceName).Append(": ").Append(source.Title);
            text.AppendLine(source.Link is null ? string.Empty : $" <{source.Link}>");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"Source: NAME &lt;link&gt;", or "3 sources:" and one line per outlet with its link.</summary>
    private static void AppendSources(StringBuilder text, IReadOnlyList<StorySource> outlets)
    {
        if (outlets.Count == 1)
        {
            text.Append("   Source: ").Append(outlets[0].SourceName).AppendLine(Link(outlets[0]));
            return;
        }

        text.Append("   ").Append(outlets.Count).AppendLine(" sources:");
        foreach (var source in outlets)
        {
            text.Append("   • ").Append(source.SourceName).AppendLine(Link(source));
        }
    }

    private static string Link(StorySource source) => source.Link is null ? string.Empty : $" <{source.Link}>";
}
