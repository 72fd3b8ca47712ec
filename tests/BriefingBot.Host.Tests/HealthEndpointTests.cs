using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using BriefingBot.Testing.Telegram;

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
            async services =>
            {
                // "Running": the scheduler is started once the application has (SchedulerStarter), not with the host.
                await BotHarness.SchedulerRunningAsync(services);
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

    [Fact]
    public async Task Healthz_TelegramTokenRejected_TelegramUnhealthyNamingTheKeyWhileTheBotKeepsRunning()
    {
        using var data = new TempDirectory();
        await using var api = await FakeTelegramBotApi.StartAsync();
        api.RejectToken = true;
        var port = FreePort();
        string? body = null;
        HttpStatusCode status = 0;

        var console = await BotHarness.RunDrivenAsync(
            data.Path,
            async _ =>
            {
                using var http = new HttpClient();
                for (var i = 0; i < 200 && (body is null || !body.Contains("Unhealthy", StringComparison.Ordinal)); i++)
                {
                    await Task.Delay(50);
                    using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                    status = response.StatusCode;
                    body = await response.Content.ReadAsStringAsync();
                }
            },
            extraArgs: [$"--Health:ListenUrl=http://127.0.0.1:{port}", "--Console:Enabled=true", "--Telegram:BotToken=123456:revoked", $"--Telegram:ApiBaseUrl={api.BaseUrl}"]);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        using var json = JsonDocument.Parse(body ?? "{}");
        var telegram = json.RootElement.GetProperty("checks").GetProperty("telegram");
        Assert.Equal("Unhealthy", telegram.GetProperty("status").GetString());
        Assert.Contains("Telegram:BotToken", telegram.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Contains("console chat", console, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
