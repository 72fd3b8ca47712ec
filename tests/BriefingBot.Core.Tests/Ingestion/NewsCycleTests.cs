using BriefingBot.Core.Ingestion;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class NewsCycleTests : IDisposable
{
    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Offline Wire</title>
          <item><title>Old but bundled</title><link>https://wire.example/old</link><guid>old-1</guid>
            <pubDate>Thu, 05 May 2022 16:30:00 GMT</pubDate><description>A story from long ago. It still reads well.</description></item>
          <item><title>Second bundled story</title><link>https://wire.example/second?utm_source=feed</link>
            <description>Another story. With two sentences.</description></item>
        </channel></rss>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("briefingbot-newscycle-").FullName;

    [Theory]
    [InlineData("Auto", true)]
    [InlineData("Never", false)]
    public async Task RunAsync_NoConfiguredFeedReachable_ReadsSamplesOnlyInAutoMode(string mode, bool expectSamples)
    {
        var samples = Directory.CreateDirectory(Path.Combine(_folder, "samples")).FullName;
        await File.WriteAllTextAsync(Path.Combine(samples, "wire.xml"), Feed);
        var feeds = Path.Combine(_folder, "feeds.json");
        await File.WriteAllTextAsync(feeds, """{ "sources": [ { "id": "local", "name": "Loopback", "url": "http://127.0.0.1:9/rss", "topics": [] } ] }""");
        var now = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
        using var services = new CoreTestServices(now, new Dictionary<string, string?>
        {
            ["News:FeedsFile"] = feeds,
            ["News:SamplesDirectory"] = samples,
            ["News:UseSamples"] = mode,
        });

        var reports = await services.Get<NewsCycle>().RunAsync(CancellationToken.None);

        Assert.Equal(SourceIngestStatus.Failed, reports[0].Status);
        Assert.Equal(expectSamples ? 2 : 0, services.Stories.All.Count);
        if (expectSamples)
        {
            // Bundled samples rank as if new; each source keeps the date its feed gave.
            Assert.All(services.Stories.All, s => Assert.Equal(now, s.PublishedAt));
            Assert.Equal(new DateTimeOffset(2022, 5, 5, 16, 30, 0, TimeSpan.Zero), services.Stories.All[0].Sources[0].PublishedAt);
            Assert.Equal("Offline Wire", services.Stories.All[0].Sources[0].SourceName);
        }
    }

    [Fact]
    public async Task IngestSourceAsync_LiveFeedTwice_StoresEachItemOnce()
    {
        var file = Path.Combine(_folder, "wire.xml");
        await File.WriteAllTextAsync(file, Feed);
        using var services = new CoreTestServices(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero));
        var ingest = services.Get<IngestService>();
        var source = new Core.News.FeedSource("wire", "Wire", file, []);

        var first = await ingest.IngestSourceAsync(source, IngestPolicy.Live, CancellationToken.None);
        File.SetLastWriteTimeUtc(file, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var second = await ingest.IngestSourceAsync(source, IngestPolicy.Live, CancellationToken.None);

        Assert.Equal((1, 1), (first.Added, first.TooOld));
        Assert.Equal((0, 1), (second.Added, second.Duplicates));
        Assert.Single(services.Stories.All);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
