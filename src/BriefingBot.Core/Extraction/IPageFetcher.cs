namespace BriefingBot.Core.Extraction;

/// <summary>Fetches one web page over http(s) with the same SSRF guard, time limit and size limit as feeds.</summary>
public interface IPageFetcher
{
    Task<PageFetchResult> FetchAsync(Uri uri, CancellationToken cancellationToken);
}
