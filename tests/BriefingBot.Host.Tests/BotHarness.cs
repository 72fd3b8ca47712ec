using BriefingBot.Core.Ingestion;
using BriefingBot.Host.ConsoleChat;
using BriefingBot.Host.Hosting;
using BriefingBot.Storage;
using BriefingBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace BriefingBot.Host.Tests;

/// <summary>
/// Builds the real host (the same BriefingHostBuilder the program uses) over a temporary data folder, offline:
/// only the bundled samples are read. The console chat reads a script and writes to a buffer.
/// </summary>
internal static class BotHarness
{
    public static string[] OfflineArgs(string dataDirectory, params string[] extra) =>
    [
        $"--Storage:DataDirectory={dataDirectory}",
        "--News:UseSamples=Always",
        $"--News:FeedsFile={Path.Combine(dataDirectory, "no-feeds.json")}",
        $"--News:SamplesDirectory={RepoPaths.Samples}",
        .. extra,
    ];

    /// <summary>Runs the bot with <paramref name="script"/> as console input until the input ends; returns what it wrote.</summary>
    public static Task<string> RunConsoleAsync(string dataDirectory, string script, Action<IServiceCollection>? configure = null, params string[] extraArgs) =>
        RunAsync(dataDirectory, script, ingestFirst: true, configure, extraArgs);

    /// <summary>As a user piping commands in would: the script reaches the chat while the start-up ingest is running.</summary>
    public static Task<string> RunConsoleFromColdAsync(string dataDirectory, string script) =>
        RunAsync(dataDirectory, script, ingestFirst: false, configure: null, []);

    private static async Task<string> RunAsync(string dataDirectory, string script, bool ingestFirst, Action<IServiceCollection>? configure, string[] extraArgs)
    {
        var output = new StringWriter();
        var builder = BriefingHostBuilder.Create(OfflineArgs(dataDirectory, extraArgs), runBot: true, RepoPaths.Root);
        builder.Services.Replace(ServiceDescriptor.Singleton(new ConsoleChannel(new StringReader(script), TextWriter.Synchronized(output))));
        configure?.Invoke(builder.Services);
        using var host = builder.Build();

        if (ingestFirst)
        {
            // Tests that are not about start-up get their news in place before the script runs.
            await host.Services.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
            await host.Services.GetRequiredService<NewsCycle>().RunAsync(CancellationToken.None);
        }

        // Stopped after a minute; the shutdown (15 s at most in the product) may not hang the test run either.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await host.RunAsync(timeout.Token).WaitAsync(TimeSpan.FromSeconds(100));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"The bot did not stop within 100 s (it is told to at 60 s at the latest). Console output:\n{output}", ex);
        }

        return output.ToString();
    }

    /// <summary>
    /// Runs the bot with a console chat whose input stays open until <paramref name="drive"/> (started once the host is
    /// up) has finished; returns what the console chat wrote.
    /// </summary>
    public static async Task<string> RunDrivenAsync(string dataDirectory, Func<IServiceProvider, Task> drive, Action<IServiceCollection>? configure = null, params string[] extraArgs)
    {
        var output = new StringWriter();
        var done = new TaskCompletionSource();
        await RunConsoleAsync(dataDirectory, string.Empty, services =>
        {
            services.Replace(ServiceDescriptor.Singleton(new ConsoleChannel(new GatedReader(done.Task), TextWriter.Synchronized(output))));
            services.AddHostedService(sp => new DriverService(async () =>
            {
                try
                {
                    await drive(sp);
                    done.SetResult();
                }
                catch (Exception ex)
                {
                    done.SetException(ex);
                }
            }));
            configure?.Invoke(services);
        }, extraArgs);

        // The host can stop before the driver has run or finished (a start-up failure stops the application): that
        // fails the test with what the bot wrote instead of waiting for a driver that will never finish.
        try
        {
            await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"The bot stopped before the test's driver finished. Console output:\n{output}", ex);
        }

        return output.ToString();
    }

    /// <summary>
    /// Waits (30 s at most) until the bot's scheduler runs: SchedulerStarter starts it after the application has started
    /// and the database has answered, so a host that has started may not be firing yet.
    /// </summary>
    public static async Task SchedulerRunningAsync(IServiceProvider services)
    {
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Eventually.TrueAsync(async () => await scheduler.GetStatus() == SchedulerStatus.Running, TimeSpan.FromSeconds(30));
    }

    /// <summary>Console input that ends when the gate opens.</summary>
    private sealed class GatedReader(Task gate) : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            try
            {
                await gate.WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The driver failed; end the input so the host stops and the failure surfaces.
            }

            return null;
        }
    }

    /// <summary>Starts the test's driver after the other hosted services (scheduler included) have started.</summary>
    private sealed class DriverService(Func<Task> drive) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Delay(100, stoppingToken);
            await drive();
        }
    }
}
