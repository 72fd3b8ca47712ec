using System.Diagnostics;

namespace BriefingBot.Testing;

/// <summary>Waits in real time for something another thread makes true, failing the test if it does not come in time.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> every 10 ms; throws <see cref="TimeoutException"/> after <paramref name="patience"/>.</summary>
    public static async Task TrueAsync(Func<bool> condition, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed >= patience)
            {
                throw new TimeoutException($"timed out after {patience}");
            }

            await Task.Delay(10);
        }
    }
}
