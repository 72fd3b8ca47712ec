using BriefingBot.Core.News;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Ingestion;

/// <summary>
/// One ingest pass over every configured source and every feed a chat added (each once, however many chats added it),
/// a few at a time. With no network (every configured source failed)
/// and UseSamples = Auto, the bundled offline samples are read instead, so the bot always has news to show.
/// </summary>
public sealed partial class NewsCycle(IngestService ingest, IChatSourceStore chatSources, NewsReadiness readiness, IOptions<NewsOptions> options, ILogger<NewsCycle> logger)
{
    private const int Parallelism = 4;

    public async Task<IReadOnlyList<SourceIngestReport>> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RunPassAsync(cancellationToken);
        }
        finally
        {
            readiness.MarkReady();
        }
    }

    private async Task<IReadOnlyList<SourceIngestReport>> RunPassAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var configured = settings.UseSamples == SampleMode.Always ? [] : LoadConfigured(settings.FeedsFile);
        var added = (await chatSources.ListAllAsync(cancellationToken)).DistinctBy(s => s.SourceId).Select(s => s.ToFeedSource());
        configured = [.. configured, .. added.Where(a => configured.All(c => c.Id != a.Id))];
        var reports = await IngestAsync(configured, IngestPolicy.Live, Parallelism, cancellationToken);
        var reachable = reports.Any(r => r.Status != SourceIngestStatus.Failed);
        if (settings.UseSamples == SampleMode.Always || (settings.UseSamples == SampleMode.Auto && !reachable))
        {
            LogUsingSamples(settings.SamplesDirectory, configured.Count);
            reports = [.. reports, .. await IngestAsync(SampleSources(settings.SamplesDirectory), IngestPolicy.Samples, 1, cancellationToken)];
        }

        return reports;
    }

    /// <summary>Every feed file in the samples folder, named after the feed's own title.</summary>
    public static IReadOnlyList<FeedSource> SampleSources(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new FeedSource("sample-" + Path.GetFileNameWithoutExtension(f), string.Empty, f, []))
            .ToList();
    }

    /// <param name="sources">What to read.</param>
    /// <param name="policy">How to take items in.</param>
    /// <param name="parallelism">Sources read at once (1 keeps the store order of the samples stable).</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    private async Task<IReadOnlyList<SourceIngestReport>> IngestAsync(IReadOnlyList<FeedSource> sources, IngestPolicy policy, int parallelism, CancellationToken cancellationToken)
    {
        var reports = new SourceIngestReport[sources.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, sources.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, ct) => reports[i] = await ingest.IngestSourceAsync(sources[i], policy, ct));
        return reports;
    }

    private List<FeedSource> LoadConfigured(string feedsFile)
    {
        if (!File.Exists(feedsFile))
        {
            LogNoFeedsFile(feedsFile);
            return [];
        }

        return [.. FeedCatalog.Load(feedsFile)];
    }

    [LoggerMessage(EventId = 1210, Level = LogLevel.Warning, Message = "No configured feed could be read ({Count} tried); reading the offline samples in {Directory}")]
    private partial void LogUsingSamples(string directory, int count);

    [LoggerMessage(EventId = 1211, Level = LogLevel.Warning, Message = "Feeds file {File} does not exist; no configured sources")]
    private partial void LogNoFeedsFile(string file);
}
