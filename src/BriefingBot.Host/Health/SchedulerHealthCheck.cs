using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace BriefingBot.Host.Health;

/// <summary>
/// The Quartz scheduler is running (not created-only, in standby or shut down). With the job store in the database the
/// answer can wait on the database, so it is given a few seconds: no answer is unhealthy, not a hung endpoint.
/// </summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken).AsTask().WaitAsync(AnswerWithin, cancellationToken);
            var status = await scheduler.GetStatus(cancellationToken).AsTask().WaitAsync(AnswerWithin, cancellationToken);
            return status == SchedulerStatus.Running
                ? HealthCheckResult.Healthy("The scheduler is running.")
                : HealthCheckResult.Unhealthy($"The scheduler is {status}.");
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"The scheduler did not answer within {AnswerWithin.TotalSeconds:0} s (is its database reachable?).");
        }
    }
}
