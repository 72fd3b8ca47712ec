using BriefingBot.Core.State;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>
/// Leases in the cluster_leases table. Taking one is a single upsert that changes the row only when it is free, expired
/// or the caller's own, so of two instances asking at once exactly one gets a changed row (SQLite and PostgreSQL alike).
/// </summary>
public sealed class SqlLeaseStore(SqlDatabase database) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO cluster_leases (name, holder, expires_at) VALUES (@Name, @Holder, @ExpiresAt)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE cluster_leases.holder = excluded.holder OR cluster_leases.expires_at <= @Now;
            """,
            new { Name = name, Holder = holder, ExpiresAt = StorageText.FromTimestamp(now + duration), Now = StorageText.FromTimestamp(now) },
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM cluster_leases WHERE name = @Name AND holder = @Holder;", new { Name = name, Holder = holder }, cancellationToken: cancellationToken));
    }
}
