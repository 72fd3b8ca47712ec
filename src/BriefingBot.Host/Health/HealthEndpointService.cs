using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Health;

/// <summary>Serves GET /healthz on Health:ListenUrl with every registered check's status (200 healthy or degraded, 503 unhealthy).</summary>
internal sealed class HealthEndpointService(HealthCheckService health, IOptions<HealthOptions> options) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.ListenUrl))
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Value.ListenUrl);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/healthz", async (HttpContext http) =>
        {
            var report = await health.CheckHealthAsync(http.RequestAborted);
            // As ASP.NET Core's own health endpoint: degraded (an adapter reconnecting) still serves, so 200; unhealthy 503.
            http.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            http.Response.ContentType = "application/json";
            var body = new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            };
            await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
        });
        await _app.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _app?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
