using System.Data.Common;
using System.Runtime.CompilerServices;
using BriefingBot.Storage.Migrations;
using BriefingBot.Storage.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage.Sqlite;

/// <summary>
/// Opens connections to the bot's SQLite file with WAL journaling, a 5 s busy timeout and foreign keys on.
/// Disposing it closes the pooled connections to the file, so a disposed host leaves the file closed.
/// Commits are synchronous = NORMAL, SQLite's recommended setting with WAL: a crash or kill of the bot loses no
/// committed write (the log is written before a commit returns); only a power cut or an OS crash can lose the last
/// commits, as the log is synced at checkpoints rather than at each commit. FULL synced every commit and held the
/// write lock through the sync, which capped a fan-out at a few hundred ledger writes a second.
/// </summary>
public sealed class SqliteConnectionFactory : SqlDatabase, IDisposable
{
    private const string PragmasSql = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Prepared = new();
    private static readonly object Marker = new();

    private readonly string _dataDirectory;

    public SqliteConnectionFactory(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        var dataDirectory = Path.GetFullPath(value.DataDirectory);
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(value.ConnectionString)
                ? $"Data Source={Path.Combine(dataDirectory, StorageOptions.DefaultDatabaseFileName)}"
                : value.ConnectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(dataDirectory, builder.DataSource);
        }

        builder.ForeignKeys = true;
        builder.DefaultTimeout = 5;
        ConnectionString = builder.ToString();
        DatabasePath = builder.DataSource;
        _dataDirectory = dataDirectory;
    }

    public string ConnectionString { get; }

    /// <summary>The database file (or ":memory:").</summary>
    public string DatabasePath { get; }

    public override string DisplayName => DatabasePath;

    internal override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    /// <summary>Creates the folder that holds the database file when it is missing.</summary>
    public void EnsureDirectory()
    {
        var directory = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory) && DatabasePath != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>Creates Storage:DataDirectory and the database file's folder.</summary>
    internal override void Prepare()
    {
        Directory.CreateDirectory(_dataDirectory);
        EnsureDirectory();
    }

    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    // SQLite has one write lock per database: BEGIN IMMEDIATE takes it at once, whatever the scope.
    internal override Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, WriteLock writeLock, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(AsSqlite(connection).BeginTransaction(deferred: false));

    // A deferred transaction reads one snapshot in WAL mode.
    internal override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(AsSqlite(connection).BeginTransaction(deferred: true));

    // Dapper expands "IN @List" into one parameter per element for SQLite.
    internal override string InList(string column, string parameter) => $"{column} IN {parameter}";

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // The pragmas belong to the native connection, which the pool hands out again and again: set them once per
            // native connection rather than once per open (a delivery opens a connection about ten times).
            if (connection.Handle is { } handle && !Prepared.TryGetValue(handle, out _))
            {
                using var command = connection.CreateCommand();
                command.CommandText = PragmasSql;
                await command.ExecuteNonQueryAsync(cancellationToken);
                Prepared.AddOrUpdate(handle, Marker);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqliteConnection AsSqlite(DbConnection connection) =>
        connection as SqliteConnection ?? throw new ArgumentException("Expected a connection this factory opened.", nameof(connection));

    public void Dispose()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
