using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.News;

/// <summary>
/// Fetches feeds over http(s) (conditional GET, time and size limits, SSRF guard in the handler) or from local files.
/// Network trouble becomes <see cref="FeedFetchResult.Failed"/> with one sentence; only the caller's cancellation throws.
/// </summary>
public sealed partial class FeedFetcher(
    HttpClient httpClient,
    IOptions<NewsOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedFetcher> logger) : IFeedFetcher
{
    private readonly NewsOptions _options = options.Value;

    public async Task<FeedFetchResult> FetchAsync(FeedSource source, FeedValidators? validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = source.IsRemote
            ? await FetchHttpAsync(new Uri(source.Location), validators, cancellationToken).ConfigureAwait(false)
            : await FetchFileAsync(source.Location, validators, cancellationToken).ConfigureAwait(false);

        switch (result.Status)
        {
            case FeedFetchStatus.Failed:
                Log.FetchFailed(logger, source.Id, source.Location, result.Error ?? "unknown reason");
                break;
            case FeedFetchStatus.NotModified:
                Log.NotModified(logger, source.Id);
                break;
            default:
                Log.Fetched(logger, source.Id, result.Content.Length);
                break;
        }

        return result;
    }

    private async Task<FeedFetchResult> FetchHttpAsync(Uri uri, FeedValidators? validators, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.FetchTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = CreateRequest(uri, validators);
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var newValidators = ValidatorsOf(response, validators);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return FeedFetchResult.NotModified(newValidators);
            }

            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return FeedFetchResult.Failed($"The feed redirected more than {FeedHttpHandler.MaxRedirects} times or to an unusable location.");
            }

            if (!response.IsSuccessStatusCode)
            {
                return FeedFetchResult.Failed(HttpFetching.StatusError(response));
            }

            if (response.Content.Headers.ContentLength > _options.MaxFeedBytes)
            {
                return FeedFetchResult.Failed(TooLarge($"announces {response.Content.Headers.ContentLength} bytes"));
            }

            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var (content, truncated) = await HttpFetching.ReadLimitedAsync(stream, _options.MaxFeedBytes, linked.Token).ConfigureAwait(false);
                return truncated
                    ? FeedFetchResult.Failed(TooLarge("sent more"))
                    : new FeedFetchResult(FeedFetchStatus.Ok, content, response.Content.Headers.ContentType?.ToString(),
                        response.RequestMessage?.RequestUri ?? uri, newValidators, null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FeedFetchResult.Failed(HttpFetching.TimedOut(_options.FetchTimeout, "fetch"));
        }
        catch (HttpRequestException exception)
        {
            return FeedFetchResult.Failed(HttpFetching.Describe(exception));
        }
        catch (IOException exception)
        {
            return FeedFetchResult.Failed(HttpFetching.ReadFailed(exception, "feed"));
        }
    }

    private HttpRequestMessage CreateRequest(Uri uri, FeedValidators? validators)
    {
        var request = HttpFetching.CreateGet(uri, _options.UserAgent,
            "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8");
        if (!string.IsNullOrWhiteSpace(validators?.ETag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", validators.ETag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        return request;
    }

    private static FeedValidators? ValidatorsOf(HttpResponseMessage response, FeedValidators? previous)
    {
        var etag = response.Headers.ETag?.ToString()
            ?? (response.Headers.TryGetValues("ETag", out var raw) ? raw.FirstOrDefault() : null);
        var lastModified = response.Content.Headers.LastModified;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            etag ??= previous?.ETag;
            lastModified ??= previous?.LastModified;
        }

        return etag is null && lastModified is null ? null : new FeedValidators(etag, lastModified);
    }

    private string TooLarge(string detail) =>
        $"The feed is larger than the limit of {_options.MaxFeedBytes.ToString(CultureInfo.InvariantCulture)} bytes (the server {detail}).";
}
