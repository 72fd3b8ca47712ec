using BriefingBot.Testing;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Host.Tests;

/// <summary>
/// The Bot API answers 502 for a while: each briefing is retried with the ledger's backoff (1, 2, 4 ... minutes, never
/// sooner), nothing is given up early, and once the platform is back every chat gets its briefing exactly once.
/// </summary>
public sealed class PlatformOutageTests
{
    private const int Subscribers = 5;

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Delivery_PlatformAnswers5xxForAWhile_RetriesWithBackoffAndLosesNothing(string provider)
    {
        using var data = new TempDirectory();
        await using var database = await HostDatabase.CreateAsync(provider);
        await using var api = await FakeTelegramBotApi.StartAsync();
        var start = TimeProvider.System.GetUtcNow();
        var due = start.AddMinutes(30);
        await DeliveryFixture.SeedAsync(data.Path, database, Subscribers, due: due);
        var clock = new ShiftedClock();
        api.ServerErrorStatus = 502;
        InProcessBot? running = null;
        string Describe() => $"{api.ServerErrors} errors, {api.Delivered.Count} delivered\n" + string.Join('\n', running?.Logs.Select(l => $"{l.Timestamp:HH:mm:ss.fff} {l.Category} {l.Message}") ?? []);

        // The schedule in memory: this test is about the ledger's backoff (on the provider under test), told by moving
        // the bot's clock a minute at a time. Quartz's database store does not keep to the real clock it is given when
        // the injected one jumps: traced with Quartz debug logs (5 of 17 runs on PostgreSQL under load, none of 6 on SQLite), each jump was
        // followed by a burst of catch-up firings and, after the second, no firing for longer than the test waits. In
        // production the two clocks are one; DatabaseOutageTests runs both schedules (its clock jumps once, at the start).
        await using (var bot = new InProcessBot(data.Path, database, clock, configure: null, "--Scheduling:JobStore=Memory", "--Telegram:BotToken=123456:outage-test", $"--Telegram:ApiBaseUrl={api.BaseUrl}", "--Telegram:PollingTimeoutSeconds=1"))
        {
            running = bot;
            await bot.StartAsync();
            clock.ShiftTo(due.AddSeconds(30));
            await Eventually.TrueAsync(() => api.ServerErrors >= Subscribers, TimeSpan.FromSeconds(30), Describe);

            // Several ticks later, but under a minute on the bot's clock: no retry yet.
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal(Subscribers, api.ServerErrors);

            clock.Advance(TimeSpan.FromMinutes(1));
            await Eventually.TrueAsync(() => api.ServerErrors >= 2 * Subscribers, TimeSpan.FromSeconds(30), Describe);
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal(2 * Subscribers, api.ServerErrors);

            // The platform recovers; the third attempt comes two minutes after the second.
            api.ServerErrorStatus = null;
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Empty(api.Delivered);
            clock.Advance(TimeSpan.FromMinutes(1));
            await Eventually.TrueAsync(() => api.Delivered.Count >= Subscribers, TimeSpan.FromSeconds(30), Describe);
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        Assert.All(DeliveryFixture.BriefingsPerChat(api, Subscribers), pair => Assert.True(pair.Value == 1, $"chat {pair.Key} got {pair.Value} briefings"));
        Assert.Equal(2 * Subscribers, api.ServerErrors);
    }
}
