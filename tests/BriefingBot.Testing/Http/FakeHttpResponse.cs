using System.Text;

namespace BriefingBot.Testing.Http;

/// <summary>What the fake server answers.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Body">Body bytes (may be empty).</param>
/// <param name="Headers">Extra response headers (Content-Length is added unless <paramref name="OmitContentLength"/>).</param>
/// <param name="Delay">Wait before sending anything (a slow server).</param>
/// <param name="OmitContentLength">Send no Content-Length and end the body by closing the connection.</param>
public sealed record FakeHttpResponse(
    int Status,
    ReadOnlyMemory<byte> Body,
    IReadOnlyDictionary<string, string>? Headers = null,
    TimeSpan Delay = default,
    bool OmitContentLength = false)
{
    public static FakeHttpResponse Text(string body, string contentType = "application/rss+xml; charset=utf-8", IReadOnlyDictionary<string, string>? headers = null)
    {
        var all = new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = contentType,
        };
        return new FakeHttpResponse(200, Encoding.UTF8.GetBytes(body), all);
    }

    public static FakeHttpResponse Empty(int status, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, ReadOnlyMemory<byte>.Empty, headers);
}
