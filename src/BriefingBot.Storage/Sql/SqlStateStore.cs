using BriefingBot.Core.State;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>Adapter state (offsets, sessions, hashes) in the adapter_state table.</summary>
public sealed class SqlStateStore(SqlDatabase database) : IStateStore
{
    public async Task<string?> GetAsync(string scope, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT value FROM adapter_state WHERE scope = @Scope AND key = @Key;", new { Scope = scope, Key = key }, cancellationToken: cancellationToken));
    }

    public async Task SetAsync(string scope, string key, string value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO adapter_state (scope, key, value, updated_at) VALUES (@Scope, @Key, @Value, @Now)
            ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;
            """,
            new { Scope = scope, Key = key, Value = value, Now = StorageText.FromTimestamp(now) },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> DeleteAsync(string scope, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM adapter_state WHERE scope = @Scope AND key = @Key;", new { Scope = scope, Key = key }, cancellationToken: cancellationToken)) > 0;
    }
}
