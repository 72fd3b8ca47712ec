namespace BriefingBot.Storage;

/// <summary>
/// Prepares the store before anything reads or writes it: creates the data directory and applies pending
/// schema migrations. The host calls it once at start-up, before starting jobs and adapters.
/// </summary>
public interface IStorageInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
