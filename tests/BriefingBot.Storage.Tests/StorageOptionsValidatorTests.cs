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
    public void Validate_Postgres_FailsNamingTheKey()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = StorageProvider.Postgres });

        Assert.True(result.Failed);
        Assert.Contains("Storage:Provider 'Postgres' is not available yet", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyDataDirectory_FailsNamingTheKey()
    {
        var result = _validator.Validate(null, new StorageOptions { DataDirectory = " " });

        Assert.True(result.Failed);
        Assert.Contains("Storage:DataDirectory", result.FailureMessage, StringComparison.Ordinal);
    }
}
