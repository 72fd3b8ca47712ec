using BriefingBot.Testing.Telegram;

namespace BriefingBot.Host.Tests;

/// <summary>
/// Two bot processes on one PostgreSQL database (a Quartz cluster sharing one ledger), one of them killed partway:
/// every briefing is delivered exactly once.
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

        using var first = BotProcess.Start(data.Path, environment);
        using var second = BotProcess.Start(data.Path, environment);
        await DeliveryFixture.WaitUntilAsync(() => api.Delivered.Count >= Subscribers / 3, TimeSpan.FromSeconds(60), () => first.Log + second.Log);

        // Kill one instance while a send is in flight. If the held send was the other instance's, it goes through
        // after a few seconds; if it was this one's, it dies undelivered and the survivor must send it.
        var held = api.HoldNextSend(releaseAfter: TimeSpan.FromSeconds(4));
        await DeliveryFixture.WaitUntilAsync(() => held.IsCompleted, TimeSpan.FromSeconds(30), () => first.Log + second.Log);
        first.Kill();

        await DeliveryFixture.WaitUntilAsync(
            () => DeliveryFixture.BriefingsPerChat(api, Subscribers).Values.All(n => n > 0), TimeSpan.FromSeconds(60), () => second.Log);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.False(second.HasExited, second.Log);
        Assert.All(DeliveryFixture.BriefingsPerChat(api, Subscribers), pair => Assert.True(pair.Value == 1, $"chat {pair.Key} got {pair.Value} briefings"));
    }
}
