namespace BriefingBot.Core.Chats;

/// <summary>
/// What a platform adapter knows about its link to the platform: the last successful contact, since when it has been
/// failing and why, or that it stopped for good (a rejected token). Adapters report; the host's health check reads
/// <see cref="Status"/>. Thread-safe.
/// </summary>
public sealed class AdapterConnection(string platform, TimeProvider time)
{
    /// <summary>How long connecting or failing may last before the adapter counts as down.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(2);

    private readonly Lock _gate = new();
    private readonly DateTimeOffset _createdAt = time.GetUtcNow();
    private DateTimeOffset? _lastContact;
    private DateTimeOffset? _failingSince;
    private string? _error;
    private string? _stopped;

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

    public AdapterConnectionStatus Status(TimeSpan tolerance)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_stopped is not null)
            {
                return new(platform, AdapterConnectionState.Down, $"{platform} stopped: {_stopped}");
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

            return now - _createdAt >= tolerance
                ? new(platform, AdapterConnectionState.Down, $"{platform} has not reached the platform since {_createdAt:u}")
                : new(platform, AdapterConnectionState.Connecting, $"{platform} connecting");
        }
    }
}
