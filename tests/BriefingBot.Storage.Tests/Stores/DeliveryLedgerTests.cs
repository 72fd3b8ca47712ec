using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Stores;

public abstract class DeliveryLedgerTests(StorageFixture fixture) : DatabasePerTest(fixture)
{
    private static readonly SubscriptionId Sub = new(7);
    private static readonly DateOnly Day = new(2025, 3, 10);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private const int MaxAttempts = 3;

    private SqlDeliveryLedger Ledger => new(Database.Database);

    [SkippableFact]
    public async Task TryClaimAsync_NewRow_ClaimsWithLeaseAndOneAttempt()
    {
        var now = Database.Time.GetUtcNow();

        Assert.True(await ClaimAsync());

        var entry = await Ledger.GetAsync(Sub, Day, CancellationToken.None);
        Assert.Equal(new DeliveryEntry(Sub, Day, DeliveryState.Sending, 1, null, null, now, now + Lease), entry);
    }

    [SkippableFact]
    public async Task TryClaimAsync_WhileLeased_False()
    {
        await ClaimAsync();
        Database.Time.Advance(Lease - TimeSpan.FromSeconds(1));

        Assert.False(await ClaimAsync());
        Assert.Equal(1, (await Ledger.GetAsync(Sub, Day, CancellationToken.None))?.Attempts);
    }

    [SkippableFact]
    public async Task ExtendLeaseAsync_WhileLeased_MovesTheLeaseOn()
    {
        await ClaimAsync();
        Database.Time.Advance(Lease - TimeSpan.FromSeconds(1));

        Assert.True(await Ledger.ExtendLeaseAsync(Sub, Day, Database.Time.GetUtcNow(), Lease, CancellationToken.None));

        Database.Time.Advance(TimeSpan.FromSeconds(2)); // past the first lease
        Assert.False(await ClaimAsync());
        Assert.Equal(Database.Time.GetUtcNow() - TimeSpan.FromSeconds(2) + Lease, (await Ledger.GetAsync(Sub, Day, CancellationToken.None))?.LeaseUntil);
    }

    [SkippableFact]
    public async Task ExtendLeaseAsync_LeaseRunOutOrRowFinished_False()
    {
        await ClaimAsync();
        Database.Time.Advance(Lease);
        Assert.False(await Ledger.ExtendLeaseAsync(Sub, Day, Database.Time.GetUtcNow(), Lease, CancellationToken.None));

        Assert.True(await ClaimAsync());
        await Ledger.MarkSentAsync(Sub, Day, "m1", Database.Time.GetUtcNow(), CancellationToken.None);
        Assert.False(await Ledger.ExtendLeaseAsync(Sub, Day, Database.Time.GetUtcNow(), Lease, CancellationToken.None));
        Assert.Null((await Ledger.GetAsync(Sub, Day, CancellationToken.None))?.LeaseUntil);
    }

    [SkippableFact]
    public async Task TryClaimAsync_LeaseExpired_ClaimsAgain()
    {
        await ClaimAsync();
        Database.Time.Advance(Lease);

        Assert.True(await ClaimAsync());
        var entry = await Ledger.GetAsync(Sub, Day, CancellationToken.None);
        Assert.Equal(2, entry?.Attempts);
        Assert.Equal(Database.Time.GetUtcNow() + Lease, entry?.LeaseUntil);
    }

    [SkippableFact]
    public async Task TryClaimAsync_AfterSent_FalseForever()
    {
        await ClaimAsync();
        await Ledger.MarkSentAsync(Sub, Day, "msg-1", Database.Time.GetUtcNow(), CancellationToken.None);
        Database.Time.Advance(TimeSpan.FromDays(1));

        Assert.False(await ClaimAsync());
        await Ledger.MarkFailedAsync(Sub, Day, "late", permanent: false, Database.Time.GetUtcNow(), CancellationToken.None);
        var entry = await Ledger.GetAsync(Sub, Day, CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, entry?.State);
        Assert.Equal("msg-1", entry?.PlatformMessageId);
        Assert.Null(entry?.LeaseUntil);
    }

