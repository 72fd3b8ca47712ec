namespace BriefingBot.Core.State;

/// <summary>
/// Small durable values adapters keep between runs: a polling offset, a gateway session, a hash of the registered
/// command list. Keyed by a scope (the owner, "telegram") and a key.
/// </summary>
public interface IStateStore
{
    Task<string?> GetAsync(string scope, string key, CancellationToken cancellationToken);

    Task SetAsync(string scope, string key, string value, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes the value; false when there was none.</summary>
    Task<bool> DeleteAsync(string scope, string key, CancellationToken cancellationToken);
}
