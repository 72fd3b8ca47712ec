using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
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
        var chats = Option(args, "--chats");
        var ceiling = Option(args, "--ceiling");
        switch (platform)
        {
            case "telegram":
                // Telegram:GlobalRatePerSecond set to the ceiling itself: the queue paces a little under it on its own.
                var telegramCeiling = ceiling ?? 1_000;
                await TelegramAsync(chats ?? 10_000, telegramCeiling, Option(args, "--rate") ?? telegramCeiling);
                return 0;
            case "discord":
                await DiscordAsync(chats ?? 5_000, ceiling ?? 50);
                return 0;
            default:
                Console.WriteLine("usage: fanout telegram [--chats 10000] [--ceiling 1000] [--rate 1000] | fanout discord [--chats 5000] [--ceiling 50]");
                return 2;
        }
    }

    private static async Task TelegramAsync(int chats, int ceiling, int rate)
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
        using var core = Services(settings, (services, configuration) => services.AddTelegramAdapter(configuration));
        var addresses = Enumerable.Range(1, chats).Select(i => new ChatAddress("telegram", i.ToString(CultureInfo.InvariantCulture))).ToList();
        var run = await SendAllAsync(core, "telegram", addresses);
        Report($"Telegram: one briefing to {chats:N0} private chats; fake ceiling {ceiling}/s, our GlobalRatePerSecond {rate}", run, ceiling, api.Throttled, api.Delivered.Count);
        ReportArrivals(api.Arrivals, ceiling);
    }

    private static async Task DiscordAsync(int channels, int ceiling)
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
        using var core = Services(settings, (services, configuration) => services.AddDiscordAdapter(configuration));
        var addresses = Enumerable.Range(1, channels).Select(i => new ChatAddress("discord", (100_000 + i).ToString(CultureInfo.InvariantCulture))).ToList();
        var run = await SendAllAsync(core, "discord", addresses);
        var delivered = server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)) - server.GlobalViolations - server.BucketViolations;
        Report($"Discord: one briefing to {channels:N0} channels; fake global ceiling {ceiling}/s", run, ceiling, server.GlobalViolations + server.BucketViolations, delivered);
        ReportArrivals(server.Arrivals, ceiling);
    }

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

        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(addresses.Select(a => platform.SendBriefingAsync(a, briefing, CancellationToken.None)));
        clock.Stop();
        var peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
        return new Run(results.Count(r => r.Succeeded), results.Length, clock.Elapsed, GC.GetTotalMemory(false) - memoryBefore, peakWorkingSet);
    }

    private static void Report(string title, Run run, int ceiling, int throttled, int delivered)
    {
        var rate = run.Succeeded / run.Elapsed.TotalSeconds;
        var table = new Table("sent ok", "of", "delivered by fake", "seconds", "messages/s", "ceiling/s", "rate / ceiling", "429s from fake", "managed heap growth MB", "peak working set MB");
        table.Add(run.Succeeded, run.Total, delivered, run.Elapsed.TotalSeconds, rate, ceiling, $"{rate / ceiling:P1}", throttled, run.HeapGrowth / 1e6, run.PeakWorkingSet / 1e6);
        table.Print(title);
    }

    /// <summary>
    /// Where the fake's 429s fell: per second of the run, accepted and refused sends, and the most accepted sends in any
    /// 100 ms (a burst shows as far more than a tenth of the ceiling).
    /// </summary>
    private static void ReportArrivals(IReadOnlyList<FakeArrival> arrivals, int ceiling)
    {
        if (arrivals.Count == 0)
        {
            return;
        }

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

    private static int? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
    }

    private sealed record Run(int Succeeded, int Total, TimeSpan Elapsed, long HeapGrowth, long PeakWorkingSet);
}
