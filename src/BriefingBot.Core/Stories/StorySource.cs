namespace BriefingBot.Core.Stories;

/// <summary>One outlet's report of a story.</summary>
public sealed record StorySource(string SourceId, string SourceName, string Title, Uri? Link, DateTimeOffset? PublishedAt);
