using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage.Sqlite;

/// <summary>
/// Opens connections to the bot's SQLite file with WAL journaling, a 5 s busy timeout and foreign keys on.
/// Disposing it closes the pooled connections to the file, so a disposed host leaves the file closed.
/// </summary>
public sealed class SqliteConnectionFactory : IDisposable
{
    private const string PragmasSql = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

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
    }

    public string ConnectionString { get; }

    /// <summary>The database file (or ":memory:").</summary>
    public string DatabasePath { get; }

    /// <summary>Creates the folder that holds the database file when it is missing.</summary>
    public void EnsureDirectory()
    {
        var directory = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory) && DatabasePath != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = PragmasSql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Dispose()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
