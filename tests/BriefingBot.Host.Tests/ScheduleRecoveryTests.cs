using BriefingBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Host.Tests;

/// <summary>One class per provider, so the two minute-long waits for a due minute run side by side.</summary>
public abstract class ScheduleRecoveryTests(string provider)
{
    private const int Subscribers = 10;

    /// <summary>
    /// The production schedule (Quartz in the database) on the real clock, with the outage spanning the due minute:
    /// once the database is back the briefings go out within seconds. Quartz's default misfire handling took 54-61 s
    /// here (its misfire scan runs once a minute by default); with the store's retry and misfire scan at 2 s, 3-4 s.
    /// The clock is not shifted: Quartz's database store does not keep to the real clock when the injected one jumps.
    /// </summary>
    [SkippableFact]
    public async Task Delivery_DatabaseBackAfterTheDueMinute_ScheduleInTheDatabaseFiresWithinSeconds()
    {
        using var data = new TempDirectory();
        await using var database = await HostDatabase.CreateAsync(provider);
        var now = TimeProvider.System.GetUtcNow();
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);

        // At least 40 s ahead: the bot starts (on a loaded CI machine, several seconds) and the outage begins first.
        var due = minute.AddMinutes(now.Second < 20 ? 1 : 2);
        await DeliveryFixture.SeedAsync(data.Path, database, Subscribers, FakeChatPlatform.DefaultPlatform, due);
        var platform = new FakeChatPlatform();
        var outage = new DatabaseOutage(data.Path, database);

        await using var bot = new InProcessBot(data.Path, database, new ShiftedClock(), services => services.AddSingleton<BriefingBot.Core.Delivery.IChatPlatform>(platform), "--Scheduling:JobStore=Database");
        await bot.StartAsync();

        // Take the database away only once the scheduler runs.
        await BotHarness.SchedulerRunningAsync(bot.Services);

        await outage.BeginAsync();
        var away = TimeProvider.System.GetUtcNow();
        Skip.If(away > due.AddSeconds(-2), $"the machine took until {away:HH:mm:ss.fff} to start the bot; the outage has to begin before the due minute ({due:HH:mm:ss})");
        var untilPastDue = due.AddSeconds(4) - TimeProvider.System.GetUtcNow();
        if (untilPastDue > TimeSpan.Zero)
        {
            await Task.Delay(untilPastDue);
        }

        Assert.True(platform.Sent.Count == 0, $"sent before the outage began at {away:HH:mm:ss.fff} (due {due:HH:mm:ss})");

        await outage.EndAsync();
        var back = System.Diagnostics.Stopwatch.StartNew();
        await Eventually.TrueAsync(() => platform.Sent.Count >= Subscribers, TimeSpan.FromSeconds(60), () => string.Join('\n', bot.Logs.Select(l => l.Message)));

        Assert.True(back.Elapsed < TimeSpan.FromSeconds(30), $"sent {back.Elapsed.TotalSeconds:F1} s after the database came back");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(Subscribers, platform.Sent.Count);
    }

    /// <summary>
    /// The database goes away while the bot starts, after its storage is ready and before the scheduler starts (a hosted
    /// service of the test's, run last at start). Quartz's start tries once, and before SchedulerStarter the bot then
    /// never fired anything while looking alive. Now the scheduler waits for the database and the due briefings go out
    /// once it is back.
    /// </summary>
    [SkippableFact]
    public async Task Start_DatabaseAwayWhenTheSchedulerStarts_StartsOnceItIsBackAndDelivers()
    {
        using var data = new TempDirectory();
        await using var database = await HostDatabase.CreateAsync(provider);
        var now = TimeProvider.System.GetUtcNow();
        var due = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        await DeliveryFixture.SeedAsync(data.Path, database, Subscribers, FakeChatPlatform.DefaultPlatform, due);
        var platform = new FakeChatPlatform();
        var outage = new DatabaseOutage(data.Path, database);

        await using var bot = new InProcessBot(data.Path, database, new ShiftedClock(), services =>
        {
            services.AddSingleton<BriefingBot.Core.Delivery.IChatPlatform>(platform);
            services.AddHostedService(_ => new OutageAtStart(outage));
        }, "--Scheduling:JobStore=Database");
        await bot.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Empty(platform.Sent);

        await outage.EndAsync();
        await Eventually.TrueAsync(() => platform.Sent.Count >= Subscribers, TimeSpan.FromSeconds(60), () => string.Join('\n', bot.Logs.Select(l => l.Message)));

        Assert.Contains(bot.Logs, l => l.Id.Id == 2030);
        Assert.Contains(bot.Logs, l => l.Id.Id == 2031);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(Subscribers, platform.Sent.Count);
    }

    /// <summary>Takes the database away as the last thing of the host's start, before the application counts as started.</summary>
    private sealed class OutageAtStart(DatabaseOutage outage) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => outage.BeginAsync();

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

public sealed class SqliteScheduleRecoveryTests() : ScheduleRecoveryTests("Sqlite");

public sealed class PostgresScheduleRecoveryTests() : ScheduleRecoveryTests("Postgres");
