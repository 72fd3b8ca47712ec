namespace BriefingBot.Storage.Tests.Fixtures;

/// <summary>
/// A storage provider for the shared store tests, one per test class (xUnit class fixture). Tests get their database
/// from <see cref="CreateDatabaseAsync"/>, which skips the test with the fixture's reason when the provider is absent.
/// </summary>
public abstract class StorageFixture : IAsyncLifetime
{
    /// <summary>Why this provider's tests cannot run here; null when they can.</summary>
    public string? SkipReason { get; protected set; }

    /// <summary>A fresh database of the test's own, with the schema applied unless <paramref name="migrate"/> is false.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync(bool migrate = true)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var database = await CreateEmptyAsync();
        if (migrate)
        {
            await database.CreateMigrator().MigrateAsync(CancellationToken.None);
        }

        return database;
    }

    protected abstract Task<TestDatabase> CreateEmptyAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
