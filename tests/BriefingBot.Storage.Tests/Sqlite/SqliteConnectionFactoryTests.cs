using BriefingBot.Storage.Sqlite;
using BriefingBot.Storage.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteConnectionFactoryTests(SqliteStorageFixture fixture) : IClassFixture<SqliteStorageFixture>
{
    [Fact]
    public async Task OpenAsync_Always_UsesWalBusyTimeoutAndForeignKeys()
    {
        await using var database = await fixture.CreateDatabaseAsync(migrate: false);
        await using var connection = await Assert.IsType<SqliteConnectionFactory>(database.Database).OpenAsync(CancellationToken.None);

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("5000", await PragmaAsync(connection, "busy_timeout"));
        Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
    }

    [Fact]
    public void Constructor_EmptyConnectionString_UsesDefaultFileInDataDirectory()
    {
        using var factory = new SqliteConnectionFactory(Options.Create(new StorageOptions { DataDirectory = "/srv/bot/data" }));

        Assert.Equal("/srv/bot/data/briefingbot.db", factory.DatabasePath);
    }

    [Fact]
    public void Constructor_RelativeDataSource_ResolvesAgainstDataDirectory()
    {
        var options = new StorageOptions { DataDirectory = "/srv/bot/data", ConnectionString = "Data Source=other.db" };

        using var factory = new SqliteConnectionFactory(Options.Create(options));

        Assert.Equal("/srv/bot/data/other.db", factory.DatabasePath);
    }

    private static async Task<string?> PragmaAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
