using System.Data.Common;
using BriefingBot.Storage.Migrations;
using BriefingBot.Storage.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Storage.Tests.Migrations;

/// <summary>The migrator's behaviour, the same on every provider (run by SqliteDatabaseMigratorTests and PostgresDatabaseMigratorTests).</summary>
public abstract class DatabaseMigratorTests(StorageFixture fixture)
{
    [SkippableFact]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryMigrationOnce()
    {
        await using var database = await fixture.CreateDatabaseAsync(migrate: false);
        var migrator = database.CreateMigrator();

        var applied = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(database.Database.Migrations.Count, applied);
        Assert.Equal(database.Database.Migrations.Count, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(migrator.LatestVersion, await database.ScalarAsync("SELECT MAX(version) FROM schema_migrations"));
    }

    [SkippableFact]
    public async Task MigrateAsync_RunTwice_SecondRunAppliesNothing()
    {
        await using var database = await fixture.CreateDatabaseAsync(migrate: false);
        await database.CreateMigrator().MigrateAsync(CancellationToken.None);

        var applied = await database.CreateMigrator().MigrateAsync(CancellationToken.None);

        Assert.Equal(0, applied);
        Assert.Equal(database.Database.Migrations.Count, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [SkippableFact]
    public async Task MigrateAsync_TwoInstancesStartedTogether_BothSucceedAndEachMigrationAppliedOnce()
    {
        await using var database = await fixture.CreateDatabaseAsync(migrate: false);
        var migrators = new[] { database.Connect(pooling: false), database.Connect(pooling: false) }
            .Select(handle => database.CreateMigrator(database: handle))
            .ToList();
        using var start = new ManualResetEventSlim();

        var runs = migrators.Select(migrator => Task.Run(async () =>
        {
            start.Wait();
            return await migrator.MigrateAsync(CancellationToken.None);
        })).ToList();
        start.Set();
        var applied = await Task.WhenAll(runs);

        Assert.Equal(database.Database.Migrations.Count, applied.Sum());
        Assert.Equal(database.Database.Migrations.Count, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM delivery_ledger"));
    }

    [SkippableFact]
    public async Task MigrateAsync_OlderSchema_AppliesOnlyTheNewMigrations()
    {
        await using var database = await fixture.CreateDatabaseAsync(migrate: false);
        var all = database.Database.Migrations;
        await database.CreateMigrator(all.Take(2).ToList()).MigrateAsync(CancellationToken.None);

        var applied = await database.CreateMigrator().MigrateAsync(CancellationToken.None);

        Assert.Equal(all.Count - 2, applied);
    }

    [SkippableFact]
    public async Task MigrateAsync_LowerNumberLandedAfterAHigherOne_StillApplied()
    {
        await using var database = await fixture.CreateDatabaseAsync(migrate: false);
        Migration first = new(1, "one", "CREATE TABLE one_table (id INTEGER);");
        Migration late = new(2, "two, merged after three", "CREATE TABLE two_table (id INTEGER);");
        Migration third = new(3, "three", "CREATE TABLE three_table (id INTEGER);");
        await database.CreateMigrator([first, third]).MigrateAsync(CancellationToken.None);

        var applied = await database.CreateMigrator([first, late, third]).MigrateAsync(CancellationToken.None);

        Assert.Equal(1, applied);
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM two_table"));
        Assert.Equal(3, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [SkippableFact]
    public async Task MigrateAsync_SchemaNewerThanBuild_ThrowsNamingBothVersions()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var future = database.Database.Migrations[^1].Version + 1;
        await database.ScalarAsync($"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({future}, 'future', '2030-01-01T00:00:00.0000000Z')");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.CreateMigrator().MigrateAsync(CancellationToken.None));

        Assert.Contains($"schema version {future}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"up to {future - 1}", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task MigrateAsync_FailingMigration_RollsItBackAndKeepsEarlierOnes()
    {
        await using var database = await fixture.CreateDatabaseAsync(migrate: false);
        Migration[] migrations =
        [
            new(1, "good", "CREATE TABLE good (id INTEGER);"),
            new(2, "bad", "CREATE TABLE half (id INTEGER); THIS IS NOT SQL;"),
        ];

        await Assert.ThrowsAnyAsync<DbException>(() => database.CreateMigrator(migrations).MigrateAsync(CancellationToken.None));

        Assert.Equal(1, await database.ScalarAsync("SELECT MAX(version) FROM schema_migrations"));
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM good"));
        await Assert.ThrowsAnyAsync<DbException>(() => database.ScalarAsync("SELECT COUNT(*) FROM half"));
    }

    [SkippableFact]
    public async Task Constructor_VersionsOutOfOrder_Throws()
    {
        await using var database = await fixture.CreateDatabaseAsync(migrate: false);
        Migration[] migrations = [new(2, "b", "SELECT 1;"), new(1, "a", "SELECT 1;")];

        Assert.Throws<ArgumentException>(() => new DatabaseMigrator(database.Database, database.Time, NullLogger<DatabaseMigrator>.Instance, migrations));
    }
}
