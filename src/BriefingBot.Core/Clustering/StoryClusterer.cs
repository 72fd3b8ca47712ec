using BriefingBot.Core.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Clustering;

/// <summary>
/// Stores analysed reports so that one event reported by several outlets is one story with several sources. A report
/// whose dedup key is known goes to that story; otherwise the most similar story of the sliding window
/// (<see cref="StoryClusterIndex"/>) takes it when similar enough; otherwise it is a new story. A report joining a
/// story from an outlet the story already has is compared with the stored text (<see cref="ReportNovelty"/>): new
/// information revises the story (<see cref="StoryAddOutcome.Updated"/>), anything else is a duplicate.
/// </summary>
/// <remarks>
/// The index lives in memory: filled from the store on first use, topped up from it every <see cref="SyncInterval"/>
/// (stories other instances stored), and fed every report this instance stores. Reports are decided one at a time,
/// so two feeds read together cannot both start a story for the same event.
/// </remarks>
public sealed partial class StoryClusterer(
    IStoryStore stories,
    ReportNovelty novelty,
    TimeProvider time,
    IOptions<ClusteringOptions> options,
    ILogger<StoryClusterer> logger) : IDisposable
{
    /// <summary>Stories read into the index at most (the window's newest).</summary>
    public const int MaxWindowStories = 20_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private StoryClusterIndex? _index;
    private DateTimeOffset _syncedAt;

    /// <summary>How often stories stored by other instances are read into the index.</summary>
    public static TimeSpan SyncInterval { get; } = TimeSpan.FromMinutes(1);

    public async Task<StoryAddResult> AddAsync(NewStory report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return await stories.AddAsync(report, cancellationToken);
        }

        var fingerprint = StoryFingerprint.Create(report.Title, report.Text, report.Entities);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var index = await SyncAsync(settings, cancellationToken);
            var target = index.FindByKey(report.DedupKeys);
            var match = target is null ? index.FindBest(fingerprint, report.PublishedAt, settings.Threshold) : null;
            target ??= match?.StoryId;
            StoryAddResult result;
            if (target is { } id)
            {
                var revise = index.SourcesOf(id).Contains(report.Source.SourceId) && await AddsInformationAsync(id, report, cancellationToken);
                result = await stories.AttachAsync(id, report, revise, cancellationToken);
            }
            else
            {
                result = await stories.AddAsync(report, cancellationToken);
            }

            index.Add(result.StoryId, fingerprint, report.PublishedAt, report.Source.SourceId, report.DedupKeys, replace: result.Outcome == StoryAddOutcome.Updated);
            if (match is not null)
            {
                LogJoined(report.Source.SourceId, report.Title, result.StoryId.Value, result.Outcome, match.Score);
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<bool> AddsInformationAsync(StoryId id, NewStory report, CancellationToken cancellationToken)
    {
        var stored = await stories.GetAsync(id, cancellationToken);
        return stored is not null && novelty.Compare(stored.Title, stored.Text, report.Title, report.Text).IsUpdate;
    }

    /// <summary>The index, filled on first use and topped up with other instances' stories every <see cref="SyncInterval"/>.</summary>
    private async Task<StoryClusterIndex> SyncAsync(ClusteringOptions settings, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_index is not null && now - _syncedAt < SyncInterval)
        {
            return _index;
        }

        var index = _index ?? new StoryClusterIndex(settings.Window);
        var since = _index is null ? now - settings.Window : _syncedAt - SyncInterval;
        var recent = await stories.ListSinceAsync(since, MaxWindowStories, cancellationToken);
        var read = 0;
        foreach (var story in recent.Where(s => !index.Contains(s.Id)).Reverse())
        {
            var fingerprint = StoryFingerprint.Create(story.Title, story.Text, story.Entities);
            foreach (var source in story.Sources)
            {
                index.Add(story.Id, fingerprint, story.LatestActivityAt, source.SourceId, []);
            }

            read++;
        }

        var evicted = index.Evict(now - settings.Window);
        if (_index is null || read > 0 || evicted > 0)
        {
            LogSynced(read, evicted, index.Count);
        }

        _index = index;
        _syncedAt = now;
        return index;
    }

    [LoggerMessage(EventId = 1220, Level = LogLevel.Debug, Message = "Report '{Title}' from {SourceId} joined story {StoryId} ({Outcome}, similarity {Score:F2})")]
    private partial void LogJoined(string sourceId, string title, long storyId, StoryAddOutcome outcome, double score);

    [LoggerMessage(EventId = 1221, Level = LogLevel.Debug, Message = "Clustering window: {Read} stories read from the store, {Evicted} aged out, {Count} in the window")]
    private partial void LogSynced(int read, int evicted, int count);
}
