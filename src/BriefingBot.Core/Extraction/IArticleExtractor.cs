namespace BriefingBot.Core.Extraction;

/// <summary>Finds the main text, title, byline and date of a web page. Pure: no I/O.</summary>
public interface IArticleExtractor
{
    /// <summary>Extracts from page bytes, decoding them by BOM, Content-Type charset, meta charset, then UTF-8.</summary>
    ArticleExtraction Extract(ReadOnlySpan<byte> page, string? contentType, Uri? url);

    /// <summary>Extracts from page text.</summary>
    ArticleExtraction Extract(string html, Uri? url);
}
