using BriefingBot.Core.Extraction;
using BriefingBot.Core.News;
using BriefingBot.Testing.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Testing;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class ArticleEnricherTests
{
    private const string Teaser = "The council approved a new cycle bridge.";

    private readonly FakeLogger<ArticleEnricher> _logger = new();

    private ArticleEnricher Enricher(NewsOptions options)
    {
        options.AllowPrivateAddresses = true;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var fetcher = new PageFetcher(new HttpClient(FeedHttpHandler.Create(options)) { Timeout = Timeout.InfiniteTimeSpan }, wrapped, TimeProvider.System);
        return new ArticleEnricher(fetcher, new ArticleExtractor(), new MemoryCache(new MemoryCacheOptions()), wrapped, _logger);
    }

    private static FeedSource RemoteSource => new("riverside", "Riverside", "https://news.example/feed.xml", []);

    private static FeedItem TeaserItem(Uri link) => new("id-" + link.AbsolutePath, "Council approves cycle bridge", link, Teaser, null, null, null);

    [Fact]
    public async Task EnrichAsync_TeaserItem_UsesExtractedPageText()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(TestPages.Blog(), "text/html; charset=utf-8"));

        var items = await Enricher(new NewsOptions()).EnrichAsync(RemoteSource, [TeaserItem(server.Url("bridge"))], CancellationToken.None);

        Assert.Contains(TestPages.ThirdParagraph, items[0].Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Comment", items[0].Content, StringComparison.Ordinal);
        Assert.Equal(Teaser, items[0].Summary);
        Assert.NotNull(items[0].PublishedAt);
    }

    [Fact]
    public async Task EnrichAsync_PageMissing_KeepsTeaserAndLogsWhy()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Empty(404));
        var item = TeaserItem(server.Url("gone"));

        var items = await Enricher(new NewsOptions()).EnrichAsync(RemoteSource, [item], CancellationToken.None);

        Assert.Same(item, items[0]);
        Assert.Contains(_logger.Collector.GetSnapshot(), record => record.Id.Id == 1400 && record.Message.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnrichAsync_FetchArticlesOff_FetchesNothing()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(TestPages.Blog(), "text/html"));

        var items = await Enricher(new NewsOptions { FetchArticles = false }).EnrichAsync(RemoteSource, [TeaserItem(server.Url("bridge"))], CancellationToken.None);

        Assert.Null(items[0].Content);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task EnrichAsync_ManyTeasers_FetchesAtMostTheCapOncePerPage()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(TestPages.Blog(), "text/html"));
        var enricher = Enricher(new NewsOptions { MaxArticleFetchesPerSource = 3, ArticleFetchConcurrency = 2 });
        var items = Enumerable.Range(0, 6).Select(i => TeaserItem(server.Url($"story-{i}"))).ToList();

        var first = await enricher.EnrichAsync(RemoteSource, items, CancellationToken.None);
        await enricher.EnrichAsync(RemoteSource, items, CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(3, first.Count(item => item.Content is not null));
        Assert.Null(first[5].Content);
    }

    [Fact]
    public async Task EnrichAsync_FullTextItemOrFileSource_NotFetched()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(TestPages.Blog(), "text/html"));
        var full = TeaserItem(server.Url("full")) with { Content = new string('x', 500) };
        var local = new FeedSource("samples", "Samples", "config/samples/sample-feed.xml", []);

        await Enricher(new NewsOptions()).EnrichAsync(RemoteSource, [full], CancellationToken.None);
        await Enricher(new NewsOptions()).EnrichAsync(local, [TeaserItem(server.Url("teaser"))], CancellationToken.None);

        Assert.Empty(server.Requests);
    }
}
