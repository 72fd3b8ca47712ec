namespace BriefingBot.Core.Ingestion;

public enum SourceIngestStatus
{
    Ok,
    NotModified,
    Failed,
}
