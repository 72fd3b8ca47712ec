using BriefingBot.Storage.Migrations;

namespace BriefingBot.Storage.Tests.Migrations;

public sealed class MigrationListsTests
{
    [Fact]
    public void All_Versions_StartAtOneAndIncrease()
    {
        // Versions are handed out per branch, so a branch may hold 8 before 6 and 7 are merged: increasing, not contiguous.
        foreach (var versions in new[] { SqliteMigrations.All, PostgresMigrations.All }.Select(all => all.Select(m => m.Version).ToList()))
        {
            Assert.Equal(1, versions[0]);
            Assert.Equal(versions.Order(), versions);
            Assert.Equal(versions.Count, versions.Distinct().Count());
        }
    }

    [Fact]
    public void PostgresMigrations_Always_MirrorTheSqliteHistory()
    {
        Assert.Equal(SqliteMigrations.All.Select(m => (m.Version, m.Name)), PostgresMigrations.All.Select(m => (m.Version, m.Name)));
    }
}
