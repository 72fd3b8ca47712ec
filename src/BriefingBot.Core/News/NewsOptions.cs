namespace BriefingBot.Core.News;

/// <summary>The "News" configuration section.</summary>
public sealed class NewsOptions
{
    public const string SectionName = "News";

    /// <summary>JSON file listing the default sources (relative paths are resolved against the content root).</summary>
    public string FeedsFile { get; set; } = "config/feeds.json";

    /// <summary>JSON file with the topic taxonomy (relative paths are resolved against the content root).</summary>
    public string TopicsFile { get; set; } = "config/topics.json";

    /// <summary>Folder with the offline sample feed, read when no configured feed can be reached.</summary>
    public string SamplesDirectory { get; set; } = "config/samples";

    /// <summary>When to read the offline samples: Auto (only when every configured feed failed), Always, Never.</summary>
    public SampleMode UseSamples { get; set; } = SampleMode.Auto;

    /// <summary>How often every source is polled.</summary>
    public TimeSpan IngestInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Time limit for one fetch, headers and body together.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest feed document accepted, in bytes.</summary>
    public long MaxFeedBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Allow fetching from loopback, private and link-local addresses (off: guards against SSRF).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>User-Agent sent with every fetch.</summary>
    public string UserAgent { get; set; } = "BriefingBot/0.1 (+https://github.com/briefingbot)";

    /// <summary>Stories older than this (by publication time) are not ingested.</summary>
    public TimeSpan MaxArticleAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Fetch the article page when a feed item carries only a teaser, and use its main text.</summary>
    public bool FetchArticles { get; set; } = true;

    /// <summary>Largest article page read, in bytes; longer pages are cut at the limit and extracted from what arrived.</summary>
    public long MaxPageBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Article pages fetched at the same time while reading one source.</summary>
    public int ArticleFetchConcurrency { get; set; } = 4;

    /// <summary>Most article pages fetched per source per read (the rest keep their teaser).</summary>
    public int MaxArticleFetchesPerSource { get; set; } = 20;
}
