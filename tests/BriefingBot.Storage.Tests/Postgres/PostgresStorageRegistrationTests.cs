using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Storage.Tests.Postgres;

/// <summary>The host's path to PostgreSQL: configuration -> AddBriefingStorage -> initializer -> stores, across a restart.</summary>
public sealed class PostgresStorageRegistrationTests(PostgresStorageFixture fixture) : IClassFixture<PostgresStorageFixture>
{
    private static readonly ChatAddress Chat = new("telegram", "-1001", "3");
    private static readonly DateTimeOffset Now = new DateTimeOffset(2025, 3, 10, 6, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

    [SkippableFact]
    public async Task Stores_PostgresProviderAfterRestart_MigratedOnceAndReadBack()
    {
        await using var database = await fixture.CreateDatabaseAsync(migrate: false);
        Subscription created;
        await using (var first = BuildProvider())
        {
            Assert.IsType<PostgresConnectionFactory>(first.GetRequiredService<SqlDatabase>());
            await first.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
            created = await first.GetRequiredService<ISubscriptionStore>()
                .UpsertAsync(Chat, "42", new TimeOnly(7, 15), "Asia/Tokyo", Now, CancellationToken.None);
            await first.GetRequiredService<IDeliveryLedger>()
                .TryClaimAsync(created.Id, new DateOnly(2025, 3, 10), Now, TimeSpan.FromMinutes(5), 3, CancellationToken.None);
        }

        await using var second = BuildProvider();
        await second.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);

        Assert.Equal(created, await second.GetRequiredService<ISubscriptionStore>().GetByChatAsync(Chat, CancellationToken.None));
        Assert.Equal(Now, created.CreatedAt);
        Assert.Equal(Now.AddMinutes(5), (await second.GetRequiredService<IDeliveryLedger>().GetAsync(created.Id, new DateOnly(2025, 3, 10), CancellationToken.None))?.LeaseUntil);
        Assert.Equal(database.Database.Migrations.Count, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    private ServiceProvider BuildProvider()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = fixture.ConnectionString,
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddBriefingStorage(Path.GetTempPath())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
