using BriefingBot.Core.News;

namespace BriefingBot.Testing.Stores;

public sealed class InMemorySourceStateStore : ISourceStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SourceState> _states = new(StringComparer.Ordinal);

    public Task<SourceState?> GetAsync(string sourceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault(sourceId));
        }
    }

    public Task SaveAsync(SourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            _states[state.SourceId] = state;
        }

        return Task.CompletedTask;
    }
}
