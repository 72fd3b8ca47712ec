using BriefingBot.Core.Ingestion;
using BriefingBot.Core.News;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Gives teaser-only feed items their article text: fetches the linked page and extracts its main text, a few pages at
/// a time and at most <see cref="NewsOptions.MaxArticleFetchesPerSource"/> per source read. Results are remembered for
/// a few hours so a source polled every 15 minutes does not fetch the same page again. Any failure keeps the teaser.
/// Switched off by <see cref="NewsOptions.FetchArticles"/>; never used for local (file) sources.
/// </summary>
public sealed partial class ArticleEnricher(
    IPageFetcher fetcher,
    IArticleExtractor extractor,
    IMemoryCache cache,
    IOptions<NewsOptions> options,
    ILogger<ArticleEnricher> logger)
{
    /// <summary>An item whose text is shorter than this (in characters) carries only a teaser.</summary>
    public const int TeaserLength = 400;

    private static readonly TimeSpan Remember = TimeSpan.FromHours(6);

    public static bool NeedsPage(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Link is { IsAbsoluteUri: true } && Math.Max(item.Content?.Trim().Length ?? 0, item.Summary?.Trim().Length ?? 0) < TeaserLength;
    }

    /// <summary>The items in the same order, teaser-only ones with the extracted article as their content where that worked.</summary>
    public async Task<IReadOnlyList<FeedItem>> EnrichAsync(FeedSource source, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(items);
        var settings = options.Value;
        if (!settings.FetchArticles || !source.IsRemote)
        {
            return items;
        }

        var result = items.ToArray();
        var wanted = Enumerable.Range(0, result.Length).Where(i => NeedsPage(result[i]))
            .Take(Math.Max(0, settings.MaxArticleFetchesPerSource)).ToList();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, settings.ArticleFetchConcurrency),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(wanted, parallel, async (index, token) =>
            result[index] = await EnrichAsync(source, result[index], token).ConfigureAwait(false)).ConfigureAwait(false);
        return result;
    }

    private async Task<FeedItem> EnrichAsync(FeedSource source, FeedItem item, CancellationToken cancellationToken)
    {
        var link = item.Link ?? throw new ArgumentException("The item has no link.", nameof(item));
        var key = ("article-page", CanonicalUrl.TryCanonicalize(link, out var canonical) ? canonical : link.AbsoluteUri);
        if (!cache.TryGetValue(key, out ArticleExtraction? extraction) || extraction is null)
        {
            extraction = await FetchAndExtractAsync(link, cancellationToken).ConfigureAwait(false);
            using var entry = cache.CreateEntry(key);
            entry.Value = extraction;
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = Remember;
        }

        var teaser = Math.Max(item.Content?.Length ?? 0, item.Summary?.Length ?? 0);
        if (!extraction.IsArticle || extraction.Text.Length <= teaser)
        {
            LogKeptTeaser(source.Id, link, extraction.Reason ?? "the page text is not longer than the teaser");
            return item;
        }

        LogExtracted(source.Id, link, extraction.Text.Length);
        return item with
        {
            Content = extraction.Text,
            Author = string.IsNullOrWhiteSpace(item.Author) ? extraction.Byline : item.Author,
            PublishedAt = item.PublishedAt ?? extraction.PublishedAt,
        };
    }

    private async Task<ArticleExtraction> FetchAndExtractAsync(Uri link, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(link, cancellationToken).ConfigureAwait(false);
        if (!page.IsSuccess)
        {
            return ArticleExtraction.Failed(page.Error ?? "The page could not be fetched.");
        }

        var extraction = extractor.Extract(page.Content.Span, page.ContentType, page.FinalUri ?? link);
        return page.Truncated && extraction.IsArticle
            ? extraction with { Reason = $"The page was longer than {options.Value.MaxPageBytes} bytes and was cut at the limit." }
            : extraction;
    }

    [LoggerMessage(EventId = 1400, Level = LogLevel.Information, Message = "Source {SourceId}: kept the teaser of {Link}: {Reason}")]
    private partial void LogKeptTeaser(string sourceId, Uri link, string reason);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Debug, Message = "Source {SourceId}: extracted {Chars} characters of article text from {Link}")]
    private partial void LogExtracted(string sourceId, Uri link, int chars);
}
