using System.Diagnostics;

namespace BriefingBot.Testing;

/// <summary>Waits in real time for something another thread makes true, failing the test if it does not come in time.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> every 10 ms; throws <see cref="TimeoutException"/> after <paramref name="patience"/>.</summary>
    public static Task TrueAsync(Func<bool> condition, TimeSpan patience) =>
        TrueAsync(condition, patience, (Func<Task<string>>?)null);

    /// <summary>As above, the timeout's message ending with <paramref name="describe"/> (state for the failure message).</summary>
    public static Task TrueAsync(Func<bool> condition, TimeSpan patience, Func<string> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        return TrueAsync(condition, patience, () => Task.FromResult(describe()));
    }

    /// <summary>
    /// As above with a description that must itself be awaited (a scheduler's trigger states): awaited, never blocked on,
    /// as a test thread blocked on a task that needs the test framework's threads (two here) can wait forever.
    /// </summary>
    public static Task TrueAsync(Func<bool> condition, TimeSpan patience, Func<Task<string>>? describe)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return WaitAsync(() => Task.FromResult(condition()), patience, describe);
    }

    /// <summary>As above for a condition that must be awaited (a scheduler's status).</summary>
    public static Task TrueAsync(Func<Task<bool>> condition, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return WaitAsync(condition, patience, describe: null);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan patience, Func<Task<string>>? describe)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed >= patience)
            {
                var description = describe is null ? string.Empty : " " + await describe();
                throw new TimeoutException($"timed out after {patience}.{description}");
            }

            await Task.Delay(10);
        }
    }
}
