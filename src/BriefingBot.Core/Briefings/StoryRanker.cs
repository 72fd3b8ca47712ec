using BriefingBot.Core.Stories;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Orders candidate stories for a briefing: score = coverage x (0.25 + freshness). Coverage is 1 + log2 of the number
/// of outlets that reported the story (<see cref="Outlets"/>: 1, 2, 2.58, 3 for 1-4 outlets); freshness halves every
/// <see cref="HalfLife"/> since the story's latest report or update (<see cref="Story.LatestActivityAt"/>), so a
/// developing story stays fresh. The 0.25 floor lets a widely covered story outrank a fresher single report: two outlets
/// 12 hours ago (2 x 0.75) beat one outlet now (1 x 1.25). A chat's <see cref="TopicPreference"/> (off by default)
/// multiplies the score by <see cref="PreferenceFactor"/>.
/// </summary>
public static class StoryRanker
{
    /// <summary>A story in an included topic scores up to this much more (x2 at full confidence).</summary>
    public const double IncludeBoost = 1.0;

    /// <summary>A story in an excluded topic loses up to this share of its score (to x0.2 at full confidence).</summary>
    public const double ExcludePenalty = 0.8;

    public static TimeSpan HalfLife { get; } = TimeSpan.FromHours(12);

    public static double Score(Story story, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(story);
        var ageHours = Math.Max(0, (now - story.LatestActivityAt).TotalHours);
        var freshness = Math.Pow(0.5, ageHours / HalfLife.TotalHours);
        var coverage = 1 + Math.Log2(Math.Max(1, Outlets(story.Sources).Count));
        return coverage * (0.25 + freshness);
    }

    /// <summary>One report per outlet name (two feeds of one outlet count once), first one first.</summary>
    public static IReadOnlyList<StorySource> Outlets(IReadOnlyList<StorySource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.DistinctBy(s => s.SourceName.Trim(), StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// The multiplier for a story with <paramref name="topics"/> under <paramref name="preference"/>: 1 without a
    /// preference or a matching topic; an included topic lifts it, an excluded one lowers it, each by half for being
    /// listed and half by the topic's confidence.
    /// </summary>
    public static double PreferenceFactor(IReadOnlyList<TopicScore> topics, TopicPreference preference)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(preference);
        if (preference.IsEmpty)
        {
            return 1;
        }

        var include = Strength(topics, preference.Include);
        var exclude = Strength(topics, preference.Exclude);
        return (1 + (IncludeBoost * include)) * (1 - (ExcludePenalty * exclude));
    }

    public static IReadOnlyList<Story> Rank(IEnumerable<Story> stories, DateTimeOffset now) =>
        Rank(stories, now, TopicPreference.None, _ => []);

    /// <summary>Ranks with a chat's topic preference; <paramref name="topicsOf"/> is asked only when there is one.</summary>
    public static IReadOnlyList<Story> Rank(
        IEnumerable<Story> stories, DateTimeOffset now, TopicPreference preference, Func<Story, IReadOnlyList<TopicScore>> topicsOf)
    {
        ArgumentNullException.ThrowIfNull(preference);
        ArgumentNullException.ThrowIfNull(topicsOf);
        return stories
            .Select(s => (Story: s, Score: Score(s, now) * (preference.IsEmpty ? 1 : PreferenceFactor(topicsOf(s), preference))))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Story.PublishedAt)
            .ThenBy(x => x.Story.Id.Value)
            .Select(x => x.Story)
            .ToList();
    }

    private static double Strength(IReadOnlyList<TopicScore> topics, IReadOnlySet<string> names) =>
        topics.Where(t => names.Contains(t.Name)).Select(t => 0.5 + (0.5 * Math.Clamp(t.Confidence, 0, 1))).DefaultIfEmpty(0).Max();
}
