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
            text.Append(item.Number).Append(". ").AppendLine(item.Title);
            if (item.Summary.Count > 0)
            {
                text.Append("   ").AppendLine(string.Join(' ', item.Summary));
            }

            text.Append("   ").AppendLine(SourcesLine(item.Sources));
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
            .Append("   Published ").AppendLine(Date((story.Sources.Count > 0 ? story.Sources[0].PublishedAt : null) ?? story.PublishedAt))
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

    private static string SourcesLine(IReadOnlyList<StorySource> sources) =>
        sources.Count == 1
            ? $"Source: {sources[0].SourceName}{(sources[0].Link is null ? string.Empty : $" <{sources[0].Link}>")}"
            : $"{sources.Count} sources: {string.Join(", ", sources.Select(s => s.SourceName).Distinct())}";
}
