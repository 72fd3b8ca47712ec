using System.Globalization;

namespace BriefingBot.Core.News;

/// <summary>
/// What feed and page fetching share: the request with our User-Agent, a body read within a byte limit, and one-sentence
/// reasons for network trouble (the SSRF guard's refusal passed through as it is).
/// </summary>
internal static class HttpFetching
{
    public static HttpRequestMessage CreateGet(Uri uri, string userAgent, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; <c>Truncated</c> is true when the body was longer.</summary>
    public static async Task<(byte[] Content, bool Truncated)> ReadLimitedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                buffer.Write(chunk, 0, (int)(limit - buffer.Length));
                return (buffer.ToArray(), true);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), false);
    }

    public static string TimedOut(TimeSpan limit, string what) =>
        $"The {what} did not finish within the time limit of {limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s.";

    public static string StatusError(HttpResponseMessage response) =>
        $"The server answered {(int)response.StatusCode} {response.ReasonPhrase}.".Replace(" .", ".", StringComparison.Ordinal);

    public static string ReadFailed(IOException exception, string what) =>
        $"The connection failed while reading the {what}: {SentenceBody(exception.Message)}.";

    public static string Describe(HttpRequestException exception)
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
