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
            StorageProvider.Postgres =>
                ValidateOptionsResult.Fail("Storage:Provider 'Postgres' is not available yet; set Storage:Provider to 'Sqlite'."),
            not StorageProvider.Sqlite =>
                ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not a known provider; use 'Sqlite'."),
            _ when string.IsNullOrWhiteSpace(options.DataDirectory) =>
                ValidateOptionsResult.Fail("Storage:DataDirectory must name a folder (the default is 'data')."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
