using System.Text;
using BriefingBot.Core.People;

namespace BriefingBot.Host.ConsoleChat;

internal sealed partial class PlainTextRenderer
{
    private string RenderWho(WhoResult result) => result switch
    {
        WhoResult.Found found => RenderProfile(found.Profile),
        WhoResult.Ambiguous ambiguous => RenderCandidates(ambiguous),
        WhoResult.Unknown unknown => unknown.Suggestions.Count == 0
            ? $"'{unknown.Query}' is not in recent news."
            : $"'{unknown.Query}' is not in recent news. Did you mean: {string.Join(", ", unknown.Suggestions)}?",
        _ => throw new NotSupportedException(result.GetType().Name),
    };

    private string RenderProfile(EntityProfile profile)
    {
        var text = new StringBuilder().Append(profile.Name).Append(" — ").AppendLine(TypeName(profile.Type));
        if (profile.Role is not null)
        {
            text.Append("Role: ").Append(profile.Role);
            if (profile.RoleSource is { } source)
            {
                text.Append(" (").Append(source.SourceName).Append(", ").Append(Date(source.PublishedAt)).Append(": \"").Append(source.Sentence).Append("\")");
            }

            text.AppendLine();
        }

        if (profile.Stories.Count > 0)
        {
            text.AppendLine("In the news:");
            foreach (var story in profile.Stories)
            {
                text.Append("  • ").Append(story.Title).Append(" — ").Append(story.SourceName).Append(", ").AppendLine(Date(story.PublishedAt));
                text.Append("    \"").Append(story.Sentence).AppendLine("\"");
            }
        }

        if (profile.SeenWith.Count > 0)
        {
            text.Append("Often seen with: ").AppendLine(string.Join(", ", profile.SeenWith));
        }

        return text.ToString().TrimEnd();
    }

    private static string RenderCandidates(WhoResult.Ambiguous ambiguous)
    {
        var text = new StringBuilder().Append('\'').Append(ambiguous.Query).AppendLine("' could be several people or organisations:");
        foreach (var candidate in ambiguous.Candidates)
        {
            text.Append("  • ").Append(candidate.Name).Append(" — ").Append(candidate.Role ?? TypeName(candidate.Type))
                .Append(" (").Append(Stories(candidate.StoryCount)).AppendLine(")");
        }

        if (ambiguous.Candidates.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
        {
            return text.Append("They share the name; the roles above tell them apart.").ToString();
        }

        return text.Append("Ask again with the full name, for example /who \"").Append(ambiguous.Candidates[0].Name).Append('"').ToString();
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organisation",
        EntityType.Location => "place",
        _ => "name in the news",
    };
}
