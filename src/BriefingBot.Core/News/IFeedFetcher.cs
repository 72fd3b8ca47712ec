namespace BriefingBot.Core.News;

/// <summary>Fetches a feed's bytes from an http(s) URL or a local file, within the configured time and size limits.</summary>
public interface IFeedFetcher
{
    Task<FeedFetchResult> FetchAsync(FeedSource source, FeedValidators? validators, CancellationToken cancellationToken);
}
