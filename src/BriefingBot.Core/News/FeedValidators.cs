namespace BriefingBot.Core.News;

/// <summary>HTTP cache validators remembered from the last successful fetch, for conditional GET.</summary>
public sealed record FeedValidators(string? ETag, DateTimeOffset? LastModified);
