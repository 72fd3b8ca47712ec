using System.Diagnostics;
using System.Net;
using System.Text;
using BriefingBot.Core.News;
using BriefingBot.Testing.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.News;

public sealed class FeedFetcherTests
{
    private const string Feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title></item></channel></rss>";

    private readonly FakeLogger<FeedFetcher> _logger = new();

    private static NewsOptions Options(bool allowPrivate = true, long maxBytes = 1024 * 1024, double timeoutSeconds = 10) => new()
    {
        AllowPrivateAddresses = allowPrivate,
        MaxFeedBytes = maxBytes,
        FetchTimeout = TimeSpan.FromSeconds(timeoutSeconds),
    };

    private FeedFetcher Fetcher(NewsOptions options, SocketsHttpHandler? handler = null) =>
        new(new HttpClient(handler ?? FeedHttpHandler.Create(options)) { Timeout = Timeout.InfiniteTimeSpan },
            Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, _logger);

    private static FeedSource Source(Uri uri) => new("test", "Test", uri.AbsoluteUri, []);

    [Fact]
    public async Task FetchAsync_ETag_ThenNotModifiedOnIfNoneMatch()
    {
        await using var server = new FakeHttpServer(request => request.Header("If-None-Match") == "\"v1\""
            ? FakeHttpResponse.Empty(304, new Dictionary<string, string> { ["ETag"] = "\"v1\"" })
            : FakeHttpResponse.Text(Feed, headers: new Dictionary<string, string> { ["ETag"] = "\"v1\"" }));
        var fetcher = Fetcher(Options());

        var first = await fetcher.FetchAsync(Source(server.Url("feed")), null, CancellationToken.None);
        var second = await fetcher.FetchAsync(Source(server.Url("feed")), first.Validators, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Ok, first.Status);
        Assert.Equal(Feed, Encoding.UTF8.GetString(first.Content.Span));
        Assert.StartsWith("application/rss+xml", first.ContentType, StringComparison.Ordinal);
        Assert.Equal("\"v1\"", first.Validators?.ETag);
        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
        Assert.Equal("\"v1\"", second.Validators?.ETag);
        Assert.Equal("\"v1\"", server.Requests[1].Header("If-None-Match"));
    }

    [Fact]
    public async Task FetchAsync_LastModified_RoundTripsAsIfModifiedSince()
    {
        const string stamp = "Mon, 30 Nov 2026 10:00:00 GMT";
        await using var server = new FakeHttpServer(request => request.Header("If-Modified-Since") == stamp
            ? FakeHttpResponse.Empty(304)
            : FakeHttpResponse.Text(Feed, headers: new Dictionary<string, string> { ["Last-Modified"] = stamp }));
        var fetcher = Fetcher(Options());

        var first = await fetcher.FetchAsync(Source(server.Url("feed")), null, CancellationToken.None);
        var second = await fetcher.FetchAsync(Source(server.Url("feed")), first.Validators, CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), first.Validators?.LastModified);
        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
        Assert.Equal(first.Validators, second.Validators);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FetchAsync_BodyOverLimit_Fails(bool omitContentLength)
    {
        await using var server = new FakeHttpServer(_ => new FakeHttpResponse(200, new byte[5000], OmitContentLength: omitContentLength));

        var result = await Fetcher(Options(maxBytes: 1000)).FetchAsync(Source(server.Url("big")), null, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("larger than the limit of 1000 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_SlowServer_FailsAtTimeLimit()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed) with { Delay = TimeSpan.FromSeconds(20) });
        var stopwatch = Stopwatch.StartNew();

        var result = await Fetcher(Options(timeoutSeconds: 0.5)).FetchAsync(Source(server.Url("slow")), null, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("time limit of 0.5 s", result.Error, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task FetchAsync_LoopbackWhenPrivateNotAllowed_RefusedBeforeConnecting()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed));

        var result = await Fetcher(Options(allowPrivate: false)).FetchAsync(Source(server.Url("feed")), null, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("non-public address", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        var log = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(1100, log.Id.Id);
    }

    [Fact]
    public async Task FetchAsync_LoopbackWhenPrivateAllowed_Succeeds()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed));
        var result = await Fetcher(Options(allowPrivate: true)).FetchAsync(Source(server.Url("feed")), null, CancellationToken.None);
        Assert.Equal(FeedFetchStatus.Ok, result.Status);
    }

    [Fact]
    public async Task FetchAsync_RedirectToPrivateAddress_Refused()
    {
        await using var inside = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed));
        await using var outside = new FakeHttpServer(_ => FakeHttpResponse.Empty(302, new Dictionary<string, string> { ["Location"] = inside.Url("secret").AbsoluteUri }));
        var options = Options(allowPrivate: false);

