using BriefingBot.Core.Stories;

namespace BriefingBot.Core.People;

/// <summary>A story that mentions an entity, with the sentence that does.</summary>
public sealed record EntityStoryMention(StoryId StoryId, string Title, DateTimeOffset PublishedAt, Uri? Link, string SourceName, string Sentence);
