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
                _keys[key] = id;
            }

            return Task.FromResult(new StoryAddResult(StoryAddOutcome.Added, id));
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
            IReadOnlyList<Story> result = _stories.Where(s => s.FirstSeenAt >= since)
                .OrderByDescending(s => s.FirstSeenAt).ThenByDescending(s => s.Id.Value).Take(limit).ToList();
            return Task.FromResult(result);
        }
    }
}
