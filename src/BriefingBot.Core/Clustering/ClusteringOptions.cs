namespace BriefingBot.Core.Clustering;

/// <summary>The "Clustering" configuration section: when reports of one event from several feeds become one story.</summary>
public sealed class ClusteringOptions
{
    public const string SectionName = "Clustering";

    /// <summary>Off: every article is its own story (dedup by canonical URL and GUID only).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A report joins a story only when published within this long of the story's latest report (sliding).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(48);

    /// <summary>
    /// Lowest similarity (0-1: term cosine and entity overlap, discounted for distance in time) at which a report joins
    /// a story. Chosen on the clustering evaluation (see README, Quality and speed).
    /// </summary>
    public double Threshold { get; set; } = StoryClusterIndex.DefaultThreshold;
}
