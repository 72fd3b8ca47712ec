using BriefingBot.Core.Moderation;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Builds a briefing: stories first seen (or updated) since a moment, ranked, the top N numbered from 1. A story
/// reported by several outlets is already one story (clustered at ingest), so it is one item listing every source.
/// </summary>
public sealed class BriefingComposer(IStoryStore stories, ITopicClassifier topics)
{
    /// <summary>How many candidates are read before ranking.</summary>
    public const int CandidateLimit = 500;

    public Task<Briefing> ComposeAsync(DateTimeOffset since, DateTimeOffset now, int maxItems, CancellationToken cancellationToken) =>
        ComposeAsync(since, now, maxItems, TopicPreference.None, cancellationToken);

    /// <summary>As above, ranked with the chat's topic preference (stories are classified only when there is one).</summary>
    public async Task<Briefing> ComposeAsync(
        DateTimeOffset since, DateTimeOffset now, int maxItems, TopicPreference preference, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        ArgumentNullException.ThrowIfNull(preference);
        var candidates = await stories.ListSinceAsync(since, CandidateLimit, cancellationToken);
        return Build(candidates, since, now, maxItems, preference, TopicsOf);
    }

    /// <summary>For one chat: only the stories its <paramref name="feed"/> admits, ranked with its include-topics as preference.</summary>
    public async Task<Briefing> ComposeAsync(DateTimeOffset since, DateTimeOffset now, int maxItems, ChatFeed feed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        ArgumentNullException.ThrowIfNull(feed);
        var candidates = await stories.ListSinceAsync(since, CandidateLimit, cancellationToken);
        var admitted = feed.IsEmpty ? candidates : candidates.Where(story => feed.Decide(story).Passed).ToList();
        return Build(admitted, since, now, maxItems, feed.Preference, TopicsOf);
    }

    private IReadOnlyList<TopicScore> TopicsOf(Story story) => topics.Classify(TopicDocument.FromStory(story));

    private Briefing Build(
        IReadOnlyList<Story> candidates, DateTimeOffset since, DateTimeOffset now, int maxItems, TopicPreference preference, Func<Story, IReadOnlyList<TopicScore>> topicsOf)
    {
        var items = StoryRanker.Rank(candidates, now, preference.Resolve(topics.Resolve), topicsOf)
            .Take(maxItems)
            .Select((story, index) => new BriefingItem(index + 1, story.Id, story.Title, story.Summary, story.Sources, story.PublishedAt, story.UpdatedAt))
            .ToList();
        return new Briefing(now, since, items);
    }
}
