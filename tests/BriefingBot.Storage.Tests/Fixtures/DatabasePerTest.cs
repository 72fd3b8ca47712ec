namespace BriefingBot.Storage.Tests.Fixtures;

/// <summary>
/// Base of test classes whose every test starts from a fresh migrated database. <see cref="Database"/> skips the test
/// with the fixture's reason when the provider is absent (xUnit cannot skip from InitializeAsync).
/// </summary>
public abstract class DatabasePerTest(StorageFixture fixture) : IAsyncLifetime
{
    private TestDatabase? _database;

    protected TestDatabase Database
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return _database ?? throw new InvalidOperationException("Not initialised.");
        }
    }

    public async Task InitializeAsync()
    {
        if (fixture.SkipReason is null)
        {
            _database = await fixture.CreateDatabaseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
