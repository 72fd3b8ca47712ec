namespace BriefingBot.Core.Stories;

public interface IStoryStore
{
    /// <summary>Stores a story unless one of its dedup keys is already known (then adds the source if it is new).</summary>
    Task<StoryAddResult> AddAsync(NewStory story, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="report"/> as a report of story <paramref name="storyId"/> (clustering found they tell the same
    /// event): its keys name that story from now on and its source is added when new. With <paramref name="revise"/> the
    /// story takes the report's headline, text, digests and entities, and <see cref="Story.UpdatedAt"/> becomes the
    /// report's first-seen time. When the story does not exist the report is added as by <see cref="AddAsync"/>.
    /// </summary>
    /// <returns><see cref="StoryAddOutcome.Updated"/> when revised, else SourceAdded or Duplicate.</returns>
    Task<StoryAddResult> AttachAsync(StoryId storyId, NewStory report, bool revise, CancellationToken cancellationToken);

    Task<Story?> GetAsync(StoryId id, CancellationToken cancellationToken);

    /// <summary>Stories first seen or updated at or after <paramref name="since"/>, newest first seen first.</summary>
    Task<IReadOnlyList<Story>> ListSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);
}
