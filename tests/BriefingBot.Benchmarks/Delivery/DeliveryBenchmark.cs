using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks.Delivery;

/// <summary>
/// The delivery path at scale: (1) the due set of 100,000 subscriptions over 96 quarter-hour slots and 40 time zones —
/// time per pass and memory; (2) fan-out of one slot through the real SQLite ledger and stores to a platform with a set
/// ceiling — throughput as a share of the ceiling, and lateness (completion after the due instant) p50/p99.
/// </summary>
internal static class DeliveryBenchmark
{
    private const int Subscriptions = 100_000;
    private const int Slots = SpreadSchedule.Slots;

    public static async Task RunAsync()
    {
        DueSet();
        var fanOut = new Table("platform ceiling", "round trip ms", "sends in flight", "briefings", "elapsed s", "per second", "share of ceiling", "lateness p50 s", "lateness p99 s");
        var roundTrip = TimeSpan.FromMilliseconds(80); // a send to Telegram or Discord from a server in another region
        await FanOutAsync(fanOut, ceiling: 30, roundTrip, workers: 1, briefings: 150);   // Telegram's bot-wide limit, one at a time
        await FanOutAsync(fanOut, ceiling: 30, roundTrip, workers: 8, briefings: 300);
        await FanOutAsync(fanOut, ceiling: 50, roundTrip, workers: 8, briefings: 500);  // Discord's global REST limit
        await FanOutAsync(fanOut, ceiling: null, TimeSpan.Zero, workers: 1, briefings: 2_000);
        await FanOutAsync(fanOut, ceiling: null, TimeSpan.Zero, workers: 8, briefings: 2_000);
        fanOut.Print("Fan-out of one slot through the SQLite ledger (Briefing:MaxConcurrentDeliveries sends in flight)");
    }

    private static void DueSet()
    {
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var all = new List<Subscription>(Subscriptions);
        for (var i = 0; i < Subscriptions; i++)
        {
            var (slot, zone) = SpreadSchedule.For(i);
            all.Add(new Subscription(new SubscriptionId(i + 1), new ChatAddress(PacedPlatform.Name, i.ToString(CultureInfo.InvariantCulture)), "u", slot, zone, created, true, null));
        }

        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        DeliveryService.DueSlots(all, created.AddDays(1)); // warm-up: zone lookups, JIT

        var day = new DateTimeOffset(2026, 6, 15, 0, 0, 0, TimeSpan.Zero);
        var times = new List<double>();
        long allocated = 0, dueTotal = 0;
        for (var pass = 0; pass < Slots; pass++)
        {
            var now = day.AddMinutes(15 * pass + 1);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var due = DeliveryService.DueSlots(all, now);
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            dueTotal += due.Count;
        }

        times.Sort();
        var table = new Table("subscriptions", "slots x zones", "passes", "ms per pass (mean)", "ms p99", "due slots per pass (mean)", "allocated per pass", "subscriptions held");
        table.Add(Subscriptions, $"{Slots} x {SpreadSchedule.Zones.Length}", Slots, times.Average(), times[(int)(0.99 * (times.Count - 1))], dueTotal / Slots, $"{allocated / Slots / 1024 / 1024.0:0.0} MB", $"{held / 1024 / 1024.0:0.0} MB");
        table.Print("Due set: every subscription's due slots (today's and yesterday's) at one instant");
    }

    private static async Task FanOutAsync(Table table, int? ceiling, TimeSpan roundTrip, int workers, int briefings)
    {
        var platform = new PacedPlatform(ceiling, roundTrip);
        var settings = new Dictionary<string, string?> { ["Briefing:MaxConcurrentDeliveries"] = workers.ToString(CultureInfo.InvariantCulture) };
        await BenchDatabase.RunAsync(settings, (services, _) => services.AddSingleton<IChatPlatform>(platform), async (_, provider) =>
        {
            var due = new DateTimeOffset(2026, 6, 15, 7, 0, 0, TimeSpan.Zero);
            var stories = provider.GetRequiredService<IStoryStore>();
            for (var i = 0; i < 20; i++)
            {
                await stories.AddAsync(StoryFactory.Create($"Story {i}: ports reopen after the storm number {i}", due.AddHours(-3).AddMinutes(i)), CancellationToken.None);
            }

            var store = provider.GetRequiredService<ISubscriptionStore>();
            for (var i = 0; i < briefings; i++)
            {
                await store.UpsertAsync(new ChatAddress(PacedPlatform.Name, i.ToString(CultureInfo.InvariantCulture)), "u", new TimeOnly(7, 0), "Etc/UTC", due.AddDays(-1), CancellationToken.None);
            }

            var delivery = provider.GetRequiredService<DeliveryService>();
            platform.Start();
            var watch = Stopwatch.StartNew();
            var report = await delivery.RunDueAsync(due, CancellationToken.None);
            var elapsed = watch.Elapsed.TotalSeconds;
            var completed = platform.Completed.Select(t => t.TotalSeconds).Order().ToList();
            var perSecond = report.Sent / elapsed;
            table.Add(
                ceiling is { } c ? $"{c}/s" : "none",
                roundTrip.TotalMilliseconds,
                workers,
                report.Sent,
                elapsed,
                perSecond,
                ceiling is { } limit ? $"{100 * perSecond / limit:0.0}%" : "-",
                completed[(int)(0.5 * (completed.Count - 1))],
                completed[(int)(0.99 * (completed.Count - 1))]);

            return report.Sent;
        });
    }
}
