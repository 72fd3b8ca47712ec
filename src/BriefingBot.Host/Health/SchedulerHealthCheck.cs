using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace BriefingBot.Host.Health;

/// <summary>The Quartz scheduler is running (not created-only, in standby or shut down).</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("The scheduler is running.")
            : HealthCheckResult.Unhealthy($"The scheduler is {status}.");
    }
}
