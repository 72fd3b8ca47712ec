using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Stores;

/// <summary>Cluster leases: one holder at a time, renewal by the holder, takeover after expiry, release, and no double win under a race.</summary>
public abstract class LeaseStoreTests(StorageFixture fixture)
{
    private const string Name = "telegram:polling";
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task TryAcquireAsync_FreeThenHeld_FirstWinsSecondWaitsHolderRenews()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var leases = new SqlLeaseStore(database.Database);

        Assert.True(await leases.TryAcquireAsync(Name, "a", Now, Lease, CancellationToken.None));
        Assert.False(await leases.TryAcquireAsync(Name, "b", Now.AddSeconds(29), Lease, CancellationToken.None));
        Assert.True(await leases.TryAcquireAsync(Name, "a", Now.AddSeconds(20), Lease, CancellationToken.None));

        // Renewed at +20 s, so it runs to +50 s.
        Assert.False(await leases.TryAcquireAsync(Name, "b", Now.AddSeconds(49), Lease, CancellationToken.None));
        Assert.True(await leases.TryAcquireAsync(Name, "b", Now.AddSeconds(50), Lease, CancellationToken.None));
        Assert.False(await leases.TryAcquireAsync(Name, "a", Now.AddSeconds(51), Lease, CancellationToken.None));
    }

    [SkippableFact]
    public async Task TryAcquireAsync_OtherName_Independent()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var leases = new SqlLeaseStore(database.Database);

        Assert.True(await leases.TryAcquireAsync("discord:gateway:0-1", "a", Now, Lease, CancellationToken.None));
        Assert.True(await leases.TryAcquireAsync("discord:gateway:2-3", "b", Now, Lease, CancellationToken.None));
    }

    [SkippableFact]
    public async Task ReleaseAsync_ByHolder_FreeAtOnce_ByOther_NoEffect()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var leases = new SqlLeaseStore(database.Database);
        await leases.TryAcquireAsync(Name, "a", Now, Lease, CancellationToken.None);

        await leases.ReleaseAsync(Name, "b", CancellationToken.None);
        Assert.False(await leases.TryAcquireAsync(Name, "b", Now.AddSeconds(1), Lease, CancellationToken.None));

        await leases.ReleaseAsync(Name, "a", CancellationToken.None);
        Assert.True(await leases.TryAcquireAsync(Name, "b", Now.AddSeconds(1), Lease, CancellationToken.None));
    }

    [SkippableFact]
    public async Task TryAcquireAsync_SixteenInstancesAtOnce_ExactlyOneWins()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var leases = new SqlLeaseStore(database.Database);

        for (var round = 0; round < 5; round++)
        {
            var at = Now.AddMinutes(round);
            using var start = new ManualResetEventSlim();
            var attempts = Enumerable.Range(0, 16)
                .Select(i => Task.Run(async () =>
                {
                    start.Wait();
                    return await leases.TryAcquireAsync(Name, $"instance-{round}-{i}", at, Lease, CancellationToken.None);
                }))
                .ToList();
            start.Set();

            Assert.Equal(1, (await Task.WhenAll(attempts)).Count(won => won));
        }
    }
}
