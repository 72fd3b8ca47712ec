using System.Text;
using BriefingBot.Core.People;

namespace BriefingBot.Discord.Rendering;

public static partial class DiscordRenderer
{
    private static string RenderWho(WhoResult result) => result switch
    {
        WhoResult.Found found => RenderProfile(found.Profile),
        WhoResult.Ambiguous ambiguous => RenderCandidates(ambiguous),
        WhoResult.Unknown unknown => DiscordMarkdown.Escape(unknown.Suggestions.Count == 0
            ? $"'{unknown.Query}' is not in recent news."
            : $"'{unknown.Query}' is not in recent news. Did you mean: {string.Join(", ", unknown.Suggestions)}?"),
        _ => throw new NotSupportedException(result.GetType().Name),
    };

    private static string RenderProfile(EntityProfile profile)
    {
        var text = new StringBuilder().Append("**").Append(DiscordMarkdown.Escape(profile.Name)).Append("** — ").AppendLine(TypeName(profile.Type));
        if (profile.Role is not null)
        {
            text.Append("Role: ").Append(DiscordMarkdown.Escape(profile.Role));
            if (profile.RoleSource is { } source)
            {
                text.Append(" (").Append(DiscordMarkdown.Escape(source.SourceName)).Append(", ").Append(Timestamp(source.PublishedAt)).Append(')');
            }

            text.AppendLine();
        }

        if (profile.Stories.Count > 0)
        {
            text.AppendLine("In the news:");
            foreach (var story in profile.Stories)
            {
                text.Append("• ").Append(DiscordMarkdown.Escape(story.Title)).Append(" — ").Append(DiscordMarkdown.Escape(story.SourceName))
                    .Append(", ").AppendLine(Timestamp(story.PublishedAt));
                text.Append("  “").Append(DiscordMarkdown.Escape(story.Sentence)).AppendLine("”");
            }
        }

        if (profile.SeenWith.Count > 0)
        {
            text.Append("Often seen with: ").AppendLine(DiscordMarkdown.Escape(string.Join(", ", profile.SeenWith)));
        }

        return text.ToString();
    }

    private static string RenderCandidates(WhoResult.Ambiguous ambiguous)
    {
        var text = new StringBuilder().Append(DiscordMarkdown.Escape($"'{ambiguous.Query}'")).AppendLine(" could be several people or organisations:");
        foreach (var candidate in ambiguous.Candidates)
        {
            text.Append("• ").Append(DiscordMarkdown.Escape(candidate.Name)).Append(" — ").Append(DiscordMarkdown.Escape(candidate.Role ?? TypeName(candidate.Type)))
                .Append(" (").Append(candidate.StoryCount == 1 ? "1 story" : $"{candidate.StoryCount} stories").AppendLine(")");
        }

        return text.Append("Ask again with the full name.").ToString();
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organisation",
        EntityType.Location => "place",
        _ => "name in the news",
    };
}
