namespace BriefingBot.Core.Chats;

/// <summary>
/// What a platform adapter knows about its link to the platform: the last successful contact, since when it has been
/// failing and why, or that it stopped for good (a rejected token). Adapters report; the host's health check reads
/// <see cref="Status"/>. An adapter with several independent links (Discord's gateway shards) reports each through a
/// <see cref="Part"/>; the adapter's status then sums them up: connected when all are, down when all are, degraded
/// (<see cref="AdapterConnectionState.Failing"/>) when only some are down or failing. Thread-safe.
/// </summary>
public sealed class AdapterConnection(string platform, TimeProvider time)
{
    /// <summary>How long connecting or failing may last before the adapter counts as down.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(2);

    private readonly Lock _gate = new();
    private DateTimeOffset _waitingSince = time.GetUtcNow();
    private DateTimeOffset? _lastContact;
    private DateTimeOffset? _failingSince;
    private string? _error;
    private string? _stopped;
    private string? _standby;
    private readonly List<AdapterConnection> _parts = [];

    /// <summary>The platform's display name ("Telegram", "Discord").</summary>
    public string Platform => platform;

    /// <summary>A call to the platform succeeded.</summary>
    public void Connected()
    {
        lock (_gate)
        {
            _lastContact = time.GetUtcNow();
            _failingSince = null;
            _error = null;
        }
    }

    /// <summary>A call to the platform failed; the adapter will try again.</summary>
    public void Failed(string error)
    {
        lock (_gate)
        {
            _failingSince ??= time.GetUtcNow();
            _error = error;
        }
    }

    /// <summary>The adapter gave up and will not try again without a restart (for example, the token was rejected).</summary>
    public void Stopped(string reason)
    {
        lock (_gate)
        {
            _stopped = reason;
        }
    }

    /// <summary>
    /// Another instance holds this platform's update stream (<paramref name="reason"/>), or, with null, this one does
    /// again. While on standby the status says so, whatever the links last reported.
    /// </summary>
    public void Standby(string? reason)
    {
        lock (_gate)
        {
            // What the links said before the hand-over no longer tells: start over as connecting.
            _standby = reason;
            _waitingSince = time.GetUtcNow();
            _lastContact = null;
            _failingSince = null;
            _error = null;
        }
    }

    /// <summary>A link of its own inside this adapter ("shard 1"), counted in this adapter's <see cref="Status"/>.</summary>
    public AdapterConnection Part(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var part = new AdapterConnection($"{platform} {name}", time);
        lock (_gate)
        {
            _parts.Add(part);
        }

        return part;
    }

    /// <summary>Forgets every part (the adapter is about to replace its links, as when Discord asks for more shards).</summary>
    public void ClearParts()
    {
        lock (_gate)
        {
            _parts.Clear();
        }
    }

    public AdapterConnectionStatus Status(TimeSpan tolerance)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_stopped is not null)
            {
                return new(platform, AdapterConnectionState.Down, $"{platform} stopped: {_stopped}");
            }

            if (_standby is not null)
            {
                return new(platform, AdapterConnectionState.Standby, $"{platform} on standby: {_standby}");
            }

            if (_parts.Count > 0)
            {
                // Each part has a lock of its own and never takes this one.
                return Combined(_parts.Select(p => p.Status(tolerance)).ToList());
            }

            if (_failingSince is { } since)
            {
                var state = now - since >= tolerance ? AdapterConnectionState.Down : AdapterConnectionState.Failing;
                return new(platform, state, $"{platform} failing since {since:u}: {_error}");
            }

            if (_lastContact is { } last)
            {
                return new(platform, AdapterConnectionState.Connected, $"{platform} connected; last contact {last:u}");
            }

            return now - _waitingSince >= tolerance
                ? new(platform, AdapterConnectionState.Down, $"{platform} has not reached the platform since {_waitingSince:u}")
                : new(platform, AdapterConnectionState.Connecting, $"{platform} connecting");
        }
    }

    private AdapterConnectionStatus Combined(List<AdapterConnectionStatus> parts)
    {
        var connected = parts.Count(p => p.State == AdapterConnectionState.Connected);
        var down = parts.Count(p => p.State == AdapterConnectionState.Down);
        var state = connected == parts.Count ? AdapterConnectionState.Connected
            : down == parts.Count ? AdapterConnectionState.Down
            : parts.All(p => p.State is AdapterConnectionState.Connecting or AdapterConnectionState.Connected) ? AdapterConnectionState.Connecting
            : AdapterConnectionState.Failing;
        var problems = parts.Where(p => p.State != AdapterConnectionState.Connected).Select(p => p.Description);
        var summary = $"{platform}: {connected} of {parts.Count} connected";
        return new(platform, state, connected == parts.Count ? summary : $"{summary}; {string.Join("; ", problems)}");
    }
}
