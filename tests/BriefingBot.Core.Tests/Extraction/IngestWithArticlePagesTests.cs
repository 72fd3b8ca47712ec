using BriefingBot.Core.Ingestion;
using BriefingBot.Core.News;
using BriefingBot.Testing;
using BriefingBot.Testing.Http;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>The whole ingest path with a teaser-only feed and its article pages served over HTTP.</summary>
public sealed class IngestWithArticlePagesTests
{
    private static string Feed(Uri server) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Riverside News</title>
          <item><title>Council approves cycle bridge</title><link>{server}bridge</link><guid>bridge-1</guid>
            <description>The council approved a new cycle bridge.</description></item>
          <item><title>Library hours change</title><link>{server}gone</link><guid>library-1</guid>
            <description>The library will open later on Sundays.</description></item>
        </channel></rss>
        """;

    [Fact]
    public async Task IngestSourceAsync_TeaserItems_StoresPageTextOrKeepsTeaser()
    {
        await using var server = new FakeHttpServer(request => request.Path == "/bridge"
            ? FakeHttpResponse.Text(TestPages.Blog(), "text/html; charset=utf-8")
            : FakeHttpResponse.Empty(404));
        var feed = Feed(server.BaseUri);
        await using var feedServer = new FakeHttpServer(_ => FakeHttpResponse.Text(feed, "application/rss+xml"));
        using var services = new CoreTestServices(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["News:AllowPrivateAddresses"] = "true" });
        var source = new FeedSource("riverside", "Riverside", feedServer.Url("feed.xml").AbsoluteUri, []);

        var report = await services.Get<IngestService>().IngestSourceAsync(source, IngestPolicy.Live, CancellationToken.None);

        Assert.Equal(2, report.Added);
        var bridge = Assert.Single(services.Stories.All, story => story.Title.Contains("bridge", StringComparison.Ordinal));
        Assert.Contains(TestPages.ThirdParagraph, bridge.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Comment", bridge.Text, StringComparison.Ordinal);
        var library = Assert.Single(services.Stories.All, story => story.Title.Contains("Library", StringComparison.Ordinal));
        Assert.Equal("The library will open later on Sundays.", library.Text);
    }
}
