namespace BriefingBot.Core.News;

/// <summary>Parses RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed documents. Never throws for bad input.</summary>
public interface IFeedParser
{
    /// <param name="content">The raw bytes as fetched (any charset the document declares or implies).</param>
    /// <param name="contentType">The HTTP Content-Type, when known; a hint only.</param>
    /// <param name="baseUri">Where the document came from, to resolve relative links.</param>
    FeedParseResult Parse(ReadOnlyMemory<byte> content, string? contentType = null, Uri? baseUri = null);
}
