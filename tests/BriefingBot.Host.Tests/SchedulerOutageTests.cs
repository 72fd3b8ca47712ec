using BriefingBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Tests;

/// <summary>With Quartz's schedule in the bot's database, the scheduler fires again once the database is back.</summary>
public sealed class SchedulerOutageTests
{
    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Scheduler_DatabaseBackAfterOutage_FiresDeliveriesAgain(string provider)
    {
        using var data = new TempDirectory();
        await using var database = await HostDatabase.CreateAsync(provider);
        await DeliveryFixture.SeedAsync(data.Path, database, count: 0);
        var platform = new FakeChatPlatform();
        var outage = new DatabaseOutage(data.Path, database);

        await using var bot = new InProcessBot(data.Path, database, new ShiftedClock(), services => services.AddSingleton<BriefingBot.Core.Delivery.IChatPlatform>(platform));
        await bot.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await outage.BeginAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await outage.EndAsync();

        await DeliveryFixture.SeedAsync(data.Path, database, count: 3, FakeChatPlatform.DefaultPlatform);
        await Eventually.TrueAsync(() => platform.Sent.Count >= 3, TimeSpan.FromSeconds(45), bot.TriggersAsync);
    }
}
