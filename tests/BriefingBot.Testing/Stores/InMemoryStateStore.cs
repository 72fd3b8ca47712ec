using BriefingBot.Core.State;

namespace BriefingBot.Testing.Stores;

public sealed class InMemoryStateStore : IStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), string> _values = [];

    public Task<string?> GetAsync(string scope, string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_values.GetValueOrDefault((scope, key)));
        }
    }

    public Task SetAsync(string scope, string key, string value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _values[(scope, key)] = value;
        }

        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string scope, string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_values.Remove((scope, key)));
        }
    }
}
