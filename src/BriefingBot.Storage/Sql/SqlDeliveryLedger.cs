using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>
/// The delivery ledger. On SQLite a claim is one conditional UPSERT (INSERT ... ON CONFLICT DO UPDATE ... WHERE) under
/// the database write lock, so of several concurrent claimers exactly one sees a changed row. On PostgreSQL a claim
/// locks an existing row with FOR UPDATE SKIP LOCKED: a worker (of this instance or another) never waits on a row
/// someone else is claiming or recording — it skips it, and the row's holder decides it — and a new row is inserted
/// with ON CONFLICT DO NOTHING, so of two inserting claimers one wins. Sent and Skipped rows never change again.
/// Columns of the existing row are qualified with the table name, which both dialects accept and PostgreSQL needs
/// beside "excluded".
/// </summary>
public sealed class SqlDeliveryLedger(SqlDatabase database) : IDeliveryLedger
{
    private const string ClaimSql = """
        INSERT INTO delivery_ledger (subscription_id, local_date, state, attempts, updated_at, lease_until)
        VALUES (@SubscriptionId, @LocalDate, 'Sending', 1, @Now, @LeaseUntil)
        ON CONFLICT (subscription_id, local_date) DO UPDATE SET
            state = 'Sending', attempts = delivery_ledger.attempts + 1, updated_at = excluded.updated_at, lease_until = excluded.lease_until
        WHERE delivery_ledger.state = 'Pending'
           OR (delivery_ledger.state = 'Failed' AND delivery_ledger.permanent = FALSE AND delivery_ledger.attempts < @MaxAttempts)
           OR (delivery_ledger.state = 'Sending' AND (delivery_ledger.lease_until IS NULL OR delivery_ledger.lease_until <= @Now));
        """;

    // One statement: "existing" is the row, locked, unless another transaction holds it (then nothing, and the claim
    // fails without waiting); "claimed" takes it when it is claimable; "inserted" adds a missing row, and loses to a
    // concurrent insert. The statement's snapshot sees a row a concurrent transaction holds, so no insert is tried then.
    private const string PostgresClaimSql = """
        WITH existing AS (
            SELECT subscription_id, local_date FROM delivery_ledger
            WHERE subscription_id = @SubscriptionId AND local_date = @LocalDate
            FOR UPDATE SKIP LOCKED
        ), claimed AS (
            UPDATE delivery_ledger SET
                state = 'Sending', attempts = delivery_ledger.attempts + 1, updated_at = @Now, lease_until = @LeaseUntil
            FROM existing
            WHERE delivery_ledger.subscription_id = existing.subscription_id AND delivery_ledger.local_date = existing.local_date
              AND (delivery_ledger.state = 'Pending'
                OR (delivery_ledger.state = 'Failed' AND delivery_ledger.permanent = FALSE AND delivery_ledger.attempts < @MaxAttempts)
                OR (delivery_ledger.state = 'Sending' AND (delivery_ledger.lease_until IS NULL OR delivery_ledger.lease_until <= @Now)))
            RETURNING 1
        ), inserted AS (
            INSERT INTO delivery_ledger (subscription_id, local_date, state, attempts, updated_at, lease_until)
            SELECT @SubscriptionId, @LocalDate, 'Sending', 1, @Now, @LeaseUntil
            WHERE NOT EXISTS (SELECT 1 FROM delivery_ledger WHERE subscription_id = @SubscriptionId AND local_date = @LocalDate)
            ON CONFLICT (subscription_id, local_date) DO NOTHING
            RETURNING 1
        )
        SELECT (SELECT COUNT(*) FROM claimed) + (SELECT COUNT(*) FROM inserted);
        """;

    // One statement records every outcome; a row that is already final is left as it is.
    private const string MarkSql = """
        INSERT INTO delivery_ledger (subscription_id, local_date, state, attempts, permanent, last_error, platform_message_id, updated_at, lease_until)
        VALUES (@SubscriptionId, @LocalDate, @State, @Attempts, @Permanent, @LastError, @PlatformMessageId, @Now, NULL)
        ON CONFLICT (subscription_id, local_date) DO UPDATE SET
            state = excluded.state,
            attempts = CASE WHEN excluded.attempts > delivery_ledger.attempts THEN excluded.attempts ELSE delivery_ledger.attempts END,
            permanent = (delivery_ledger.permanent OR excluded.permanent),
            last_error = COALESCE(excluded.last_error, delivery_ledger.last_error),
            platform_message_id = COALESCE(excluded.platform_message_id, delivery_ledger.platform_message_id),
            updated_at = excluded.updated_at,
            lease_until = NULL
        WHERE delivery_ledger.state NOT IN ('Sent', 'Skipped');
        """;

