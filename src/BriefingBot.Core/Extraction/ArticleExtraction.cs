namespace BriefingBot.Core.Extraction;

/// <summary>The main content of a page, or why there is none.</summary>
/// <param name="Status">Article, not an article, or failed.</param>
/// <param name="Title">The article's title, when found.</param>
/// <param name="Byline">The author line, when found.</param>
/// <param name="PublishedAt">The publication time, when the page states it.</param>
/// <param name="Paragraphs">The main text as plain-text paragraphs (empty unless <see cref="ExtractionStatus.Article"/>).</param>
/// <param name="Reason">Why there is no article, or a note (such as truncation) when there is one.</param>
public sealed record ArticleExtraction(
    ExtractionStatus Status,
    string? Title,
    string? Byline,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<string> Paragraphs,
    string? Reason)
{
    /// <summary>The paragraphs joined by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);

    public bool IsArticle => Status == ExtractionStatus.Article;

    public static ArticleExtraction NotAnArticle(string? title, string reason) => new(ExtractionStatus.NotAnArticle, title, null, null, [], reason);

    public static ArticleExtraction Failed(string reason) => new(ExtractionStatus.Failed, null, null, null, [], reason);
}
