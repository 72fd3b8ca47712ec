using BriefingBot.Storage.Migrations;
using BriefingBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Tests;

/// <summary>A real SQLite file in a fresh temporary folder, deleted (pools cleared first) on dispose.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly List<SqliteConnectionFactory> _factories = [];

    private TempDatabase(string directory)
    {
        Directory = directory;
        Connections = CreateFactory();
    }

    public string Directory { get; }

    public SqliteConnectionFactory Connections { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 10, 6, 0, 0, TimeSpan.Zero));

    /// <summary>A folder of its own, not yet migrated.</summary>
    public static TempDatabase CreateEmpty() =>
        new(Path.Combine(Path.GetTempPath(), "briefingbot-storage-tests", Guid.NewGuid().ToString("N")));

    /// <summary>A folder of its own with the schema applied.</summary>
    public static async Task<TempDatabase> CreateAsync()
    {
        var database = CreateEmpty();
        await database.CreateMigrator().MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>Another factory for the same file; <paramref name="pooling"/> false gives every open its own connection.</summary>
    public SqliteConnectionFactory CreateFactory(bool pooling = true)
    {
        var options = new StorageOptions
        {
            DataDirectory = Directory,
            ConnectionString = pooling ? string.Empty : $"Data Source={StorageOptions.DefaultDatabaseFileName};Pooling=False",
        };
        var factory = new SqliteConnectionFactory(Options.Create(options));
        factory.EnsureDirectory();
        _factories.Add(factory);
        return factory;
    }

    internal DatabaseMigrator CreateMigrator(IReadOnlyList<Migration>? migrations = null) =>
        new(Connections, Time, NullLogger<DatabaseMigrator>.Instance, migrations ?? SqliteMigrations.All);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
