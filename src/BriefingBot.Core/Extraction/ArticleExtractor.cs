using System.Globalization;
using AngleSharp.Html.Parser;
using BriefingBot.Core.News;
using BriefingBot.Core.Text;
using SmartReader;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Main-text extraction: SmartReader (a Readability port) finds the content block and the metadata, then this class
/// removes what Readability keeps but a digest must not: captions, link lists, share and subscribe lines, and the
/// "Leave a Comment / Recent Posts / Related" tails of blog templates. Never throws for bad input.
/// </summary>
public sealed partial class ArticleExtractor : IArticleExtractor
{
    /// <summary>Pages longer than this many characters are cut before parsing (the article is near the top).</summary>
    public const int MaxHtmlChars = 3_000_000;

    /// <summary>Less main text than this is not an article.</summary>
    public const int MinArticleChars = 200;

    private static readonly Uri PlaceholderUri = new("https://localhost/");

    public ArticleExtraction Extract(ReadOnlySpan<byte> page, string? contentType, Uri? url) =>
        Extract(DecodePage(page, contentType), url);

    /// <summary>Page bytes as text: byte-order mark, then the Content-Type charset, then the meta charset, then UTF-8 (windows-1252 when invalid).</summary>
    public static string DecodePage(ReadOnlySpan<byte> page, string? contentType) => FeedTextDecoder.DecodeHtml(page, contentType);

    public ArticleExtraction Extract(string html, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        string? note = null;
        if (html.Length > MaxHtmlChars)
        {
            html = html[..MaxHtmlChars];
            note = $"The page was cut at {MaxHtmlChars.ToString(CultureInfo.InvariantCulture)} characters.";
        }

        if (string.IsNullOrWhiteSpace(html))
        {
            return ArticleExtraction.NotAnArticle(null, "The page is empty.");
        }

        Article article;
        try
        {
            using var reader = new Reader((url ?? PlaceholderUri).AbsoluteUri, html) { Debug = false };
            article = reader.GetArticle();
        }
#pragma warning disable CA1031 // Third-party parsing of hostile pages: any failure is a reason, never a crash.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ArticleExtraction.Failed($"The page could not be parsed: {exception.Message}");
        }

        var title = Clean(article.Title);
        if (string.IsNullOrWhiteSpace(article.Content))
        {
            return ArticleExtraction.NotAnArticle(title, "No main text was found on the page.");
        }

        var paragraphs = MainParagraphs(article.Content);
        var length = paragraphs.Sum(paragraph => paragraph.Length);
        if (length < MinArticleChars)
        {
            return ArticleExtraction.NotAnArticle(title,
                $"The page has too little main text to be an article ({length.ToString(CultureInfo.InvariantCulture)} characters).");
        }

        var byline = Clean(article.Byline) ?? Clean(article.Author);
        return new ArticleExtraction(ExtractionStatus.Article, title, byline, PublishedOf(article), paragraphs, note);
    }

    /// <summary>The article HTML without captions and link lists, as plain paragraphs with boilerplate lines and tails removed.</summary>
    internal static List<string> MainParagraphs(string contentHtml)
    {
        var document = new HtmlParser().ParseDocument(contentHtml);
        var body = document.Body;
        if (body is null)
        {
            return [];
        }

        RemoveNoise(body);
        var text = HtmlText.ToPlainText(body.InnerHtml);
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return Boilerplate.Trim(paragraphs);
    }

    private static DateTimeOffset? PublishedOf(Article article) => article.PublicationDate is { } date
        ? date.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc))
            : new DateTimeOffset(date.ToUniversalTime())
        : null;

    /// <summary>Metadata text with whitespace collapsed (SmartReader has already decoded entities).</summary>
    private static string? Clean(string? value)
    {
        var text = value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
