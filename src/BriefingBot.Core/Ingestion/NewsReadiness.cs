namespace BriefingBot.Core.Ingestion;

/// <summary>
/// Whether the first ingest pass since start has finished (read or failed), so a chat that asks for news the moment
/// the bot starts gets the news rather than "nothing new".
/// </summary>
public sealed class NewsReadiness
{
    private readonly TaskCompletionSource _firstPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _firstPass.Task.IsCompleted;

    /// <summary>Called at the end of every ingest pass; only the first one changes anything.</summary>
    public void MarkReady() => _firstPass.TrySetResult();

    /// <summary>Waits for the first pass, at most <paramref name="timeout"/>; returns whether it has finished.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await _firstPass.Task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
