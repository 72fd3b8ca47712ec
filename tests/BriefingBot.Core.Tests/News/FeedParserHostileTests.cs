using System.Diagnostics;
using System.Text;
using BriefingBot.Core.News;

namespace BriefingBot.Core.Tests.News;

public sealed class FeedParserHostileTests
{
    private readonly FeedParser _parser = new();

    private FeedParseResult Parse(string text, string? contentType = null) => _parser.Parse(Encoding.UTF8.GetBytes(text), contentType);

    [Fact]
    public void Parse_ExternalEntity_IsNotResolved()
    {
        var result = Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>Leak: &xxe;</title></item></channel></rss>
            """);

        Assert.True(result.IsSuccess, result.Error);
        var title = Assert.Single(result.Feed.Items).Title;
        Assert.DoesNotContain("root:", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BillionLaughs_IsNeutralisedQuickly()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            entities.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<!ENTITY lol{i} \"&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};\">");
        }

        var stopwatch = Stopwatch.StartNew();
        var result = Parse($"<?xml version=\"1.0\"?><!DOCTYPE rss [{entities}]><rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>");

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5));
        var title = result.IsSuccess ? Assert.Single(result.Feed.Items).Title : string.Empty;
        Assert.True(title.Length < 100, $"entity expanded to {title.Length} characters");
    }

    [Fact]
    public void Parse_TruncatedXml_FailsWithOneSentence()
    {
        var result = Parse("<rss version=\"2.0\"><channel><item><title>Cut off mid");

        Assert.False(result.IsSuccess);
        Assert.StartsWith("The document is not well-formed XML", result.Error, StringComparison.Ordinal);
        Assert.EndsWith(".", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n ", "whitespace")]
    [InlineData("<html><body>Hello</body></html>", "HTML page")]
    [InlineData("<note><to>x</to></note>", "not a feed")]
    [InlineData("{\"title\": \"not a feed\"}", "not a JSON Feed")]
    [InlineData("{\"version\": ", "not valid JSON")]
    [InlineData("\u0000\u0001\u0002binary", "not well-formed")]
    public void Parse_NotAFeed_FailsWithReason(string text, string reason)
    {
        var result = Parse(text);
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Windows1252DeclaredInProlog_DecodesCurlyQuotes()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><item><title>X</title></item></channel></rss>").ToList();
        var at = bytes.IndexOf((byte)'X');
        bytes.RemoveAt(at);
        bytes.InsertRange(at, [0x93, (byte)'Q', 0x94, (byte)' ', 0xE9]);

        var result = _parser.Parse(bytes.ToArray());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("\u201CQ\u201D é", Assert.Single(result.Feed.Items).Title);
    }

    [Fact]
    public void Parse_CharsetOnlyInContentType_IsUsed()
    {
        var bytes = Encoding.Latin1.GetBytes("<rss version=\"2.0\"><channel><item><title>Zürich</title></item></channel></rss>");
        var result = _parser.Parse(bytes, "application/rss+xml; charset=ISO-8859-1");
        Assert.Equal("Zürich", Assert.Single(result.Feed!.Items).Title);
    }

    [Fact]
    public void Parse_Utf16WithBom_Decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(
            "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><item><title>東京</title></item></channel></rss>")).ToArray();
        var result = _parser.Parse(bytes);
        Assert.Equal("東京", Assert.Single(result.Feed!.Items).Title);
    }

    [Fact]
    public void Parse_JsonFeedWithBareVersion_Accepted()
    {
        var result = Parse("{\"version\":\"1.1\",\"items\":[{\"id\":\"a\",\"title\":\"T\"}]}");
        Assert.Equal("T", Assert.Single(result.Feed!.Items).Title);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"></rss>")]
    [InlineData("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>No entries</title></feed>")]
    public void Parse_FeedWithoutItems_SucceedsEmpty(string xml)
    {
        var result = Parse(xml);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Feed.Items);
    }

    [Fact]
    public void Parse_MisplacedDeclarationAndUppercaseHexReference_Recovered()
    {
        var result = Parse("<!-- c -->\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>&#X41;&#66;</title></item></channel></rss>");
        Assert.Equal("AB", Assert.Single(result.Feed!.Items).Title);
    }

    [Fact]
    public void Parse_JsonFeed11_MapsItems()
    {
        var result = Parse("""
            {"version":"https://jsonfeed.org/version/1.1","title":"JF","home_page_url":"https://jf.example/",
             "authors":[{"name":"Feed Writer"}],
             "items":[{"id":"1","url":"/posts/1","title":"Hello &amp; welcome","content_html":"<p>A</p><p>B</p>",
                       "summary":"Sum","date_published":"2026-11-30T08:00:00-05:00"},
                      {"id":2,"content_text":"Only text\n\nsecond para","authors":[{"name":"Item Writer"}]}]}
            """);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(FeedFormat.JsonFeed, result.Feed.Format);
        Assert.Equal(new FeedItem("1", "Hello & welcome", new Uri("https://jf.example/posts/1"), "Sum", "A\n\nB", "Feed Writer",
            new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(-5))), result.Feed.Items[0]);
        Assert.Equal("2", result.Feed.Items[1].Id);
        Assert.Equal("Only text\n\nsecond para", result.Feed.Items[1].Content);
        Assert.Equal("Item Writer", result.Feed.Items[1].Author);
    }
}
