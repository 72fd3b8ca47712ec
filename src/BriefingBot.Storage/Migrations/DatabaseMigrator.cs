using System.Data.Common;
using BriefingBot.Storage.Sql;
using Dapper;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Storage.Migrations;

/// <summary>
/// Applies pending migrations of the configured database's dialect in version order, each in its own exclusive
/// transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: pg_advisory_xact_lock) that re-reads the version first, and
/// records them in schema_migrations. Several instances starting together apply each migration once; running it again
/// does nothing. It refuses a database whose schema is newer than this build.
/// </summary>
public sealed partial class DatabaseMigrator
{
    private const string CreateHistorySql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    private const string CurrentVersionSql = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations;";

    private readonly SqlDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DatabaseMigrator> _logger;
    private readonly IReadOnlyList<Migration> _migrations;

    public DatabaseMigrator(SqlDatabase database, TimeProvider timeProvider, ILogger<DatabaseMigrator> logger)
        : this(database, timeProvider, logger, database?.Migrations ?? throw new ArgumentNullException(nameof(database)))
    {
    }

    internal DatabaseMigrator(SqlDatabase database, TimeProvider timeProvider, ILogger<DatabaseMigrator> logger, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version <= migrations[i - 1].Version)
            {
                throw new ArgumentException($"Migration versions must increase: {migrations[i].Version} follows {migrations[i - 1].Version}.", nameof(migrations));
            }
        }

        _database = database;
        _timeProvider = timeProvider;
        _logger = logger;
        _migrations = migrations;
    }

    /// <summary>The newest schema version this build knows.</summary>
    public int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>Brings the database up to <see cref="LatestVersion"/>; returns the number of migrations applied.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        long current;

        // Under the lock too: PostgreSQL's CREATE TABLE IF NOT EXISTS can still collide with a concurrent one.
        await using (var transaction = await _database.BeginExclusiveAsync(connection, WriteLock.Migrations, cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(CreateHistorySql, transaction: transaction, cancellationToken: cancellationToken));
            current = await CurrentVersionAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        EnsureNotNewer(current);

        // Every migration not yet recorded, not only those above the highest: branches may land a lower number after
        // a higher one (7 after 8), and a database already at 8 must still get 7.
        var applied = 0;
        foreach (var migration in _migrations)
        {
            if (await ApplyAsync(connection, migration, cancellationToken))
            {
                applied++;
            }
        }

        Log.SchemaReady(_logger, _database.DisplayName, LatestVersion, applied);
        return applied;
    }

    private async Task<bool> ApplyAsync(DbConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await _database.BeginExclusiveAsync(connection, WriteLock.Migrations, cancellationToken);

        // Another instance may have migrated between our read and our write lock.
        EnsureNotNewer(await CurrentVersionAsync(connection, transaction, cancellationToken));
        var recorded = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version;", new { migration.Version }, transaction, cancellationToken: cancellationToken));
        if (recorded > 0)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);",
            new { migration.Version, migration.Name, AppliedAt = StorageText.FromTimestamp(_timeProvider.GetUtcNow()) },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        Log.MigrationApplied(_logger, migration.Version, migration.Name);
        return true;
    }

    private static Task<long> CurrentVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(CurrentVersionSql, transaction: transaction, cancellationToken: cancellationToken));

    private void EnsureNotNewer(long current)
    {
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database '{_database.DisplayName}' has schema version {current}, but this build of BriefingBot knows versions up to {LatestVersion}. " +
                "Run a newer BriefingBot, or point Storage:ConnectionString at another database.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Applied storage migration {Version} ({Name})")]
        public static partial void MigrationApplied(ILogger logger, int version, string name);

        [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Storage schema at {Database} is at version {Version} ({Applied} migrations applied now)")]
        public static partial void SchemaReady(ILogger logger, string database, int version, int applied);
    }
}
