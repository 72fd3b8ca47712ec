using System.Diagnostics;
using System.Globalization;
using BriefingBot.Benchmarks.Delivery;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Discord;
using BriefingBot.Telegram;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Benchmarks.FanOut;

/// <summary>
/// One briefing to many chats through an adapter's real send path (renderer, rate limiter, HTTP client, 429
/// handling) against the fake platform server with a ceiling set in the fake: achieved rate against the ceiling,
/// 429s the fake answered, and memory. Real time; the fake runs on 127.0.0.1 in this process.
/// </summary>
internal static class FanOutBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var platform = args.ElementAtOrDefault(1);
        var throughLedger = args.Contains("--ledger");
        var chats = BenchmarkArgs.Option(args, "--chats");
        var ceiling = BenchmarkArgs.Option(args, "--ceiling");
        switch (platform)
        {
            case "telegram":
                // Telegram:GlobalRatePerSecond set to the ceiling itself: the queue paces a little under it on its own.
                var telegramCeiling = ceiling ?? 1_000;
                await TelegramAsync(chats ?? 10_000, telegramCeiling, BenchmarkArgs.Option(args, "--rate") ?? telegramCeiling, throughLedger);
                return 0;
            case "discord":
                await DiscordAsync(chats ?? 5_000, ceiling ?? 50, throughLedger);
                return 0;
            default:
                Console.WriteLine("usage: fanout telegram [--chats 10000] [--ceiling 1000] [--rate 1000] [--ledger] | fanout discord [--chats 5000] [--ceiling 50] [--ledger]");
                return 2;
        }
    }

    private static async Task TelegramAsync(int chats, int ceiling, int rate, bool throughLedger)
    {
        await using var api = await FakeTelegramBotApi.StartAsync();
        api.GlobalCeilingPerSecond = ceiling;
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456:BENCH-token",
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:GlobalRatePerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
            ["Telegram:MaxSendAttempts"] = "20",
        };
        var addresses = Enumerable.Range(1, chats).Select(i => new ChatAddress("telegram", i.ToString(CultureInfo.InvariantCulture))).ToList();
        var run = await RunAsync(settings, (services, configuration) => services.AddTelegramAdapter(configuration), "telegram", addresses, throughLedger);
        Report($"Telegram: one briefing to {chats:N0} private chats{Through(throughLedger)}; fake ceiling {ceiling}/s, our GlobalRatePerSecond {rate}", run, ceiling, api.Throttled, api.Delivered.Count - 1); // less the warm-up
        ReportArrivals(api.Arrivals, ceiling, run.StartTick);
    }

    private static async Task DiscordAsync(int channels, int ceiling, bool throughLedger)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.GlobalCeilingPerSecond = ceiling;
        var settings = new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = "bench-token",
            ["Discord:ApplicationId"] = "900",
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.AbsoluteUri,
            ["Discord:GlobalRequestsPerSecond"] = Math.Min(50, ceiling).ToString(CultureInfo.InvariantCulture),
        };
        var addresses = Enumerable.Range(1, channels).Select(i => new ChatAddress("discord", (100_000 + i).ToString(CultureInfo.InvariantCulture))).ToList();
        var run = await RunAsync(settings, (services, configuration) => services.AddDiscordAdapter(configuration), "discord", addresses, throughLedger);
        var delivered = server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)) - server.GlobalViolations - server.BucketViolations - 1; // less the warm-up
        Report($"Discord: one briefing to {channels:N0} channels{Through(throughLedger)}; fake global ceiling {ceiling}/s", run, ceiling, server.GlobalViolations + server.BucketViolations, delivered);
        ReportArrivals(server.Arrivals, ceiling, run.StartTick);
    }

    private static string Through(bool ledger) => ledger ? " through the delivery service and the SQLite ledger" : " (adapter alone)";

    private static async Task<Run> RunAsync(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> addAdapter, string platformName, List<ChatAddress> addresses, bool throughLedger)
    {
        if (throughLedger)
        {
            return await DeliverAllAsync(settings, addAdapter, platformName, addresses);
        }

        using var core = Services(settings, addAdapter);
        return await SendAllAsync(core, platformName, addresses);
    }

    /// <summary>
    /// The production path: every address subscribed in a SQLite database, one delivery pass at the slot (claims,
    /// composition once per profile, the adapter's send, the ledger's "sent", the chat's last briefing).
    /// </summary>
    private static Task<Run> DeliverAllAsync(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> addAdapter, string platformName, List<ChatAddress> addresses) =>
        BenchDatabase.RunAsync(settings, addAdapter, async (_, provider) =>
        {
            var due = Now;
            await provider.GetRequiredService<IStoryStore>().AddAsync(StoryFactory.Create("Harbour bridge reopens after repairs", due.AddHours(-1)), CancellationToken.None);
            var store = provider.GetRequiredService<ISubscriptionStore>();
            foreach (var address in addresses)
            {
                await store.UpsertAsync(address, "u", TimeOnly.FromTimeSpan(due.TimeOfDay), "Etc/UTC", due.AddDays(-1), CancellationToken.None);
            }

            // Warm-up, as in a bot that has been running: one subscriber due an hour earlier gets its briefing first
            // (JIT, the HTTP connection, the database's pool), outside the measured pass.
            var delivery = provider.GetRequiredService<DeliveryService>();
            await store.UpsertAsync(new ChatAddress(platformName, "999999999"), "u", TimeOnly.FromTimeSpan(due.AddHours(-1).TimeOfDay), "Etc/UTC", due.AddDays(-1), CancellationToken.None);
            await delivery.RunDueAsync(due.AddHours(-1).AddMinutes(1), CancellationToken.None);

            return await MeasureAsync(addresses.Count, async () => (await delivery.RunDueAsync(due.AddMinutes(1), CancellationToken.None)).Sent);
        });

    private static CoreTestServices Services(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> addAdapter)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new CoreTestServices(Now, settings, services =>
        {
            addAdapter(services, configuration);
            services.Replace(ServiceDescriptor.Singleton(TimeProvider.System));
        });
    }

    private static async Task<Run> SendAllAsync(CoreTestServices core, string platformName, List<ChatAddress> addresses)
    {
        await core.Stories.AddAsync(StoryFactory.Create("Harbour bridge reopens after repairs", Now.AddHours(-1)), CancellationToken.None);
        var briefing = await core.Get<BriefingService>().ComposeForChatAsync(addresses[0], Now, CancellationToken.None);
        var platform = core.Get<IEnumerable<IChatPlatform>>().Single(p => p.Platform == platformName);
        await platform.SendBriefingAsync(new ChatAddress(platformName, "999999999"), briefing, CancellationToken.None); // warm-up: JIT, the HTTP connection

        return await MeasureAsync(addresses.Count, async () =>
            (await Task.WhenAll(addresses.Select(a => platform.SendBriefingAsync(a, briefing, CancellationToken.None)))).Count(r => r.Succeeded));
    }

    /// <summary>Times <paramref name="send"/> (which answers how many it sent) with the heap, allocations and peak working set.</summary>
    private static async Task<Run> MeasureAsync(int total, Func<Task<int>> send)
    {
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var startTick = Environment.TickCount64;
        var clock = Stopwatch.StartNew();
        var sent = await send();
        clock.Stop();
        return new Run(sent, total, clock.Elapsed, GC.GetTotalMemory(false) - memoryBefore, Process.GetCurrentProcess().PeakWorkingSet64, startTick)
        {
            Allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
        };
    }

    private static void Report(string title, Run run, int ceiling, int throttled, int delivered)
    {
        var rate = run.Succeeded / run.Elapsed.TotalSeconds;
        var table = new Table("sent ok", "of", "delivered by fake", "seconds", "messages/s", "ceiling/s", "rate / ceiling", "429s from fake", "managed heap growth MB", "peak working set MB", "allocated KB per message (with the fake's)");
        table.Add(run.Succeeded, run.Total, delivered, run.Elapsed.TotalSeconds, rate, ceiling, $"{rate / ceiling:P1}", throttled, run.HeapGrowth / 1e6, run.PeakWorkingSet / 1e6, run.Allocated / 1e3 / Math.Max(1, run.Total));
        table.Print(title);
    }

    /// <summary>
    /// Where the fake's 429s fell: per second of the run, accepted and refused sends, and the most accepted sends in any
    /// 100 ms (a burst shows as far more than a tenth of the ceiling).
    /// </summary>
    private static void ReportArrivals(IReadOnlyList<FakeArrival> all, int ceiling, long startTick)
    {
        var arrivals = all.Where(a => a.AtMilliseconds >= startTick).ToList();
        if (arrivals.Count == 0)
        {
            return;
        }

        // The ramp: how long the first send took to arrive, then the first second in tenths.
        var ramp = arrivals.Where(a => a.AtMilliseconds - arrivals[0].AtMilliseconds < 1000)
            .GroupBy(a => (a.AtMilliseconds - arrivals[0].AtMilliseconds) / 100)
            .OrderBy(g => g.Key)
            .Select(g => g.Count().ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"First send arrived {arrivals[0].AtMilliseconds - startTick} ms after the fan-out began; its first second, per 100 ms: {string.Join(" ", ramp)}.");

        var start = arrivals[0].AtMilliseconds;
        var table = new Table("second", "accepted", "429s", "first 429 at ms", "most accepted in 100 ms", "tenth of ceiling");
        foreach (var second in arrivals.GroupBy(a => (a.AtMilliseconds - start) / 1000).OrderBy(g => g.Key))
        {
            var refused = second.Where(a => !a.Accepted).ToList();
            var busiest = second.Where(a => a.Accepted).GroupBy(a => (a.AtMilliseconds - start) / 100).Select(g => g.Count()).DefaultIfEmpty(0).Max();
            table.Add(second.Key, second.Count(a => a.Accepted), refused.Count, refused.Count > 0 ? refused[0].AtMilliseconds - start : -1, busiest, ceiling / 10);
        }

        table.Print("Arrivals at the fake, per second of the run");

        // The fake's own measure: the most sends inside any one-second window of arrivals (refused ones included, as
        // the fake sees them); its distance under the ceiling is the jitter headroom left.
        var most = 0;
        for (int first = 0, last = 0; last < arrivals.Count; last++)
        {
            while (arrivals[last].AtMilliseconds - arrivals[first].AtMilliseconds >= 1000)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        Console.WriteLine($"Most sends arriving within one second: {most} (ceiling {ceiling}).");
        Console.WriteLine();
    }

    private sealed record Run(int Succeeded, int Total, TimeSpan Elapsed, long HeapGrowth, long PeakWorkingSet, long StartTick)
    {
        /// <summary>Bytes allocated in this process during the run (the fake server's included).</summary>
        public long Allocated { get; init; }
    }
}
