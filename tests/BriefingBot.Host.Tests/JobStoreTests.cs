using BriefingBot.Host.Hosting;
using BriefingBot.Host.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace BriefingBot.Host.Tests;

/// <summary>Quartz keeps its schedule in the bot's database (clustered on PostgreSQL) unless Scheduling:JobStore=Memory.</summary>
public sealed class JobStoreTests
{
    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Scheduler_DefaultJobStore_PersistsInTheConfiguredDatabaseAcrossRestarts(string provider)
    {
        using var data = new TempDirectory();
        await using var database = await HostDatabase.CreateAsync(provider);

        for (var start = 0; start < 2; start++)
        {
            using var host = Build(data.Path, database);
            await host.StartAsync();
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var metadata = await scheduler.GetMetadata();
            var delivery = await scheduler.GetJobDetail(SchedulingServiceCollectionExtensions.DeliveryJobKey);
            await host.StopAsync();

            Assert.True(metadata.JobStorePersistent);
            Assert.Equal(database.IsPostgres, metadata.JobStoreClustered);
            Assert.NotNull(delivery);
        }
    }

    [Fact]
    public async Task Scheduler_MemoryJobStore_KeepsNothing()
    {
        using var data = new TempDirectory();
        await using var database = await HostDatabase.CreateAsync("Sqlite");
        using var host = Build(data.Path, database, "--Scheduling:JobStore=Memory");
        await host.StartAsync();
        var metadata = await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).GetMetadata();
        await host.StopAsync();

        Assert.False(metadata.JobStorePersistent);
    }

    internal static IHost Build(string dataDirectory, HostDatabase database, params string[] extra) =>
        BriefingHostBuilder.Create(BotHarness.OfflineArgs(dataDirectory, [.. database.Args, "--Console:Enabled=false", .. extra]), runBot: true, RepoPaths.Root).Build();
}
