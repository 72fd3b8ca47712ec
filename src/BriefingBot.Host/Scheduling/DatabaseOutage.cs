using BriefingBot.Storage;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Host.Scheduling;

/// <summary>
/// Remembers, across firings, whether the jobs last found the database unreachable, so an outage is one warning when it
/// starts and one line when it ends rather than an error per firing. The jobs then simply run again at their next tick.
/// </summary>
internal sealed partial class DatabaseOutage(ILogger<DatabaseOutage> logger)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _failing = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="pass"/>; a database failure is logged (once per outage) and swallowed until the next tick.</summary>
    public async Task<bool> RunAsync(string job, Func<CancellationToken, Task> pass, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        try
        {
            await pass(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && StorageErrors.IsDatabaseFailure(ex))
        {
            bool first;
            lock (_gate)
            {
                first = _failing.Add(job);
            }

            if (first)
            {
                LogUnavailable(job, StorageErrors.Reason(ex));
            }
            else
            {
                LogStillUnavailable(ex, job);
            }

            return false;
        }

        bool recovered;
        lock (_gate)
        {
            recovered = _failing.Remove(job);
        }

        if (recovered)
        {
            LogRecovered(job);
        }

        return true;
    }

    [LoggerMessage(EventId = 2020, Level = LogLevel.Warning, Message = "The database is unavailable; the {Job} job waits and tries again at its next tick: {Reason}")]
    private partial void LogUnavailable(string job, string reason);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Debug, Message = "The database is still unavailable to the {Job} job")]
    private partial void LogStillUnavailable(Exception exception, string job);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Information, Message = "The database is back; the {Job} job runs again")]
    private partial void LogRecovered(string job);
}
