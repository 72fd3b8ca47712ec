using BriefingBot.Core.Clustering;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.News;
using BriefingBot.Core.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Ingestion;

/// <summary>
/// Reads one source (conditional GET, parse), fetches the article page of teaser-only items, analyses the items and
/// stores them as stories: new ones, or reports of stories already known (<see cref="StoryClusterer"/>).
/// </summary>
public sealed partial class IngestService(
    IFeedFetcher fetcher,
    IFeedParser parser,
    ArticleEnricher enricher,
    StoryAnalyzer analyzer,
    StoryClusterer clusterer,
    StoryGeneration generation,
    ISourceStateStore states,
    TimeProvider time,
    IOptions<NewsOptions> options,
    ILogger<IngestService> logger)
{
    /// <param name="source">The feed to read.</param>
    /// <param name="policy">Age limit and dating rules for this source.</param>
    /// <param name="cancellationToken">Cancels the fetch and the store writes.</param>
    public async Task<SourceIngestReport> IngestSourceAsync(FeedSource source, IngestPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(policy);
        var state = await states.GetAsync(source.Id, cancellationToken);
        var fetched = await fetcher.FetchAsync(source, state?.Validators, cancellationToken);
        var now = time.GetUtcNow();
        if (fetched.Status == FeedFetchStatus.NotModified)
        {
            await SaveStateAsync(source, state, now, fetched.Validators ?? state?.Validators, error: null, cancellationToken);
            return new SourceIngestReport(source, SourceIngestStatus.NotModified, 0, 0, 0, 0, null, []);
        }

        var parsed = fetched.Status == FeedFetchStatus.Ok
            ? parser.Parse(fetched.Content, fetched.ContentType, fetched.FinalUri)
            : FeedParseResult.Failure(fetched.Error ?? "The feed could not be fetched.");
        if (!parsed.IsSuccess)
        {
            if (fetched.Status == FeedFetchStatus.Ok)
            {
                // Fetch failures were logged by the fetcher; a document that does not parse is logged here.
                LogSourceRejected(source.Id, source.Location, parsed.Error);
            }

            await SaveStateAsync(source, state, now, state?.Validators, parsed.Error, cancellationToken);
            return SourceIngestReport.Failed(source, parsed.Error);
        }

        var named = string.IsNullOrWhiteSpace(source.Name) ? source with { Name = parsed.Feed.Title ?? source.Id } : source;
        int added = 0, joined = 0, duplicates = 0, tooOld = 0;
        var stored = new List<IngestedStory>();
        var fresh = parsed.Feed.Items
            .Where(item => !(policy.ApplyAgeLimit && item.PublishedAt is { } published && now - published > options.Value.MaxArticleAge))
            .ToList();
        tooOld = parsed.Feed.Items.Count - fresh.Count;
        foreach (var item in await enricher.EnrichAsync(named, fresh, cancellationToken))
        {
            var story = analyzer.Analyze(item, named, now);
            story = story is not null && policy.ReplayAsNew ? story with { PublishedAt = now } : story;
            if (story is null)
            {
                continue;
            }

            var result = await clusterer.AddAsync(story, cancellationToken);
            if (result.Outcome != StoryAddOutcome.Duplicate)
            {
                generation.Advance();
            }

            stored.Add(new IngestedStory(result.StoryId, story.Title, result.Outcome));
            added += result.Outcome == StoryAddOutcome.Added ? 1 : 0;
            joined += result.Outcome is StoryAddOutcome.SourceAdded or StoryAddOutcome.Updated ? 1 : 0;
            duplicates += result.Outcome == StoryAddOutcome.Added ? 0 : 1;
        }

        await SaveStateAsync(source, state, now, fetched.Validators, error: null, cancellationToken);
        LogSourceRead(source.Id, parsed.Feed.Items.Count, added, joined, duplicates - joined, tooOld);
        return new SourceIngestReport(named, SourceIngestStatus.Ok, parsed.Feed.Items.Count, added, duplicates, tooOld, null, stored);
    }

    private Task SaveStateAsync(FeedSource source, SourceState? previous, DateTimeOffset now, FeedValidators? validators, string? error, CancellationToken cancellationToken)
    {
        var next = error is null
            ? new SourceState(source.Id, validators, now, now, null, 0)
            : new SourceState(source.Id, validators, now, previous?.LastSuccessAt, error, (previous?.ConsecutiveFailures ?? 0) + 1);
        return states.SaveAsync(next, cancellationToken);
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Source {SourceId}: {Items} items, {Added} new, {Joined} joined or updated a known story, {Duplicates} already known, {TooOld} too old")]
    private partial void LogSourceRead(string sourceId, int items, int added, int joined, int duplicates, int tooOld);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Source {SourceId} ({Location}) is not a feed I can read: {Error}")]
    private partial void LogSourceRejected(string sourceId, string location, string error);
}
