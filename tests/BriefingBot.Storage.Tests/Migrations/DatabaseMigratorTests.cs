using BriefingBot.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Storage.Tests.Migrations;

public sealed class DatabaseMigratorTests
{
    [Fact]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryMigrationOnce()
    {
        await using var database = TempDatabase.CreateEmpty();
        var migrator = database.CreateMigrator();

        var applied = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(SqliteMigrations.All.Count, applied);
        Assert.Equal(SqliteMigrations.All.Count, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(migrator.LatestVersion, await database.ScalarAsync("SELECT MAX(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task MigrateAsync_RunTwice_SecondRunAppliesNothing()
    {
        await using var database = TempDatabase.CreateEmpty();
        await database.CreateMigrator().MigrateAsync(CancellationToken.None);

        var applied = await database.CreateMigrator().MigrateAsync(CancellationToken.None);

        Assert.Equal(0, applied);
        Assert.Equal(SqliteMigrations.All.Count, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task MigrateAsync_OlderSchema_AppliesOnlyTheNewMigrations()
    {
        await using var database = TempDatabase.CreateEmpty();
        await database.CreateMigrator(SqliteMigrations.All.Take(2).ToList()).MigrateAsync(CancellationToken.None);

        var applied = await database.CreateMigrator().MigrateAsync(CancellationToken.None);

        Assert.Equal(SqliteMigrations.All.Count - 2, applied);
    }

    [Fact]
    public async Task MigrateAsync_SchemaNewerThanBuild_ThrowsNamingBothVersions()
    {
        await using var database = await TempDatabase.CreateAsync();
        var future = SqliteMigrations.All[^1].Version + 1;
        await database.ScalarAsync($"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({future}, 'future', '2030-01-01T00:00:00.0000000Z')");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.CreateMigrator().MigrateAsync(CancellationToken.None));

        Assert.Contains($"schema version {future}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"up to {future - 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_FailingMigration_RollsItBackAndKeepsEarlierOnes()
    {
        await using var database = TempDatabase.CreateEmpty();
        Migration[] migrations =
        [
            new(1, "good", "CREATE TABLE good (id INTEGER);"),
            new(2, "bad", "CREATE TABLE half (id INTEGER); THIS IS NOT SQL;"),
        ];

        await Assert.ThrowsAsync<SqliteException>(() => database.CreateMigrator(migrations).MigrateAsync(CancellationToken.None));

        Assert.Equal(1, await database.ScalarAsync("SELECT MAX(version) FROM schema_migrations"));
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'"));
    }

    [Fact]
    public async Task Constructor_VersionsOutOfOrder_Throws()
    {
        await using var database = TempDatabase.CreateEmpty();
        Migration[] migrations = [new(2, "b", "SELECT 1;"), new(1, "a", "SELECT 1;")];

        Assert.Throws<ArgumentException>(() => new DatabaseMigrator(database.Connections, database.Time, NullLogger<DatabaseMigrator>.Instance, migrations));
    }

    [Fact]
    public void All_Versions_StartAtOneAndIncreaseByOne()
    {
        Assert.Equal(Enumerable.Range(1, SqliteMigrations.All.Count), SqliteMigrations.All.Select(m => m.Version));
    }
}
