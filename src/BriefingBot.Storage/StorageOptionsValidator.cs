using Microsoft.Extensions.Options;

namespace BriefingBot.Storage;

/// <summary>Stops start-up with one sentence naming the key when the "Storage" section cannot work.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StorageProvider.Postgres when string.IsNullOrWhiteSpace(options.ConnectionString) =>
                ValidateOptionsResult.Fail(
                    "Storage:ConnectionString must name the PostgreSQL database when Storage:Provider is 'Postgres' " +
                    "(for example 'Host=db;Username=briefingbot;Password=...;Database=briefingbot')."),
            StorageProvider.Postgres => ValidateOptionsResult.Success,
            not StorageProvider.Sqlite =>
                ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not a known provider; use 'Sqlite' or 'Postgres'."),
            _ when string.IsNullOrWhiteSpace(options.DataDirectory) =>
                ValidateOptionsResult.Fail("Storage:DataDirectory must name a folder (the default is 'data')."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
