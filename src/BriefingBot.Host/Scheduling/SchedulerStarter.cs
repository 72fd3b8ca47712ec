using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using BriefingBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>
/// Starts the Quartz scheduler once the application has started. Quartz's own hosted service starts it once, in the
/// background: when the database was away at that moment (the start reads the schedule and recovers unfinished
/// firings), the start failed, was logged, and nothing ever fired again while the bot looked alive — and calling Start
/// again does not redo the recovery, so a retried scheduler stays stuck. So: wait until the database answers (1 s
/// doubling to 30 s; one warning, one line when it answers), then start once; if the start still fails (the database
/// went away during it), stop the bot with exit code 4 (<see cref="SchedulerStartFailure"/>) for its supervisor to
/// restart it, as when the database is unreachable at start.
/// </summary>
internal sealed partial class SchedulerStarter(
    ISchedulerFactory schedulers,
    IStateStore state,
    SchedulerStartFailure failure,
    IHostApplicationLifetime lifetime,
    ILogger<SchedulerStarter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var applicationStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => applicationStarted.TrySetResult()))
        {
            await applicationStarted.Task.WaitAsync(stoppingToken);
        }

        var waits = await WaitForDatabaseAsync(stoppingToken);
        try
        {
            var scheduler = await schedulers.GetScheduler(stoppingToken);
            await scheduler.Start(stoppingToken);
            if (waits > 0)
            {
                LogStarted(waits);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            failure.Record(Reason(exception));
            LogStartFailed(exception);
            lifetime.StopApplication();
        }
    }

    /// <summary>Until a read answers; returns how many attempts failed.</summary>
    private async Task<int> WaitForDatabaseAsync(CancellationToken stoppingToken)
    {
        var backoff = new DoublingBackoff();
        for (var failures = 0; ; failures++)
        {
            try
            {
                await state.GetAsync("scheduler", "start", stoppingToken);
                return failures;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested && StorageErrors.IsDatabaseFailure(exception))
            {
                var wait = backoff.Next();
                if (failures == 0)
                {
                    LogWaiting(StorageErrors.Reason(exception), wait);
                }

                await Task.Delay(wait, stoppingToken);
            }
        }
    }

    /// <summary>A database error in words (StorageErrors looks through Quartz's wrapping), else the exception's message.</summary>
    private static string Reason(Exception exception) =>
        StorageErrors.IsDatabaseFailure(exception) ? StorageErrors.Reason(exception) : exception.Message;

    [LoggerMessage(EventId = 2030, Level = LogLevel.Warning, Message = "The scheduler waits for the database before it starts; trying again in {Backoff} and on: {Reason}")]
    private partial void LogWaiting(string reason, TimeSpan backoff);

    [LoggerMessage(EventId = 2031, Level = LogLevel.Information, Message = "The database answers; the scheduler started after {Waits} failed attempts")]
    private partial void LogStarted(int waits);

    [LoggerMessage(EventId = 2032, Level = LogLevel.Critical, Message = "The scheduler could not start; stopping the bot (exit code 4) so that it is restarted cleanly")]
    private partial void LogStartFailed(Exception exception);
}

/// <summary>Why the scheduler could not start, when it could not: the bot then exits with code 4 and this reason.</summary>
internal sealed class SchedulerStartFailure
{
    private string? _reason;

    public string? Reason => Volatile.Read(ref _reason);

    public void Record(string reason) => Volatile.Write(ref _reason, reason);
}
