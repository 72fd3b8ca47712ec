using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Orders candidate stories for a briefing: stories covered by more sources first, then fresher ones.
/// A story's score halves every <see cref="HalfLife"/> of age; each additional source counts like a fresher story.
/// The chat's topics will weigh in here once chats have topics.
/// </summary>
public static class StoryRanker
{
    public static TimeSpan HalfLife { get; } = TimeSpan.FromHours(12);

    public static double Score(Story story, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(story);
        var ageHours = Math.Max(0, (now - story.PublishedAt).TotalHours);
        var freshness = Math.Pow(0.5, ageHours / HalfLife.TotalHours);
        var coverage = 1 + Math.Log2(Math.Max(1, story.Sources.Count));
        return coverage * (0.25 + freshness);
    }

    public static IReadOnlyList<Story> Rank(IEnumerable<Story> stories, DateTimeOffset now) =>
        stories
            .Select(s => (Story: s, Score: Score(s, now)))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Story.PublishedAt)
            .ThenBy(x => x.Story.Id.Value)
            .Select(x => x.Story)
            .ToList();
}
