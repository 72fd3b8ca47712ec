using System.Globalization;

namespace BriefingBot.Core.News;

/// <summary>Local feed files (relative paths are taken as given, against the current directory).</summary>
public sealed partial class FeedFetcher
{
    private async Task<FeedFetchResult> FetchFileAsync(string location, FeedValidators? validators, CancellationToken cancellationToken)
    {
        var path = Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : location;
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return FeedFetchResult.Failed($"The feed file '{location}' does not exist.");
            }

            if (file.Length > _options.MaxFeedBytes)
            {
                return FeedFetchResult.Failed(
                    $"The feed file '{location}' is larger than the limit of {_options.MaxFeedBytes.ToString(CultureInfo.InvariantCulture)} bytes.");
            }

            var lastWrite = new DateTimeOffset(file.LastWriteTimeUtc.Ticks - (file.LastWriteTimeUtc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            var fileValidators = new FeedValidators(null, lastWrite);
            if (validators?.LastModified == lastWrite)
            {
                return FeedFetchResult.NotModified(fileValidators);
            }

            var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return new FeedFetchResult(FeedFetchStatus.Ok, content, ContentTypeOf(path), new Uri(file.FullName), fileValidators, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FeedFetchResult.Failed($"The feed file '{location}' could not be read ({exception.GetType().Name}).");
        }
    }

    private static string? ContentTypeOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => "application/feed+json",
        ".XML" or ".RSS" or ".ATOM" or ".RDF" => "application/xml",
        _ => null,
    };
}
