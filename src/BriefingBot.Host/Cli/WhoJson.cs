using BriefingBot.Core.People;

namespace BriefingBot.Host.Cli;

/// <summary>The JSON shape of a "/who" answer for scripts.</summary>
internal static class WhoJson
{
    public static object From(string query, WhoResult result) => result switch
    {
        WhoResult.Found { Profile: var p } => new
        {
            query,
            status = "found",
            name = p.Name,
            type = p.Type.ToString(),
            role = p.Role,
            roleSentence = p.RoleSource?.Sentence,
            stories = p.Stories.Select(s => new { storyId = s.StoryId.Value, title = s.Title, published = s.PublishedAt, link = s.Link, source = s.SourceName, sentence = s.Sentence }),
            seenWith = p.SeenWith,
        },
        WhoResult.Ambiguous a => new
        {
            query,
            status = "ambiguous",
            candidates = a.Candidates.Select(c => new { name = c.Name, type = c.Type.ToString(), role = c.Role, stories = c.StoryCount }),
        },
        WhoResult.Unknown u => (object)new { query, status = "unknown", suggestions = u.Suggestions },
        _ => throw new NotSupportedException(result.GetType().Name),
    };
}
