using BriefingBot.Core.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefingBot.Host.Health;

/// <summary>The database answers a read through the stores (whichever provider is configured).</summary>
internal sealed class DatabaseHealthCheck(IStateStore state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await state.GetAsync("health", "ping", cancellationToken);
            return HealthCheckResult.Healthy("The database answered.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database did not answer: " + ex.Message, ex);
        }
    }
}
