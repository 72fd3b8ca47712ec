using System.Text;
using BriefingBot.Core.News;

namespace BriefingBot.Core.Tests.News;

public sealed class FeedParserTests
{
    private readonly FeedParser _parser = new();

    private ParsedFeed ParseOk(string xml, string? contentType = null, Uri? baseUri = null)
    {
        var result = _parser.Parse(Encoding.UTF8.GetBytes(xml), contentType, baseUri);
        Assert.True(result.IsSuccess, result.Error);
        return result.Feed;
    }

    private static string Rss(string items, string extraNamespaces = "") =>
        $"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" {extraNamespaces}><channel><title>Feed</title><link>https://news.example/</link>{items}</channel></rss>""";

    [Fact]
    public void Parse_Rss20Item_MapsEveryField()
    {
        var feed = ParseOk(Rss("""
            <item>
              <title>Budget passes</title>
              <link>https://news.example/a/1</link>
              <guid isPermaLink="false">id-1</guid>
              <pubDate>Mon, 30 Nov 2026 14:05:00 GMT</pubDate>
              <description>&lt;p&gt;Short &lt;b&gt;teaser&lt;/b&gt;&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>First paragraph.</p><p>Second &amp; last.</p>]]></content:encoded>
              <dc:creator>Ann Reporter</dc:creator>
            </item>
            """));

        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Equal("Feed", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal(new FeedItem("id-1", "Budget passes", new Uri("https://news.example/a/1"), "Short teaser",
            "First paragraph.\n\nSecond & last.", "Ann Reporter", new DateTimeOffset(2026, 11, 30, 14, 5, 0, TimeSpan.Zero)), item);
    }

    [Fact]
    public void Parse_HostileHtmlTitle_ReturnsPlainText()
    {
        var feed = ParseOk(Rss("<item><title><![CDATA[<script>alert(1)</script>Hello &amp; bye]]></title></item>"));
        Assert.Equal("Hello & bye", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Parse_EscapedMarkupInTitle_ReturnsPlainText()
    {
        var feed = ParseOk(Rss("<item><title>&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more</title></item>"));
        Assert.Equal("Bold & more", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Parse_UndeclaredHtmlEntities_RecoversText()
    {
        var feed = ParseOk("<rss version=\"2.0\"><channel><item><title>Caf&eacute;&nbsp;opens &amp; R&D grows</title></item></channel></rss>");
        Assert.Equal("Café opens & R&D grows", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Parse_UndeclaredNamespacePrefix_RecoversContent()
    {
        var feed = ParseOk("<rss version=\"2.0\"><channel><item><title>T</title><content:encoded>Full text</content:encoded><dc:creator>Bo</dc:creator></item></channel></rss>");
        var item = Assert.Single(feed.Items);
        Assert.Equal("Full text", item.Content);
        Assert.Equal("Bo", item.Author);
    }

    [Fact]
    public void Parse_RelativeLinks_ResolvedAgainstXmlBaseAndBaseUri()
    {
        var feed = ParseOk(
            """<rss version="2.0"><channel><item><title>A</title><link>/a/1</link></item><item xml:base="https://other.example/section/"><title>B</title><link>b/2</link></item></channel></rss>""",
            baseUri: new Uri("https://news.example/feeds/rss.xml"));

        Assert.Equal(new Uri("https://news.example/a/1"), feed.Items[0].Link);
        Assert.Equal(new Uri("https://other.example/section/b/2"), feed.Items[1].Link);
    }

    [Fact]
    public void Parse_JavascriptLink_IsDropped()
    {
        var feed = ParseOk(Rss("<item><title>X</title><link>javascript:alert(1)</link></item>"));
        Assert.Null(Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Parse_PermaLinkGuidWithoutLink_UsedAsLink()
    {
        var feed = ParseOk(Rss("""<item><title>A</title><guid>https://news.example/a</guid></item><item><title>B</title><guid isPermaLink="false">https://news.example/b</guid></item>"""));
        Assert.Equal(new Uri("https://news.example/a"), feed.Items[0].Link);
        Assert.Null(feed.Items[1].Link);
    }

    [Fact]
    public void Parse_BadDate_LeavesPublishedAtEmpty()
    {
        var feed = ParseOk(Rss("<item><title>A</title><pubDate>sometime last week</pubDate></item>"));
        Assert.Null(Assert.Single(feed.Items).PublishedAt);
    }

    [Fact]
    public void Parse_Rss10Rdf_ReadsItemsOutsideChannel()
    {
        var feed = ParseOk("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example/"><title>RDF feed</title><link>https://news.example/</link></channel>
              <item rdf:about="https://news.example/1"><title>One</title><link>https://news.example/1</link><dc:date>2026-11-30T10:00:00+01:00</dc:date></item>
            </rdf:RDF>
            """);

        Assert.Equal(FeedFormat.Rss10, feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("One", item.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(1)), item.PublishedAt);
    }

    [Theory]
    [InlineData("0.91", FeedFormat.Rss091)]
    [InlineData("0.92", FeedFormat.Rss092)]
    [InlineData("2.0", FeedFormat.Rss20)]
    public void Parse_RssVersion_ReportsFormat(string version, FeedFormat expected)
    {
        var feed = ParseOk($"<rss version=\"{version}\"><channel><title>T</title><item><title>I</title></item></channel></rss>");
        Assert.Equal(expected, feed.Format);
    }

    [Fact]
    public void Parse_Atom10_ReadsTextHtmlAndXhtml()
    {
        var feed = ParseOk("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/">
              <title type="html">Blog &amp;lt;3</title>
              <link rel="self" href="/feed.atom"/><link rel="alternate" href="/"/>
              <author><name>Feed Author</name></author>
              <entry>
                <title type="text">Plain   title</title>
                <link rel="alternate" type="text/html" href="posts/1"/>
                <id>urn:uuid:1</id>
                <updated>2026-11-30T12:00:00Z</updated>
                <summary type="html">&lt;p&gt;Teaser&lt;/p&gt;</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Para <em>one</em>.</p><p>Para two.</p></div></content>
              </entry>
            </feed>
            """);

        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("Blog <3", feed.Title);
        Assert.Equal(new Uri("https://blog.example/"), feed.Link);
        var entry = Assert.Single(feed.Items);
        Assert.Equal(new FeedItem("urn:uuid:1", "Plain title", new Uri("https://blog.example/posts/1"), "Teaser",
            "Para one.\n\nPara two.", "Feed Author", new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)), entry);
    }

    [Fact]
    public void Parse_Atom03_ReportsFormatAndEscapedContent()
    {
        var feed = ParseOk("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
              <entry><title>E</title><link rel="alternate" href="https://old.example/e"/><issued>2004-01-02T03:04:05Z</issued>
                <content type="text/html" mode="escaped">&lt;p&gt;Body&lt;/p&gt;</content></entry>
            </feed>
            """);

        Assert.Equal(FeedFormat.Atom03, feed.Format);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("Body", entry.Content);
        Assert.Equal(new DateTimeOffset(2004, 1, 2, 3, 4, 5, TimeSpan.Zero), entry.PublishedAt);
    }
}
