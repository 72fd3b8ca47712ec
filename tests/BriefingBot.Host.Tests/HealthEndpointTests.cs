using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace BriefingBot.Host.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_RunningBot_ReportsDatabaseAndSchedulerHealthy()
    {
        using var data = new TempDirectory();
        var port = FreePort();
        string? body = null;
        HttpStatusCode status = 0;

        await BotHarness.RunDrivenAsync(
            data.Path,
            async _ =>
            {
                using var http = new HttpClient();
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                status = response.StatusCode;
                body = await response.Content.ReadAsStringAsync();
            },
            extraArgs: $"--Health:ListenUrl=http://127.0.0.1:{port}");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body ?? "{}");
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
