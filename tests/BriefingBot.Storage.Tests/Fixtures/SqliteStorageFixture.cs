using BriefingBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage.Tests.Fixtures;

/// <summary>SQLite: every test gets a file in a fresh temporary folder, deleted (pools cleared first) afterwards.</summary>
public sealed class SqliteStorageFixture : StorageFixture
{
    protected override Task<TestDatabase> CreateEmptyAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "briefingbot-storage-tests", Guid.NewGuid().ToString("N"));
        return Task.FromResult(new TestDatabase(pooling => Connect(directory, pooling), () => DeleteAsync(directory)));
    }

    public static SqliteConnectionFactory Connect(string directory, bool pooling = true)
    {
        var options = new StorageOptions
        {
            DataDirectory = directory,
            ConnectionString = pooling ? string.Empty : $"Data Source={StorageOptions.DefaultDatabaseFileName};Pooling=False",
        };
        var factory = new SqliteConnectionFactory(Options.Create(options));
        factory.EnsureDirectory();
        return factory;
    }

    private static ValueTask DeleteAsync(string directory)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
