namespace BriefingBot.Core.Delivery;

/// <summary>
/// Spaces sends evenly at a fixed rate: each caller is given the next free instant, max(now, previous + 1/rate), and
/// waits until then. The schedule is kept in timestamps, so a wait that ends late does not cost the sends after it
/// their turn and nothing is lost when the process is briefly busy; and no instant is handed out twice, so the rate
/// holds over any window, not only on average. (A timer-replenished token bucket does neither: it adds a fixed
/// portion per tick, losing a tick's worth whenever the timer fires late, and releases each portion as one burst.)
/// <para>
/// Even pacing alone still lets a strict platform count too many in a second: each waiter has its own timer, and
/// when the process stalls for a few milliseconds several timers fire together; and a send's time on the wire varies,
/// so sends a second apart here can arrive inside one second there. With a window limit the pacer also counts, at
/// each release, every send that may have reached the platform within the last window — those still waiting for an
/// answer and those answered within the window — and holds the send while that count is at the limit. A send arrives
/// between its release and its answer, so however long the wire takes, the platform never sees more than the limit
/// in any window.
/// </para>
/// </summary>
public sealed class SendPacer
{
    /// <summary>How far under a ceiling <see cref="UnderCeiling"/> paces: room for a send's varying time on the wire.</summary>
    public const double JitterAllowance = 1.02;

    private readonly TimeProvider _time;
    private readonly long _interval;
    private readonly Lock _gate = new();
    private readonly long[]? _answered;
    private readonly long _second;
    private long _next = long.MinValue;
    private long _pausedUntil = long.MinValue;
    private int _oldest;
    private int _logged;
    private int _inFlight;
    private TaskCompletionSource _answer = NewSignal();

    /// <summary>
    /// Paces at <paramref name="perSecond"/> sends a second (fractions allowed) and, when <paramref name="maxPerSecond"/>
    /// is set, lets no more than that many reach the platform within any second (see the class remarks). Dispose each
    /// lease from <see cref="AcquireAsync"/> when the platform has answered.
    /// </summary>
    public SendPacer(double perSecond, TimeProvider time, int? maxPerSecond = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _interval = Math.Max(1, (long)Math.Round(time.TimestampFrequency / perSecond));
        _second = time.TimestampFrequency;
        if (maxPerSecond is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
            _answered = new long[limit];
        }
    }

    /// <summary>
    /// A pacer for a platform that refuses more than <paramref name="ceilingPerSecond"/> sends in any second: evenly
    /// paced <see cref="JitterAllowance"/> under the ceiling, and with at most 99% of it (at least one fewer) reaching
    /// the platform in any second.
    /// </summary>
    public static SendPacer UnderCeiling(int ceilingPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ceilingPerSecond);
        var maxPerSecond = Math.Max(1, Math.Min(ceilingPerSecond - 1, (int)Math.Floor(ceilingPerSecond * 0.99)));
        return new SendPacer(ceilingPerSecond / JitterAllowance, time, maxPerSecond);
    }

    /// <summary>
    /// Takes the next free instant, waits for it and, with a window limit, until the send may go; dispose the lease
    /// when the platform has answered (or the send failed). A cancelled wait leaves its instant unused.
    /// </summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        long now;
        long slot;
        lock (_gate)
        {
            now = _time.GetTimestamp();
            slot = Math.Max(now, Math.Max(_next, _pausedUntil));
            _next = slot + _interval;
        }

        if (slot > now)
        {
            await DelayAsync(now, slot, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        while (true)
        {
            long until;
            Task answer;
            lock (_gate)
            {
                now = _time.GetTimestamp();
                if (TryRelease(now, out until))
                {
                    return new Lease(this);
                }

                answer = _answer.Task;
            }

            // Room comes back when the oldest answered send leaves the window, or, with none answered, at the next answer.
            await (until > now ? DelayAsync(now, until, cancellationToken) : answer.WaitAsync(cancellationToken)).ConfigureAwait(false);
        }
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

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Timers count whole milliseconds and would round a wait down; rounding up never releases a send early.
    private Task DelayAsync(long now, long until, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(_time.GetElapsedTime(now, until).TotalMilliseconds)), _time, cancellationToken);

    /// <summary>
    /// Under the lock: releases a send unless the sends in flight and those answered within the window already reach
    /// the limit; then <paramref name="until"/> is when the oldest answer leaves the window (now, when none is logged).
    /// </summary>
    private bool TryRelease(long now, out long until)
    {
        until = now;
        if (_answered is null)
        {
            return true;
        }

        while (_logged > 0 && now - _answered[_oldest] >= _second)
        {
            _oldest = (_oldest + 1) % _answered.Length;
            _logged--;
        }

        if (_inFlight + _logged >= _answered.Length)
        {
            until = _logged > 0 ? _answered[_oldest] + _second : now;
            return false;
        }

        _inFlight++;
        return true;
    }

    private void Answered()
    {
        TaskCompletionSource answer;
        lock (_gate)
        {
            if (_answered is null)
            {
                return;
            }

            // In flight plus logged never exceeds the limit, so the ring has room for this answer.
            _inFlight--;
            _answered[(_oldest + _logged) % _answered.Length] = _time.GetTimestamp();
            _logged++;
            answer = _answer;
            _answer = NewSignal();
        }

        answer.TrySetResult();
    }

    private sealed class Lease(SendPacer pacer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                pacer.Answered();
            }
        }
    }
}
