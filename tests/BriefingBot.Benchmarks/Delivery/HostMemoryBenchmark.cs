using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Testing;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks.Delivery;

/// <summary>
/// The bot itself (the built BriefingBot.dll, as deployed: Quartz schedule in the database, ingest of the bundled
/// samples, the Telegram adapter) over a SQLite database of N subscriptions spread over 96 quarter-hour slots and 40
/// zones, against the fake Bot API: the process's resident memory, sampled every second from /proc, while it starts,
/// ingests and delivers every slot due within the grace window (about a quarter of the subscriptions at once) and then
/// the passes after. Linux only (/proc).
/// </summary>
internal static class HostMemoryBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var subscriptions = BenchmarkArgs.Option(args, "--subscriptions") ?? 100_000;
        var seconds = BenchmarkArgs.Option(args, "--seconds") ?? 150;
        var host = Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll");
        if (!OperatingSystem.IsLinux() || !File.Exists(host))
        {
            Console.WriteLine($"host-memory needs Linux (/proc) and the built bot at {host}.");
            return 2;
        }

        return await BenchDatabase.RunAsync([], (_, _) => { }, async (root, provider) =>
        {
            var seeding = Stopwatch.StartNew();
            await SeedAsync(provider, subscriptions);
            Console.WriteLine($"Seeded {subscriptions:N0} subscriptions and 40 stories in {seeding.Elapsed.TotalSeconds:0.0} s.");

            await using var api = await FakeTelegramBotApi.StartAsync();
            using var bot = Start(host, root, api.BaseUrl);
            var table = new Table("second", "resident MB", "peak resident MB", "briefings delivered");
            var peak = 0L;
            var watch = Stopwatch.StartNew();
            for (var second = 1; second <= seconds && !bot.HasExited; second++)
            {
                await Task.Delay(TimeSpan.FromSeconds(second) - watch.Elapsed);
                var (resident, highWater) = Memory(bot.Id);
                peak = Math.Max(peak, highWater);
                if (second % 10 == 0 || second == 1)
                {
                    table.Add(second, resident / 1e6, highWater / 1e6, api.Delivered.Count);
                }
            }

            if (bot.HasExited)
            {
                Console.WriteLine($"The bot exited early with code {bot.ExitCode}.");
                return 1;
            }

            table.Print($"The bot with {subscriptions:N0} subscriptions (SQLite, Telegram against the fake Bot API, Telegram:GlobalRatePerSecond 1000)");
            Console.WriteLine($"Peak resident memory: {peak / 1e6:0} MB; briefings delivered: {api.Delivered.Count:N0}.");
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
            return 0;
        });
    }

    private static async Task SeedAsync(ServiceProvider provider, int count)
    {
        var now = TimeProvider.System.GetUtcNow();
        var stories = provider.GetRequiredService<IStoryStore>();
        for (var i = 0; i < 40; i++)
        {
            await stories.AddAsync(StoryFactory.Create($"Story {i}: harbour number {i} reopens after the storm", now.AddHours(-2).AddMinutes(i)), CancellationToken.None);
        }

        var store = provider.GetRequiredService<ISubscriptionStore>();
        var created = now.AddDays(-2);
        for (var i = 0; i < count; i++)
        {
            var (slot, zone) = SpreadSchedule.For(i);
            await store.UpsertAsync(new ChatAddress("telegram", (i + 1).ToString(CultureInfo.InvariantCulture)), "u", slot, zone, created, CancellationToken.None);
        }
    }

    private static Process Start(string host, string root, string apiBaseUrl)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = RepositoryPaths.RepositoryRoot(),
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(host);
        start.Environment["BRIEFINGBOT_HOME"] = RepositoryPaths.RepositoryRoot();
        start.Environment["Storage__DataDirectory"] = root;
        start.Environment["News__UseSamples"] = "Always";
        start.Environment["News__FeedsFile"] = Path.Combine(root, "no-feeds.json");
        start.Environment["Telegram__BotToken"] = "123456:memory-bench";
        start.Environment["Telegram__ApiBaseUrl"] = apiBaseUrl;
        start.Environment["Telegram__GlobalRatePerSecond"] = "1000";
        start.Environment["Console__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line && (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("crit", StringComparison.OrdinalIgnoreCase)))
            {
                Console.WriteLine($"  bot: {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>VmRSS and VmHWM (the resident high-water mark) of a process, in bytes.</summary>
    private static (long Resident, long HighWater) Memory(int pid)
    {
        long resident = 0, highWater = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    resident = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    highWater = Kilobytes(line);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return (resident, highWater);
    }

    private static long Kilobytes(string line) =>
        1024 * long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
