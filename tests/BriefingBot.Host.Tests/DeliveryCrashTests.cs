using BriefingBot.Testing.Telegram;

namespace BriefingBot.Host.Tests;

/// <summary>
/// The bot process killed with SIGKILL in the middle of a fan-out (a send in flight), again and again, then left to
/// finish: every subscriber ends with exactly one briefing. The held send models a platform that had not yet acted on
/// the request when the sender died; a crash after the platform acted but before the ledger recorded it is the one case
/// this cannot cover (Telegram has no idempotency key), and stays a possible single repeat per crash.
/// </summary>
public sealed class DeliveryCrashTests
{
    /// <summary>
    /// Kills per run (the target). Each costs a process start (one to three seconds on two busy cores); on
    /// PostgreSQL the clustered scheduler also has to declare the dead instance gone first (about 1.5 minutes a run).
    /// </summary>
    private const int KillCycles = 20;

    private const int Subscribers = 60;

    /// <summary>Sends that must get through between kills, so the kills land across the whole fan-out.</summary>
    private const int SendsBetweenKills = 2;

    [SkippableTheory]
    [InlineData("Sqlite", KillCycles)]
    [InlineData("Postgres", KillCycles)]
    public async Task Bot_KilledMidFanOutRepeatedly_EverySubscriberGetsExactlyOneBriefing(string provider, int killCycles)
    {
        using var data = new TempDirectory();
        await using var database = await HostDatabase.CreateAsync(provider);
        await using var api = await FakeTelegramBotApi.StartAsync();
        api.SendDelay = TimeSpan.FromMilliseconds(10);
        await DeliveryFixture.SeedAsync(data.Path, database, Subscribers);
        var environment = DeliveryFixture.BotEnvironment(database, api, lease: TimeSpan.FromSeconds(2));

        var kills = 0;
        for (var cycle = 0; cycle < killCycles && api.Delivered.Count < Subscribers; cycle++)
        {
            using var bot = BotProcess.Start(data.Path, environment);
            var target = Math.Min(Subscribers, api.Delivered.Count + SendsBetweenKills);
            await DeliveryFixture.WaitUntilAsync(() => api.Delivered.Count >= target || bot.HasExited, TimeSpan.FromSeconds(30), () => bot.Log);
            if (api.Delivered.Count >= Subscribers)
            {
                break;
            }

            var held = api.HoldNextSend();
            await DeliveryFixture.WaitUntilAsync(() => held.IsCompleted || bot.HasExited, TimeSpan.FromSeconds(30), () => bot.Log);
            Assert.False(bot.HasExited, bot.Log);
            bot.Kill();
            kills++;
        }

        using (var last = BotProcess.Start(data.Path, environment))
        {
            await DeliveryFixture.WaitUntilAsync(
                () => DeliveryFixture.BriefingsPerChat(api, Subscribers).Values.All(n => n > 0), TimeSpan.FromSeconds(60), () => last.Log);

            // Longer than a lease and a poll: a claim wrongly left behind would be sent again by now.
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        var perChat = DeliveryFixture.BriefingsPerChat(api, Subscribers);
        Assert.True(kills >= Math.Min(killCycles, Subscribers / (SendsBetweenKills + 1)), $"only {kills} kills landed mid-fan-out");
        Assert.All(perChat, pair => Assert.True(pair.Value == 1, $"chat {pair.Key} got {pair.Value} briefings"));
    }
}
