namespace BriefingBot.Core.News;

/// <summary>What one fetch of a feed gave: content, "not modified", or a failure with one sentence of reason.</summary>
public sealed record FeedFetchResult(
    FeedFetchStatus Status,
    ReadOnlyMemory<byte> Content,
    string? ContentType,
    Uri? FinalUri,
    FeedValidators? Validators,
    string? Error)
{
    public static FeedFetchResult Failed(string error) => new(FeedFetchStatus.Failed, ReadOnlyMemory<byte>.Empty, null, null, null, error);

    public static FeedFetchResult NotModified(FeedValidators? validators) =>
        new(FeedFetchStatus.NotModified, ReadOnlyMemory<byte>.Empty, null, null, validators, null);
}