    [SkippableFact]
    public async Task TryClaimAsync_FailedBelowMaxAttempts_RetriedUntilMax()
    {
        var claims = new List<bool>();
        for (var i = 0; i < MaxAttempts + 1; i++)
        {
            var claimed = await ClaimAsync();
            claims.Add(claimed);
            if (claimed)
            {
                await Ledger.MarkFailedAsync(Sub, Day, "HTTP 502", permanent: false, Database.Time.GetUtcNow(), CancellationToken.None);
            }
        }

        Assert.Equal([true, true, true, false], claims);
        var entry = await Ledger.GetAsync(Sub, Day, CancellationToken.None);
        Assert.Equal(DeliveryState.Failed, entry?.State);
        Assert.Equal(MaxAttempts, entry?.Attempts);
        Assert.Equal("HTTP 502", entry?.LastError);
    }

    [SkippableFact]
    public async Task TryClaimAsync_PermanentFailure_NotRetried()
    {
        await ClaimAsync();
        await Ledger.MarkFailedAsync(Sub, Day, "bot was blocked", permanent: true, Database.Time.GetUtcNow(), CancellationToken.None);

        Assert.False(await ClaimAsync());
        Assert.Equal(1, (await Ledger.GetAsync(Sub, Day, CancellationToken.None))?.Attempts);
    }

    [SkippableFact]
    public async Task TryClaimAsync_Skipped_FinalEvenWithoutClaim()
    {
        await Ledger.MarkSkippedAsync(Sub, Day, "missed the grace window", Database.Time.GetUtcNow(), CancellationToken.None);

        Assert.False(await ClaimAsync());
        await Ledger.MarkSentAsync(Sub, Day, "msg", Database.Time.GetUtcNow(), CancellationToken.None);
        var entry = await Ledger.GetAsync(Sub, Day, CancellationToken.None);
        Assert.Equal(DeliveryState.Skipped, entry?.State);
        Assert.Equal("missed the grace window", entry?.LastError);
    }

    [SkippableFact]
    public async Task TryClaimAsync_OtherDateOrSubscription_Independent()
    {
        await ClaimAsync();

        Assert.True(await Ledger.TryClaimAsync(Sub, Day.AddDays(1), Database.Time.GetUtcNow(), Lease, MaxAttempts, CancellationToken.None));
        Assert.True(await Ledger.TryClaimAsync(new SubscriptionId(8), Day, Database.Time.GetUtcNow(), Lease, MaxAttempts, CancellationToken.None));
    }

    [SkippableFact]
    public async Task GetAsync_NoRow_ReturnsNull()
    {
        Assert.Null(await Ledger.GetAsync(Sub, Day, CancellationToken.None));
    }

    [SkippableFact]
    public async Task TryClaimAsync_ParallelClaimersOnSeparateConnections_ExactlyOneWins()
    {
        Assert.Single(await ClaimInParallelAsync(Database.Time.GetUtcNow()), claimed => claimed);
        Assert.Equal(1, (await Ledger.GetAsync(Sub, Day, CancellationToken.None))?.Attempts);
    }

    [SkippableFact]
    public async Task TryClaimAsync_ParallelClaimersOfAnExpiredClaim_ExactlyOneWins()
    {
        // The row exists (a crashed sender's claim): on PostgreSQL the claimers lock it with SKIP LOCKED, so those that
        // find it held skip it, and the one holding it re-checks its lease.
        await ClaimAsync();
        Database.Time.Advance(Lease);

        Assert.Single(await ClaimInParallelAsync(Database.Time.GetUtcNow()), claimed => claimed);
        Assert.Equal(2, (await Ledger.GetAsync(Sub, Day, CancellationToken.None))?.Attempts);
    }

    private async Task<bool[]> ClaimInParallelAsync(DateTimeOffset now)
    {
        const int Claimers = 16;
        var ledgers = Enumerable.Range(0, Claimers).Select(_ => new SqlDeliveryLedger(Database.Connect(pooling: false))).ToList();
        using var start = new ManualResetEventSlim();

        var claims = ledgers.Select(ledger => Task.Run(async () =>
        {
            start.Wait();
            return await ledger.TryClaimAsync(Sub, Day, now, Lease, MaxAttempts, CancellationToken.None);
        })).ToList();
        start.Set();
        return await Task.WhenAll(claims);
    }

    private Task<bool> ClaimAsync() =>
        Ledger.TryClaimAsync(Sub, Day, Database.Time.GetUtcNow(), Lease, MaxAttempts, CancellationToken.None);
}
