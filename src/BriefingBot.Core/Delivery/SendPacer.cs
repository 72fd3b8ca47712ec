namespace BriefingBot.Core.Delivery;

/// <summary>
/// Spaces sends evenly at a fixed rate: each caller is given the next free instant, max(now, previous + 1/rate), and
/// waits until then. The schedule is kept in timestamps, so a wait that ends late does not cost the sends after it
/// their turn and nothing is lost when the process is briefly busy; and no instant is handed out twice, so the rate
/// holds over any window, not only on average. (A timer-replenished token bucket does neither: it adds a fixed
/// portion per tick, losing a tick's worth whenever the timer fires late, and releases each portion as one burst.)
/// </summary>
public sealed class SendPacer
{
    private readonly TimeProvider _time;
    private readonly long _interval;
    private readonly Lock _gate = new();
    private long _next = long.MinValue;
    private long _pausedUntil = long.MinValue;

    /// <summary>Paces at <paramref name="perSecond"/> sends a second (fractions allowed).</summary>
    public SendPacer(double perSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _interval = Math.Max(1, (long)Math.Round(time.TimestampFrequency / perSecond));
    }

    /// <summary>The time between two sends.</summary>
    public TimeSpan Interval => TimeSpan.FromSeconds((double)_interval / _time.TimestampFrequency);

    /// <summary>Takes the next free instant and waits for it. A cancelled wait leaves its instant unused.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        long now;
        long slot;
        lock (_gate)
        {
            now = _time.GetTimestamp();
            slot = Math.Max(now, Math.Max(_next, _pausedUntil));
            _next = slot + _interval;
        }

        if (slot == now)
        {
            return cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;
        }

        // Timers count whole milliseconds and would round a wait down; rounding up never releases a send early.
        var wait = _time.GetElapsedTime(now, slot);
        return Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), _time, cancellationToken);
    }

    /// <summary>Hands out no instant before <paramref name="duration"/> from now (after a platform-wide 429).</summary>
    public void PauseFor(TimeSpan duration)
    {
        lock (_gate)
        {
            var until = _time.GetTimestamp() + (long)(duration.TotalSeconds * _time.TimestampFrequency);
            _pausedUntil = Math.Max(_pausedUntil, until);
        }
    }
}
