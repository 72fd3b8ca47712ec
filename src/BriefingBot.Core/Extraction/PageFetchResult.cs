namespace BriefingBot.Core.Extraction;

/// <summary>A fetched page (possibly cut at the size limit), or a failure with one sentence of reason.</summary>
/// <param name="Content">The body bytes, at most the configured limit.</param>
/// <param name="ContentType">The Content-Type header, when sent.</param>
/// <param name="FinalUri">Where the page came from after redirects.</param>
/// <param name="Truncated">The body was longer than the limit and was cut.</param>
/// <param name="Error">Why the page could not be fetched; null on success.</param>
public sealed record PageFetchResult(ReadOnlyMemory<byte> Content, string? ContentType, Uri? FinalUri, bool Truncated, string? Error)
{
    public bool IsSuccess => Error is null;

    public static PageFetchResult Failed(string error) => new(ReadOnlyMemory<byte>.Empty, null, null, false, error);
}
