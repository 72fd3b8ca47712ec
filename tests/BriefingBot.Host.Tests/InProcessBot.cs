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
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(40);

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

    /// <summary>The scheduler's triggers and their states, for failure messages (within 10 s, or why not).</summary>
    public async Task<string> TriggersAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var scheduler = await Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler(timeout.Token);
            var states = new List<string>();
            foreach (var key in new[] { "ingest", "delivery" })
            {
                states.Add($"{key}: {await scheduler.GetTriggerState(new Quartz.TriggerKey(key), timeout.Token).AsTask().WaitAsync(timeout.Token)}");
            }

            return string.Join(", ", states);
        }
        catch (Exception ex)
        {
            return $"(trigger states unknown: {ex.GetType().Name}: {ex.Message})";
        }
    }

    /// <summary>Starts the host; a start that takes over a minute fails the test with the logs so far.</summary>
    public async Task StartAsync()
    {
        using var timeout = new CancellationTokenSource(StartPatience);
        try
        {
            await _host.StartAsync(timeout.Token).WaitAsync(StartPatience + TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            throw new TimeoutException($"The bot did not start within {StartPatience.TotalSeconds:0} s. {DescribeLogs()}", ex);
        }
    }

    public async Task<System.Net.HttpStatusCode> HealthAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{HealthPort}/healthz"));
        return response.StatusCode;
    }

    /// <summary>
    /// Stops the host (its own shutdown timeout applies). A stop still running after 40 s fails the test with the logs,
    /// leaving the host undisposed (disposing it could hang as well) rather than hanging the test run.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            try
            {
                await _host.StopAsync(timeout.Token).WaitAsync(StopPatience);
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException($"The bot did not stop within {StopPatience.TotalSeconds:0} s. {DescribeLogs()}", ex);
            }
        }

        _host.Dispose();
        _logs.Dispose();
    }

    private string DescribeLogs() => "Logs:\n" + string.Join('\n', Logs.Select(l => $"{l.Level} {l.Category}: {l.Message}{(l.Exception is null ? "" : " " + l.Exception.Message)}"));
}
