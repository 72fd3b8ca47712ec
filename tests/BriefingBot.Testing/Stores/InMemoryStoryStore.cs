using BriefingBot.Core.Stories;

namespace BriefingBot.Testing.Stores;

/// <summary>An in-memory <see cref="IStoryStore"/> with the same dedup rules as the real stores.</summary>
public sealed class InMemoryStoryStore : IStoryStore
{
    private readonly Lock _gate = new();
    private readonly List<Story> _stories = [];
    private readonly Dictionary<string, StoryId> _keys = new(StringComparer.Ordinal);

    public IReadOnlyList<Story> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _stories];
            }
        }
    }

    public Task<StoryAddResult> AddAsync(NewStory story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        lock (_gate)
        {
            foreach (var key in story.DedupKeys)
            {
                if (_keys.TryGetValue(key, out var existingId))
                {
                    var index = _stories.FindIndex(s => s.Id == existingId);
                    var existing = _stories[index];
                    if (existing.Sources.Any(s => s.SourceId == story.Source.SourceId))
                    {
                        return Task.FromResult(new StoryAddResult(StoryAddOutcome.Duplicate, existingId));
                    }

                    _stories[index] = existing with { Sources = [.. existing.Sources, story.Source] };
                    return Task.FromResult(new StoryAddResult(StoryAddOutcome.SourceAdded, existingId));
                }
            }

            var id = new StoryId(_stories.Count + 1);
            _stories.Add(new Story(id, story.Title, story.Text, story.Summary, story.Detail, [story.Source], story.Entities, story.PublishedAt, story.FirstSeenAt));
            foreach (var key in story.DedupKeys)
            {
                _keys.TryAdd(key, id);
            }

            return Task.FromResult(new StoryAddResult(StoryAddOutcome.Added, id));
        }
    }

    public Task<StoryAddResult> AttachAsync(StoryId storyId, NewStory report, bool revise, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (_gate)
        {
            var index = _stories.FindIndex(s => s.Id == storyId);
            if (index < 0)
            {
                return AddAsync(report, cancellationToken);
            }

            var existing = _stories[index];
            var hasSource = existing.Sources.Any(s => s.SourceId == report.Source.SourceId);
            var sources = hasSource && revise
                ? existing.Sources.Select(s => s.SourceId == report.Source.SourceId ? report.Source : s).ToList()
                : hasSource ? existing.Sources : [.. existing.Sources, report.Source];
            _stories[index] = revise
                ? existing with
                {
                    Title = report.Title, Text = report.Text, Summary = report.Summary, Detail = report.Detail,
                    Entities = report.Entities, Sources = sources, UpdatedAt = report.FirstSeenAt,
                }
                : existing with { Sources = sources };
            foreach (var key in report.DedupKeys)
            {
                _keys.TryAdd(key, storyId);
            }

            var outcome = revise ? StoryAddOutcome.Updated : hasSource ? StoryAddOutcome.Duplicate : StoryAddOutcome.SourceAdded;
            return Task.FromResult(new StoryAddResult(outcome, storyId));
        }
    }

    public Task<Story?> GetAsync(StoryId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_stories.FirstOrDefault(s => s.Id == id));
        }
    }

    public Task<IReadOnlyList<Story>> ListSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Story> result = _stories.Where(s => s.FirstSeenAt >= since || s.UpdatedAt >= since)
                .OrderByDescending(s => s.FirstSeenAt).ThenByDescending(s => s.Id.Value).Take(limit).ToList();
            return Task.FromResult(result);
        }
    }
}
