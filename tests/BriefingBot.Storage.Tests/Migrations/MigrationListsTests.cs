using BriefingBot.Storage.Migrations;

namespace BriefingBot.Storage.Tests.Migrations;

public sealed class MigrationListsTests
{
    [Fact]
    public void All_Versions_StartAtOneAndIncreaseByOne()
    {
        Assert.Equal(Enumerable.Range(1, SqliteMigrations.All.Count), SqliteMigrations.All.Select(m => m.Version));
        Assert.Equal(Enumerable.Range(1, PostgresMigrations.All.Count), PostgresMigrations.All.Select(m => m.Version));
    }

    [Fact]
    public void PostgresMigrations_Always_MirrorTheSqliteHistory()
    {
        Assert.Equal(SqliteMigrations.All.Select(m => (m.Version, m.Name)), PostgresMigrations.All.Select(m => (m.Version, m.Name)));
    }
}
