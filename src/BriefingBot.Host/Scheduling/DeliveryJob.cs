using BriefingBot.Core.Delivery;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>Sends the briefings that have come due; fires every Briefing:DeliveryPollInterval.</summary>
[DisallowConcurrentExecution]
internal sealed partial class DeliveryJob(DeliveryService delivery, TimeProvider time, ILogger<DeliveryJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var report = await delivery.RunDueAsync(time.GetUtcNow(), cancellationToken);
        if (report.Sent + report.Failed + report.Skipped > 0)
        {
            LogRun(report.Sent, report.Failed, report.Skipped);
        }
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Delivery pass: {Sent} sent, {Failed} failed, {Skipped} skipped")]
    private partial void LogRun(int sent, int failed, int skipped);
}
