using BriefingBot.Core.Ingestion;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>Reads every source once; fires at start and then every News:IngestInterval (waits out a database outage).</summary>
[DisallowConcurrentExecution]
internal sealed partial class IngestJob(NewsCycle cycle, DatabaseOutage outage, ILogger<IngestJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await outage.RunAsync("ingest", async ct =>
        {
            var reports = await cycle.RunAsync(ct);
            var reachable = reports.Count(r => r.Status != SourceIngestStatus.Failed);
            var added = reports.Sum(r => r.Added);
            LogCycle(reports.Count, reachable, added);
        }, cancellationToken);
    }

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Ingest pass: {Reachable} of {Sources} sources read, {Added} new stories")]
    private partial void LogCycle(int sources, int reachable, int added);
}
