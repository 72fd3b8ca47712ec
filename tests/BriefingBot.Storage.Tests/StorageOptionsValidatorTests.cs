namespace BriefingBot.Storage.Tests;

public sealed class StorageOptionsValidatorTests
{
    private readonly StorageOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(_validator.Validate(null, new StorageOptions()).Succeeded);
    }

    [Fact]
    public void Validate_PostgresWithoutConnectionString_FailsNamingTheKey()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = StorageProvider.Postgres });

        Assert.True(result.Failed);
        Assert.StartsWith("Storage:ConnectionString must name the PostgreSQL database when Storage:Provider is 'Postgres'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithConnectionString_SucceedsWhateverTheDataDirectory()
    {
        var options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = "Host=db;Database=briefingbot", DataDirectory = "" };

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_UnknownProvider_FailsNamingBothProviders()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = (StorageProvider)7 });

        Assert.True(result.Failed);
        Assert.Contains("use 'Sqlite' or 'Postgres'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyDataDirectory_FailsNamingTheKey()
    {
        var result = _validator.Validate(null, new StorageOptions { DataDirectory = " " });

        Assert.True(result.Failed);
        Assert.Contains("Storage:DataDirectory", result.FailureMessage, StringComparison.Ordinal);
    }
}
