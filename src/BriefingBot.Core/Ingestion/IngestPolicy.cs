namespace BriefingBot.Core.Ingestion;

/// <summary>How items of a source are taken in.</summary>
/// <param name="ApplyAgeLimit">Drop items older than News:MaxArticleAge.</param>
/// <param name="ReplayAsNew">
/// Rank items as if published when first read (the feed's own date stays on the source). For the bundled offline
/// samples, whose dates are fixed: without it a demo briefing would order them by how long ago they were written.
/// </param>
public sealed record IngestPolicy(bool ApplyAgeLimit, bool ReplayAsNew)
{
    /// <summary>Configured and moderator-added feeds.</summary>
    public static IngestPolicy Live { get; } = new(ApplyAgeLimit: true, ReplayAsNew: false);

    /// <summary>A feed read on request ("ingest SOURCE"): everything it holds, with its own dates.</summary>
    public static IngestPolicy OnRequest { get; } = new(ApplyAgeLimit: false, ReplayAsNew: false);

    /// <summary>The bundled offline samples.</summary>
    public static IngestPolicy Samples { get; } = new(ApplyAgeLimit: false, ReplayAsNew: true);
}
