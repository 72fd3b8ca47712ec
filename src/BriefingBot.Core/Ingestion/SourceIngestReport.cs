using BriefingBot.Core.News;

namespace BriefingBot.Core.Ingestion;

/// <summary>What reading one source did: items seen, stories added, duplicates, items too old (or why it failed), and each stored item.</summary>
public sealed record SourceIngestReport(
    FeedSource Source,
    SourceIngestStatus Status,
    int Items,
    int Added,
    int Duplicates,
    int TooOld,
    string? Error,
    IReadOnlyList<IngestedStory> Stories)
{
    public static SourceIngestReport Failed(FeedSource source, string error) => new(source, SourceIngestStatus.Failed, 0, 0, 0, 0, error, []);
}
