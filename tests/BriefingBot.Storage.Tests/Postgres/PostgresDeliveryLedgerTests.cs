using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;
using BriefingBot.Storage.Tests.Stores;
using Dapper;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresDeliveryLedgerTests(PostgresStorageFixture fixture) : DeliveryLedgerTests(fixture), IClassFixture<PostgresStorageFixture>
{
    [SkippableFact]
    public async Task TryClaimAsync_RowLockedByAnotherTransaction_SkipsItWithoutWaiting()
    {
        var ledger = new SqlDeliveryLedger(Database.Database);
        var sub = new SubscriptionId(11);
        var day = new DateOnly(2025, 3, 10);
        var lease = TimeSpan.FromMinutes(5);
        Assert.True(await ledger.TryClaimAsync(sub, day, Database.Time.GetUtcNow(), lease, 3, CancellationToken.None));
        Database.Time.Advance(lease); // the lease is over: the row may be claimed again

        // Another worker holds the row (as while it records a send) in an open transaction.
        await using var holder = await Database.Database.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync(
            "SELECT 1 FROM delivery_ledger WHERE subscription_id = 11 FOR UPDATE;", transaction: transaction);

        // The claim must not queue behind that lock: it skips the row at once.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.False(await ledger.TryClaimAsync(sub, day, Database.Time.GetUtcNow(), lease, 3, patience.Token));

        await transaction.RollbackAsync();
        Assert.True(await ledger.TryClaimAsync(sub, day, Database.Time.GetUtcNow(), lease, 3, CancellationToken.None));
        Assert.Equal(2, (await ledger.GetAsync(sub, day, CancellationToken.None))?.Attempts);
    }
}
