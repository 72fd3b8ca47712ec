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
                return FeedFetchResult.Failed($"The server answered {(int)response.StatusCode} {response.ReasonPhrase}.".Replace(" .", ".", StringComparison.Ordinal));
            }

            if (response.Content.Headers.ContentLength > _options.MaxFeedBytes)
            {
                return FeedFetchResult.Failed(TooLarge($"announces {response.Content.Headers.ContentLength} bytes"));
            }

            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var content = await ReadLimitedAsync(stream, linked.Token).ConfigureAwait(false);
                return content is null
                    ? FeedFetchResult.Failed(TooLarge("sent more"))
                    : new FeedFetchResult(FeedFetchStatus.Ok, content, response.Content.Headers.ContentType?.ToString(),
                        response.RequestMessage?.RequestUri ?? uri, newValidators, null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FeedFetchResult.Failed(
                $"The fetch did not finish within the time limit of {_options.FetchTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s.");
        }
        catch (HttpRequestException exception)
        {
            return FeedFetchResult.Failed(Describe(exception));
        }
        catch (IOException exception)
        {
            return FeedFetchResult.Failed($"The connection failed while reading the feed: {SentenceBody(exception.Message)}.");
        }
    }

    private HttpRequestMessage CreateRequest(Uri uri, FeedValidators? validators)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept",
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

    /// <summary>Reads at most MaxFeedBytes; null when the body is longer.</summary>
    private async Task<byte[]?> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        var limit = _options.MaxFeedBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private string TooLarge(string detail) =>
        $"The feed is larger than the limit of {_options.MaxFeedBytes.ToString(CultureInfo.InvariantCulture)} bytes (the server {detail}).";

    private static string Describe(HttpRequestException exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is BlockedAddressException blocked)
            {
                return blocked.Message;
            }
        }

        return $"The request failed: {SentenceBody(exception.InnerException?.Message ?? exception.Message)}.";
    }

    /// <summary>A message as the body of a sentence: first sentence only, no final full stop.</summary>
    private static string SentenceBody(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim().TrimEnd('.');
    }
}
