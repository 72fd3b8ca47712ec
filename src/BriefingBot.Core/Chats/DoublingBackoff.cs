namespace BriefingBot.Core.Chats;

/// <summary>
/// The wait between attempts of a loop that retries until something answers (a platform's API, the database at
/// start): 1 s, doubling after each failure, at most 30 s; back to 1 s after a success. Not thread-safe: one per loop.
/// </summary>
public sealed class DoublingBackoff
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    /// <summary>The wait before the next attempt.</summary>
    public TimeSpan Current { get; private set; } = Initial;

    /// <summary>Returns <see cref="Current"/> and doubles it (up to 30 s) for the failure after.</summary>
    public TimeSpan Next()
    {
        var wait = Current;
        Current = TimeSpan.FromTicks(Math.Min(Max.Ticks, Current.Ticks * 2));
        return wait;
    }

    /// <summary>An attempt succeeded: the next failure waits 1 s again.</summary>
    public void Reset() => Current = Initial;
}
