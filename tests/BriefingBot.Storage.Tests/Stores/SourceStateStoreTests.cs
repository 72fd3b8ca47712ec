using BriefingBot.Core.News;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Stores;

public abstract class SourceStateStoreTests(StorageFixture fixture)
{
    private static readonly DateTimeOffset Noon = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task GetAsync_UnknownSource_ReturnsNull()
    {
        await using var database = await fixture.CreateDatabaseAsync();

        Assert.Null(await new SqlSourceStateStore(database.Database).GetAsync("bbc", CancellationToken.None));
    }

    [SkippableFact]
    public async Task SaveAsync_ThenGet_RoundTrips()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSourceStateStore(database.Database);
        var state = new SourceState("bbc", new FeedValidators("\"abc\"", Noon.AddHours(-1)), Noon, Noon.AddMinutes(-5), null, 0);

        await store.SaveAsync(state, CancellationToken.None);

        Assert.Equal(state, await store.GetAsync("bbc", CancellationToken.None));
    }

    [SkippableFact]
    public async Task SaveAsync_Twice_SecondReplacesFirst()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSourceStateStore(database.Database);
        await store.SaveAsync(new SourceState("bbc", new FeedValidators("\"abc\"", null), Noon, Noon, null, 0), CancellationToken.None);
        var failed = new SourceState("bbc", null, Noon.AddHours(1), Noon, "HTTP 503", 3);

        await store.SaveAsync(failed, CancellationToken.None);

        Assert.Equal(failed, await store.GetAsync("bbc", CancellationToken.None));
    }

    [SkippableFact]
    public async Task SaveAsync_EmptyValidators_StayDistinctFromNone()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSourceStateStore(database.Database);
        var state = new SourceState("bbc", new FeedValidators(null, null), null, null, null, 0);

        await store.SaveAsync(state, CancellationToken.None);

        Assert.Equal(state, await store.GetAsync("bbc", CancellationToken.None));
    }
}
