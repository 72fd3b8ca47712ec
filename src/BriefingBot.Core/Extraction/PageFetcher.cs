using BriefingBot.Core.News;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Fetches article pages through the guarded feed handler (see <see cref="FeedHttpHandler"/>). Pages over
/// <see cref="NewsOptions.MaxPageBytes"/> are cut at the limit rather than refused: the article is usually at the top.
/// Network trouble becomes <see cref="PageFetchResult.Failed"/>; only the caller's cancellation throws.
/// </summary>
public sealed class PageFetcher(HttpClient httpClient, IOptions<NewsOptions> options, TimeProvider timeProvider) : IPageFetcher
{
    private const string Accept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private readonly NewsOptions _options = options.Value;

    public async Task<PageFetchResult> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return PageFetchResult.Failed($"Only http and https pages are fetched, not {uri.Scheme}.");
        }

        using var timeout = new CancellationTokenSource(_options.FetchTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = HttpFetching.CreateGet(uri, _options.UserAgent, Accept);
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return PageFetchResult.Failed($"The page redirected more than {FeedHttpHandler.MaxRedirects} times or to an unusable location.");
            }

            if (!response.IsSuccessStatusCode)
            {
                return PageFetchResult.Failed(HttpFetching.StatusError(response));
            }

            var contentType = response.Content.Headers.ContentType?.ToString();
            if (contentType is not null && !IsHtml(contentType))
            {
                return PageFetchResult.Failed($"The page is {response.Content.Headers.ContentType?.MediaType}, not HTML.");
            }

            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var (content, truncated) = await HttpFetching.ReadLimitedAsync(stream, _options.MaxPageBytes, linked.Token).ConfigureAwait(false);
                return new PageFetchResult(content, contentType, response.RequestMessage?.RequestUri ?? uri, truncated, null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PageFetchResult.Failed(HttpFetching.TimedOut(_options.FetchTimeout, "page fetch"));
        }
        catch (HttpRequestException exception)
        {
            return PageFetchResult.Failed(HttpFetching.Describe(exception));
        }
        catch (IOException exception)
        {
            return PageFetchResult.Failed(HttpFetching.ReadFailed(exception, "page"));
        }
    }

    private static bool IsHtml(string contentType) =>
        contentType.Contains("html", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);
}
