namespace BriefingBot.Core.News;

/// <summary>A news feed the bot reads: an http(s) URL or a local file path.</summary>
/// <param name="Id">Stable short id ("bbc-world"), unique among sources.</param>
/// <param name="Name">Name shown to users ("BBC News — World").</param>
/// <param name="Location">An absolute http(s) URL or a file path.</param>
/// <param name="Topics">Topic hints for the whole feed (may be empty).</param>
public sealed record FeedSource(string Id, string Name, string Location, IReadOnlyList<string> Topics)
{
    /// <summary>True when <see cref="Location"/> is an http or https URL.</summary>
    public bool IsRemote =>
        Uri.TryCreate(Location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
