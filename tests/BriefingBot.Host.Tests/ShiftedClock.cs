namespace BriefingBot.Host.Tests;

/// <summary>
/// Real time plus an offset the test moves forward: "now" jumps (a due time comes, a backoff passes) while timers,
/// delays and the scheduler's own loop keep running in real time, so a running host behaves as it does in production.
/// </summary>
internal sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves "now" forward by <paramref name="amount"/>.</summary>
    public void Advance(TimeSpan amount) => Interlocked.Add(ref _offsetTicks, amount.Ticks);

    /// <summary>Moves "now" to <paramref name="instant"/> (forward only).</summary>
    public void ShiftTo(DateTimeOffset instant)
    {
        var amount = instant - GetUtcNow();
        if (amount > TimeSpan.Zero)
        {
            Advance(amount);
        }
    }
}
