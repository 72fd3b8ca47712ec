namespace BriefingBot.Core.Stories;

public interface IStoryStore
{
    /// <summary>Stores a story unless one of its dedup keys is already known (then adds the source if it is new).</summary>
    Task<StoryAddResult> AddAsync(NewStory story, CancellationToken cancellationToken);

    Task<Story?> GetAsync(StoryId id, CancellationToken cancellationToken);

    /// <summary>Stories first seen at or after <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<Story>> ListSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);
}
