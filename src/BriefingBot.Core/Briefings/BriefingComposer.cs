using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Briefings;

/// <summary>Builds a briefing: stories first seen since a moment, ranked, the top N numbered from 1.</summary>
public sealed class BriefingComposer(IStoryStore stories)
{
    /// <summary>How many candidates are read before ranking.</summary>
    public const int CandidateLimit = 500;

    public async Task<Briefing> ComposeAsync(DateTimeOffset since, DateTimeOffset now, int maxItems, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        var candidates = await stories.ListSinceAsync(since, CandidateLimit, cancellationToken);
        var items = StoryRanker.Rank(candidates, now)
            .Take(maxItems)
            .Select((story, index) => new BriefingItem(index + 1, story.Id, story.Title, story.Summary, story.Sources, story.PublishedAt))
            .ToList();
        return new Briefing(now, since, items);
    }
}
