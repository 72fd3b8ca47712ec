using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using Dapper;

namespace BriefingBot.Storage.Sqlite;

/// <summary>
/// The delivery ledger in SQLite. A claim is one conditional UPSERT: SQLite runs it under the database write lock,
/// so of several concurrent claimers exactly one sees a changed row. Sent and Skipped rows never change again.
/// </summary>
public sealed class SqliteDeliveryLedger(SqliteConnectionFactory connections) : IDeliveryLedger
{
    private const string ClaimSql = """
        INSERT INTO delivery_ledger (subscription_id, local_date, state, attempts, updated_at, lease_until)
        VALUES (@SubscriptionId, @LocalDate, 'Sending', 1, @Now, @LeaseUntil)
        ON CONFLICT (subscription_id, local_date) DO UPDATE SET
            state = 'Sending', attempts = attempts + 1, updated_at = excluded.updated_at, lease_until = excluded.lease_until
        WHERE state = 'Pending'
           OR (state = 'Failed' AND permanent = 0 AND attempts < @MaxAttempts)
           OR (state = 'Sending' AND (lease_until IS NULL OR lease_until <= @Now));
        """;

    // One statement records every outcome; a row that is already final is left as it is.
    private const string MarkSql = """
        INSERT INTO delivery_ledger (subscription_id, local_date, state, attempts, permanent, last_error, platform_message_id, updated_at, lease_until)
        VALUES (@SubscriptionId, @LocalDate, @State, @Attempts, @Permanent, @LastError, @PlatformMessageId, @Now, NULL)
        ON CONFLICT (subscription_id, local_date) DO UPDATE SET
            state = excluded.state,
            attempts = MAX(attempts, excluded.attempts),
            permanent = MAX(permanent, excluded.permanent),
            last_error = COALESCE(excluded.last_error, last_error),
            platform_message_id = COALESCE(excluded.platform_message_id, platform_message_id),
            updated_at = excluded.updated_at,
            lease_until = NULL
        WHERE state NOT IN ('Sent', 'Skipped');
        """;

    public async Task<bool> TryClaimAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            ClaimSql,
            new
            {
                SubscriptionId = subscriptionId.Value,
                LocalDate = SqliteText.FromDate(localDate),
                Now = SqliteText.FromTimestamp(now),
                LeaseUntil = SqliteText.FromTimestamp(now + lease),
                MaxAttempts = maxAttempts,
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
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT state AS State, attempts AS Attempts, last_error AS LastError, platform_message_id AS PlatformMessageId,
                   updated_at AS UpdatedAt, lease_until AS LeaseUntil
            FROM delivery_ledger WHERE subscription_id = @SubscriptionId AND local_date = @LocalDate;
            """,
            new { SubscriptionId = subscriptionId.Value, LocalDate = SqliteText.FromDate(localDate) },
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
                SqliteText.ToTimestamp(row.UpdatedAt),
                SqliteText.ToNullableTimestamp(row.LeaseUntil));
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
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            MarkSql,
            new
            {
                SubscriptionId = subscriptionId.Value,
                LocalDate = SqliteText.FromDate(localDate),
                State = state.ToString(),
                Attempts = attempts,
                Permanent = permanent,
                LastError = lastError,
                PlatformMessageId = platformMessageId,
                Now = SqliteText.FromTimestamp(now),
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
