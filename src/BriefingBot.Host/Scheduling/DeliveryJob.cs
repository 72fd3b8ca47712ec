using BriefingBot.Core.Delivery;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>
/// Sends the briefings that have come due; fires every Briefing:DeliveryPollInterval. While the database is down a pass
/// does nothing but wait for the next tick (the ledger is where "due and not yet sent" lives, so nothing is lost).
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class DeliveryJob(DeliveryService delivery, DatabaseOutage outage, TimeProvider time, ILogger<DeliveryJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await outage.RunAsync("delivery", async ct =>
        {
            var report = await delivery.RunDueAsync(time.GetUtcNow(), ct);
            if (report.Sent + report.Failed + report.Skipped > 0)
            {
                LogRun(report.Sent, report.Failed, report.Skipped);
            }
        }, cancellationToken);
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Delivery pass: {Sent} sent, {Failed} failed, {Skipped} skipped")]
    private partial void LogRun(int sent, int failed, int skipped);
}
