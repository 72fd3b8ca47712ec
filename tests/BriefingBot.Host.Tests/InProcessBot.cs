using BriefingBot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BriefingBot.Host.Tests;

/// <summary>
/// The real host in this process (scheduler firing every second on real time) with a fake clock for "now", the logs
/// collected, and the health endpoint on a free port.
/// </summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly FakeLoggerProvider _logs = new();

    public InProcessBot(string dataDirectory, HostDatabase database, ShiftedClock clock, Action<IServiceCollection>? configure, params string[] extra)
    {
        HealthPort = FreePort.Next();
        var args = BotHarness.OfflineArgs(dataDirectory, [
            .. database.Args,
            "--Console:Enabled=false",
            "--Briefing:DeliveryPollInterval=00:00:01",
            $"--Health:ListenUrl=http://127.0.0.1:{HealthPort}",
            .. extra]);
        var builder = BriefingHostBuilder.Create(args, runBot: true, RepoPaths.Root);
        builder.Logging.AddProvider(_logs);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        configure?.Invoke(builder.Services);
        _host = builder.Build();
    }

    public int HealthPort { get; }

    public IServiceProvider Services => _host.Services;

    public IReadOnlyList<FakeLogRecord> Logs => _logs.Collector.GetSnapshot();

    /// <summary>The scheduler's triggers and their states, for failure messages.</summary>
    public async Task<string> TriggersAsync()
    {
        var scheduler = await Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        var states = new List<string>();
        foreach (var key in new[] { "ingest", "delivery" })
        {
            states.Add($"{key}: {await scheduler.GetTriggerState(new Quartz.TriggerKey(key))}");
        }

        return string.Join(", ", states);
    }

    public Task StartAsync() => _host.StartAsync();

    public async Task<System.Net.HttpStatusCode> HealthAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{HealthPort}/healthz"));
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
        _logs.Dispose();
    }
}
