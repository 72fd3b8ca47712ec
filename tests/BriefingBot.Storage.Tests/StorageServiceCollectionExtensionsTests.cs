using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.News;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private static readonly ChatAddress Chat = new("telegram", "-1001", "3");
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "briefingbot-storage-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddBriefingStorage_Defaults_CreatesDatabaseUnderContentRootData()
    {
        await using (var services = BuildProvider())
        {
            await services.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
        }

        Assert.True(File.Exists(Path.Combine(_contentRoot, "data", "briefingbot.db")));
    }

    [Fact]
    public async Task AddBriefingStorage_Always_RegistersEveryStore()
    {
        await using var services = BuildProvider();

        Assert.NotNull(services.GetService<IStoryStore>());
        Assert.NotNull(services.GetService<ISourceStateStore>());
        Assert.NotNull(services.GetService<ISubscriptionStore>());
        Assert.NotNull(services.GetService<IChatStore>());
        Assert.NotNull(services.GetService<IDeliveryLedger>());
    }

    [Fact]
    public async Task InitializeAsync_PostgresWithoutConnectionString_FailsNamingTheKey()
    {
        await using var services = BuildProvider(new() { ["Storage:Provider"] = "Postgres" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => services.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None));

        Assert.Contains("Storage:ConnectionString must name the PostgreSQL database", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sqlite", typeof(SqliteConnectionFactory))]
    [InlineData("Postgres", typeof(PostgresConnectionFactory))]
    public async Task AddBriefingStorage_Provider_StoresRunOnThatDatabase(string provider, Type expected)
    {
        // Building a data source does not connect, so no server is needed to see which database was chosen.
        await using var services = BuildProvider(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = provider == "Postgres" ? "Host=127.0.0.1;Database=briefingbot" : "",
        });

        Assert.IsType(expected, services.GetRequiredService<SqlDatabase>());
        Assert.Same(services.GetRequiredService<SqlDatabase>(), services.GetRequiredService<SqlDatabase>());
    }

    [Fact]
    public async Task Stores_AfterRestart_ReadBackSubscriptionsSettingsAndLedger()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 6, 0, 0, TimeSpan.Zero));
        var config = new Dictionary<string, string?> { ["Storage:DataDirectory"] = "state" };
        Subscription created;
        await using (var first = BuildProvider(config))
        {
            await first.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
            created = await first.GetRequiredService<ISubscriptionStore>()
                .UpsertAsync(Chat, "42", new TimeOnly(7, 15), "Asia/Tokyo", clock.GetUtcNow(), CancellationToken.None);
            await first.GetRequiredService<IChatStore>().SaveSettingsAsync(new ChatSettings(Chat, 7), CancellationToken.None);
            await first.GetRequiredService<IDeliveryLedger>()
                .TryClaimAsync(created.Id, new DateOnly(2025, 3, 10), clock.GetUtcNow(), TimeSpan.FromMinutes(5), 3, CancellationToken.None);
        }

        await using var second = BuildProvider(config);
        await second.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);

        Assert.Equal(created, await second.GetRequiredService<ISubscriptionStore>().GetByChatAsync(Chat, CancellationToken.None));
        Assert.Equal([created], await second.GetRequiredService<ISubscriptionStore>().ListActiveAsync(CancellationToken.None));
        Assert.Equal(new ChatSettings(Chat, 7), await second.GetRequiredService<IChatStore>().GetSettingsAsync(Chat, CancellationToken.None));
        Assert.False(await second.GetRequiredService<IDeliveryLedger>()
            .TryClaimAsync(created.Id, new DateOnly(2025, 3, 10), clock.GetUtcNow(), TimeSpan.FromMinutes(5), 3, CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(_contentRoot, "state", "briefingbot.db")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private ServiceProvider BuildProvider(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddBriefingStorage(_contentRoot);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
