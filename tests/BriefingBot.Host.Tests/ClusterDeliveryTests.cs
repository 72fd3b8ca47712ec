using BriefingBot.Testing;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Host.Tests;

/// <summary>
/// Two bot processes on one PostgreSQL database (a Quartz cluster sharing one ledger), one of them killed partway:
/// every briefing is delivered exactly once, and one instance at a time polls Telegram.
/// </summary>
public sealed class ClusterDeliveryTests
{
    private const int Subscribers = 60;

    [SkippableFact]
    public async Task TwoInstances_OneKilledMidFanOut_EveryBriefingDeliveredExactlyOnce()
    {
        using var data = new TempDirectory();
        await using var database = await HostDatabase.CreateAsync("Postgres");
        await using var api = await FakeTelegramBotApi.StartAsync();
        api.SendDelay = TimeSpan.FromMilliseconds(10);
        await DeliveryFixture.SeedAsync(data.Path, database, Subscribers);
        var environment = DeliveryFixture.BotEnvironment(database, api, lease: TimeSpan.FromSeconds(2));
        environment["Cluster__ReceiverLease"] = "00:00:03";

        using var first = BotProcess.Start(data.Path, environment);
        using var second = BotProcess.Start(data.Path, environment);
        await Eventually.TrueAsync(() => api.Delivered.Count >= Subscribers / 3, TimeSpan.FromSeconds(60), () => first.Log + second.Log);

        // Kill one instance while a send is in flight. If the held send was the other instance's, it goes through
        // after a few seconds; if it was this one's, it dies undelivered and the survivor must send it.
        var held = api.HoldNextSend(releaseAfter: TimeSpan.FromSeconds(4));
        await Eventually.TrueAsync(() => held.IsCompleted, TimeSpan.FromSeconds(30), () => first.Log + second.Log);
        first.Kill();
        var pollsAtKill = api.Calls("getUpdates").Count;

        await Eventually.TrueAsync(
            () => DeliveryFixture.BriefingsPerChat(api, Subscribers).Values.All(n => n > 0), TimeSpan.FromSeconds(60), () => second.Log);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.False(second.HasExited, second.Log);

        // One instance polled at a time (Telegram answers a second poller with 409), and the survivor polls now.
        await Eventually.TrueAsync(() => api.Calls("getUpdates").Count > pollsAtKill + 2, TimeSpan.FromSeconds(30), () => second.Log);
        Assert.Equal(0, api.PollConflicts);
        Assert.All(DeliveryFixture.BriefingsPerChat(api, Subscribers), pair => Assert.True(pair.Value == 1, $"chat {pair.Key} got {pair.Value} briefings"));
    }
}
