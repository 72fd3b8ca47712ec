namespace BriefingBot.Core.News;

public sealed record ParsedFeed(FeedFormat Format, string? Title, Uri? Link, IReadOnlyList<FeedItem> Items);