    public async Task<bool> TryClaimAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var postgres = database is Postgres.PostgresConnectionFactory;
        var claim = new CommandDefinition(
            postgres ? PostgresClaimSql : ClaimSql,
            new
            {
                SubscriptionId = subscriptionId.Value,
                LocalDate = StorageText.FromDate(localDate),
                Now = StorageText.FromTimestamp(now),
                LeaseUntil = StorageText.FromTimestamp(now + lease),
                MaxAttempts = maxAttempts,
            },
            cancellationToken: cancellationToken);
        var changed = postgres ? await connection.ExecuteScalarAsync<long>(claim) : await connection.ExecuteAsync(claim);
        return changed == 1;
    }

    public async Task<bool> ExtendLeaseAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE delivery_ledger SET lease_until = @LeaseUntil
            WHERE subscription_id = @SubscriptionId AND local_date = @LocalDate AND state = 'Sending' AND lease_until > @Now;
            """,
            new
            {
                SubscriptionId = subscriptionId.Value,
                LocalDate = StorageText.FromDate(localDate),
                Now = StorageText.FromTimestamp(now),
                LeaseUntil = StorageText.FromTimestamp(now + lease),
            },
            cancellationToken: cancellationToken));
        return changed == 1;
    }

    public Task MarkSentAsync(SubscriptionId subscriptionId, DateOnly localDate, string? platformMessageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        MarkAsync(subscriptionId, localDate, DeliveryState.Sent, attempts: 1, permanent: false, lastError: null, platformMessageId, now, cancellationToken);

    public Task MarkFailedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, bool permanent, DateTimeOffset now, CancellationToken cancellationToken) =>
        MarkAsync(subscriptionId, localDate, DeliveryState.Failed, attempts: 1, permanent, reason, platformMessageId: null, now, cancellationToken);

    public Task MarkSkippedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        MarkAsync(subscriptionId, localDate, DeliveryState.Skipped, attempts: 0, permanent: false, reason, platformMessageId: null, now, cancellationToken);

    public async Task<DeliveryEntry?> GetAsync(SubscriptionId subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT state AS State, attempts AS Attempts, last_error AS LastError, platform_message_id AS PlatformMessageId,
                   updated_at AS UpdatedAt, lease_until AS LeaseUntil
            FROM delivery_ledger WHERE subscription_id = @SubscriptionId AND local_date = @LocalDate;
            """,
            new { SubscriptionId = subscriptionId.Value, LocalDate = StorageText.FromDate(localDate) },
            cancellationToken: cancellationToken));
        return row is null
            ? null
            : new DeliveryEntry(
                subscriptionId,
                localDate,
                Enum.Parse<DeliveryState>(row.State),
                row.Attempts,
                row.LastError,
                row.PlatformMessageId,
                StorageText.ToTimestamp(row.UpdatedAt),
                StorageText.ToNullableTimestamp(row.LeaseUntil));
    }

    private async Task MarkAsync(
        SubscriptionId subscriptionId,
        DateOnly localDate,
        DeliveryState state,
        int attempts,
        bool permanent,
        string? lastError,
        string? platformMessageId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            MarkSql,
            new
            {
                SubscriptionId = subscriptionId.Value,
                LocalDate = StorageText.FromDate(localDate),
                State = state.ToString(),
                Attempts = attempts,
                Permanent = permanent,
                LastError = lastError,
                PlatformMessageId = platformMessageId,
                Now = StorageText.FromTimestamp(now),
            },
            cancellationToken: cancellationToken));
    }

    internal sealed class Row
    {
        public string State { get; set; } = string.Empty;

        public int Attempts { get; set; }

        public string? LastError { get; set; }

        public string? PlatformMessageId { get; set; }

        public string UpdatedAt { get; set; } = string.Empty;

        public string? LeaseUntil { get; set; }
    }
}
