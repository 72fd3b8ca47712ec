using BriefingBot.Core.State;

namespace BriefingBot.Testing.Stores;

/// <summary>Leases in memory, with the database stores' rules; share one instance between two services to model two instances on one database.</summary>
public sealed class InMemoryLeaseStore : ILeaseStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Holder, DateTimeOffset ExpiresAt)> _leases = new(StringComparer.Ordinal);

    /// <summary>When set, every call throws it (the database is away).</summary>
    public Exception? Failure { get; set; }

    /// <summary>Who holds <paramref name="name"/> at <paramref name="now"/>, or null.</summary>
    public string? HolderAt(string name, DateTimeOffset now)
    {
        lock (_gate)
        {
            return _leases.TryGetValue(name, out var lease) && lease.ExpiresAt > now ? lease.Holder : null;
        }
    }

    /// <summary>Gives the lease to <paramref name="holder"/> whoever holds it (as if this instance had been paused past its lease).</summary>
    public void Take(string name, string holder, DateTimeOffset until)
    {
        lock (_gate)
        {
            _leases[name] = (holder, until);
        }
    }

    public Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ThrowIfFailing();
            if (_leases.TryGetValue(name, out var lease) && lease.Holder != holder && lease.ExpiresAt > now)
            {
                return Task.FromResult(false);
            }

            _leases[name] = (holder, now + duration);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ThrowIfFailing();
            if (_leases.TryGetValue(name, out var lease) && lease.Holder == holder)
            {
                _leases.Remove(name);
            }

            return Task.CompletedTask;
        }
    }

    private void ThrowIfFailing()
    {
        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
