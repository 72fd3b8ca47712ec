using System.Text;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly Uri PageUri = new("https://news.example/2026/11/30/bridge");

    private readonly ArticleExtractor _extractor = new();

    [Fact]
    public void Extract_BlogPage_ReturnsArticleTextAndMetadata()
    {
        var result = _extractor.Extract(TestPages.Blog(), PageUri);

        Assert.Equal(ExtractionStatus.Article, result.Status);
        Assert.Contains("cycle bridge", result.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Sam Field", result.Byline?.Replace("By ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero), result.PublishedAt);
        Assert.Contains(TestPages.FirstParagraph, result.Paragraphs);
        Assert.Contains(TestPages.SecondParagraph, result.Paragraphs);
        Assert.Contains(TestPages.ThirdParagraph, result.Paragraphs);
    }

    [Theory]
    [InlineData("artist's impression")]
    [InlineData("Share on Facebook")]
    [InlineData("Bus lanes extended")]
    [InlineData("Leave a Comment")]
    [InlineData("email address will not be published")]
    [InlineData("Recent Posts")]
    [InlineData("Library hours")]
    public void Extract_BlogPage_DropsTemplateText(string boilerplate)
    {
        var result = _extractor.Extract(TestPages.Blog(), PageUri);

        Assert.DoesNotContain(boilerplate, result.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MainParagraphs_FigureWithTableOrProse_KeptCaptionDropped()
    {
        var steps = string.Concat(Enumerable.Repeat("Cut the card into a strip, fold it twice and glue the ends together. ", 4));
        var html = $"""
            <p>Fees compared.</p>
            <figure><table><tr><td>SWIFT (GBP)</td><td>1 GBP withdrawal</td></tr></table></figure>
            <figure><img src="/a.jpg"><figcaption><p>{steps}</p></figcaption></figure>
            <figure><img src="/b.jpg"><figcaption>The finished crown (Photo: Ann Example)</figcaption></figure>
            """;

        var text = string.Join("\n", ArticleExtractor.MainParagraphs(html));

        Assert.Contains("1 GBP withdrawal", text, StringComparison.Ordinal);
        Assert.Contains("glue the ends together", text, StringComparison.Ordinal);
        Assert.DoesNotContain("finished crown", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_IndexPage_NotAnArticle()
    {
        var result = _extractor.Extract(TestPages.Index, PageUri);

        Assert.Equal(ExtractionStatus.NotAnArticle, result.Status);
        Assert.Empty(result.Paragraphs);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<<<>>>")]
    [InlineData("<html><body><p>unclosed <b><i>tags <div class=\"x")]
    public void Extract_GarbageOrEmpty_NotAnArticleWithoutThrowing(string html)
    {
        var result = _extractor.Extract(html, PageUri);

        Assert.NotEqual(ExtractionStatus.Article, result.Status);
        Assert.NotNull(result.Reason);
    }

    [Fact]
    public void Extract_MalformedMarkup_StillFindsParagraphs()
    {
        var page = TestPages.Blog().Replace("</p>", string.Empty, StringComparison.Ordinal).Replace("</article>", "<div", StringComparison.Ordinal);

        var result = _extractor.Extract(page, PageUri);

        Assert.Equal(ExtractionStatus.Article, result.Status);
        Assert.Contains("cycle bridge over the river", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Windows1252BytesWithMetaCharset_DecodesQuotes()
    {
        var page = TestPages.Blog("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
            .Replace("\"It links", "\u201CIt links", StringComparison.Ordinal)
            .Replace("decades,\"", "decades,\u201D", StringComparison.Ordinal);
        var bytes = CodePagesEncoding(1252).GetBytes(page);

        var result = _extractor.Extract(bytes, "text/html", PageUri);

        Assert.Contains("\u201CIt links", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ContentTypeCharset_WinsOverMeta()
    {
        var page = TestPages.Blog("<meta charset=\"utf-8\">").Replace("neighbourhoods", "quartiers \u00E9loign\u00E9s", StringComparison.Ordinal);
        var bytes = CodePagesEncoding(28591).GetBytes(page);

        var result = _extractor.Extract(bytes, "text/html; charset=iso-8859-1", PageUri);

        Assert.Contains("quartiers \u00E9loign\u00E9s", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Utf8BytesUnderLegacyMetaCharset_DecodedAsUtf8()
    {
        var page = TestPages.Blog("<meta charset=\"gb2312\">").Replace("neighbourhoods", "\u65b0\u7535\u8111 quartiers", StringComparison.Ordinal);

        var result = _extractor.Extract(Encoding.UTF8.GetBytes(page), null, PageUri);

        Assert.Contains("\u65b0\u7535\u8111 quartiers", result.Text, StringComparison.Ordinal);
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
