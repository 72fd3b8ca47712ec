using System.Data;
using System.Data.Common;
using BriefingBot.Storage.Migrations;
using BriefingBot.Storage.Sql;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>
/// Opens pooled connections to the PostgreSQL database named by Storage:ConnectionString (one NpgsqlDataSource).
/// Exclusive transactions take a transaction-scoped advisory lock, so every instance sharing the database waits its turn.
/// </summary>
public sealed class PostgresConnectionFactory : SqlDatabase, IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresConnectionFactory(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("Storage:ConnectionString must name the PostgreSQL database when Storage:Provider is 'Postgres'.", nameof(options));
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        DisplayName = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        ConnectionString = builder.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string DisplayName { get; }

    /// <summary>The connection string (it holds the password: never log it), for clients with pools of their own (Quartz).</summary>
    public string ConnectionString { get; }

    internal override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    internal override async Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, WriteLock writeLock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@Key);", new { Key = (long)writeLock }, transaction, cancellationToken: cancellationToken));
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    internal override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
    }

    // Dapper passes a list as one array parameter to Npgsql.
    internal override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