        // Only the "outside" server's port plays a public address; everything else on loopback is private.
        var handler = FeedHttpHandler.Create(options, (_, port) => port == outside.BaseUri.Port);
        var result = await Fetcher(options, handler).FetchAsync(Source(outside.Url("feed")), null, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("non-public address", result.Error, StringComparison.Ordinal);
        Assert.Single(outside.Requests);
        Assert.Empty(inside.Requests);
    }

    [Fact]
    public async Task FetchAsync_EndlessRedirects_FailsAfterCap()
    {
        FakeHttpServer? server = null;
        await using var _ = server = new FakeHttpServer(request =>
            FakeHttpResponse.Empty(302, new Dictionary<string, string> { ["Location"] = server!.Url("r" + request.Path.Length).AbsoluteUri }));

        var result = await Fetcher(Options()).FetchAsync(Source(server.Url("start")), null, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("redirected more than 5 times", result.Error, StringComparison.Ordinal);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_NotFound_FailsWithStatus()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Empty(404));
        var result = await Fetcher(Options()).FetchAsync(Source(server.Url("gone")), null, CancellationToken.None);
        Assert.Equal("The server answered 404 Not Found.", result.Error);
    }

    [Fact]
    public async Task FetchAsync_NothingListening_FailsWithoutThrowing()
    {
        var port = new FakeHttpServer(_ => FakeHttpResponse.Empty(200));
        var url = port.Url("feed");
        await port.DisposeAsync();

        var result = await Fetcher(Options()).FetchAsync(Source(url), null, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.StartsWith("The request failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_Throws()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed) with { Delay = TimeSpan.FromSeconds(20) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Fetcher(Options()).FetchAsync(Source(server.Url("slow")), null, cancellation.Token));
    }

    [Fact]
    public async Task FetchAsync_LocalFile_ReadsBytesAndReportsUnchangedFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("briefingbot-fetch-").FullName, "feed.xml");
        await File.WriteAllTextAsync(path, Feed);
        var fetcher = Fetcher(Options());

        var first = await fetcher.FetchAsync(new FeedSource("file", "File", path, []), null, CancellationToken.None);
        var second = await fetcher.FetchAsync(new FeedSource("file", "File", path, []), first.Validators, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Ok, first.Status);
        Assert.Equal(Feed, Encoding.UTF8.GetString(first.Content.Span));
        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public async Task FetchAsync_MissingFile_FailsNamingIt()
    {
        var result = await Fetcher(Options()).FetchAsync(new FeedSource("f", "F", "config/samples/absent.xml", []), null, CancellationToken.None);
        Assert.Equal("The feed file 'config/samples/absent.xml' does not exist.", result.Error);
    }

    [Fact]
    public void AddBriefingNews_Resolves_ParserAndGuardedFetcher()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBriefingNews();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<FeedParser>(provider.GetRequiredService<IFeedParser>());
        Assert.IsType<FeedFetcher>(provider.GetRequiredService<IFeedFetcher>());
        Assert.False(provider.GetRequiredService<IOptions<NewsOptions>>().Value.AllowPrivateAddresses);
    }

    [Fact]
    public async Task AddBriefingNews_DefaultOptions_RefuseLoopback()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBriefingNews();
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IFeedFetcher>().FetchAsync(Source(server.Url("feed")), null, CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void AddressGuard_IsPublic_ClassifiesRanges()
    {
        foreach (var blocked in new[] { "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                     "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fc00::1", "fd12::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1" })
        {
            Assert.False(AddressGuard.IsPublic(IPAddress.Parse(blocked)), blocked);
        }

        foreach (var allowed in new[] { "8.8.8.8", "172.32.0.1", "100.128.0.1", "151.101.0.81", "2a00:1450:4009::200e" })
        {
            Assert.True(AddressGuard.IsPublic(IPAddress.Parse(allowed)), allowed);
        }
    }
}
