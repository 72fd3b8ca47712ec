using BriefingBot.Core.Chats;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefingBot.Host.Health;

/// <summary>One platform adapter's connection: connected (or on standby while another instance receives) is healthy, connecting or briefly failing degraded, down unhealthy.</summary>
internal sealed class AdapterHealthCheck(AdapterConnection connection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = connection.Status(AdapterConnection.DefaultTolerance);
        return Task.FromResult(status.State switch
        {
            AdapterConnectionState.Connected or AdapterConnectionState.Standby => HealthCheckResult.Healthy(status.Description),
            AdapterConnectionState.Down => HealthCheckResult.Unhealthy(status.Description),
            _ => HealthCheckResult.Degraded(status.Description),
        });
    }
}
