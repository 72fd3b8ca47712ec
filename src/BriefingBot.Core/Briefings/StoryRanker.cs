using BriefingBot.Core.Stories;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Orders candidate stories for a briefing: stories covered by more sources first, then fresher ones.
/// A story's score halves every <see cref="HalfLife"/> of age; each additional source counts like a fresher story.
/// A chat's <see cref="TopicPreference"/> (off by default) multiplies the score by <see cref="PreferenceFactor"/>.
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
        var ageHours = Math.Max(0, (now - story.PublishedAt).TotalHours);
        var freshness = Math.Pow(0.5, ageHours / HalfLife.TotalHours);
        var coverage = 1 + Math.Log2(Math.Max(1, story.Sources.Count));
        return coverage * (0.25 + freshness);
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
