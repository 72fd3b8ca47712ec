using BriefingBot.Core.Digests;
using BriefingBot.Core.News;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Ingestion;

/// <summary>Turns a feed item into an analysed story: digests, entities and dedup keys. Pure; no I/O.</summary>
public sealed class StoryAnalyzer(ISummarizer summarizer, IEntityExtractor entities)
{
    /// <summary>Analyses <paramref name="item"/>, or returns null when it has neither headline nor text.</summary>
    public NewStory? Analyze(FeedItem item, FeedSource source, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(source);
        var text = BodyOf(item);
        var title = item.Title.Trim();
        if (title.Length == 0 && text.Length == 0)
        {
            return null;
        }

        if (title.Length == 0)
        {
            title = text.Length <= 90 ? text : string.Concat(text.AsSpan(0, 87).TrimEnd(), "...");
        }

        var keys = DedupKeys(item);
        if (keys.Count == 0)
        {
            keys.Add("title:" + source.Id + ":" + title.ToLowerInvariant());
        }

        var published = item.PublishedAt is { } p && p <= now ? p : now;
        var summary = text.Length == 0 ? [] : summarizer.Summarize(title, text, SummaryBudget.Briefing);
        var detail = text.Length == 0 ? [] : summarizer.Summarize(title, text, SummaryBudget.Story);
        var found = entities.Extract(title, text);
        var storySource = new StorySource(source.Id, source.Name, title, item.Link, item.PublishedAt);
        return new NewStory(keys, title, text, summary, detail, storySource, found, published, now);
    }

    /// <summary>The fullest text the item carries: content when longer than the teaser.</summary>
    private static string BodyOf(FeedItem item)
    {
        var content = item.Content?.Trim() ?? string.Empty;
        var summary = item.Summary?.Trim() ?? string.Empty;
        return content.Length >= summary.Length ? content : summary;
    }

    private static List<string> DedupKeys(FeedItem item)
    {
        var keys = new List<string>(2);
        if (item.Link is { } link && CanonicalUrl.TryCanonicalize(link, out var canonical))
        {
            keys.Add("url:" + canonical);
        }

        if (!string.IsNullOrWhiteSpace(item.Id))
        {
            var id = item.Id.Trim();
            var asUrl = Uri.TryCreate(id, UriKind.Absolute, out var idUri) && CanonicalUrl.TryCanonicalize(idUri, out var canonicalId)
                ? "url:" + canonicalId
                : "guid:" + id;
            if (!keys.Contains(asUrl))
            {
                keys.Add(asUrl);
            }
        }

        return keys;
    }
}
