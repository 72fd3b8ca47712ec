using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using BriefingBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>
/// Starts the Quartz scheduler once the application has started, and shuts it down when the bot stops (in place of
/// Quartz's own hosted service). Quartz's hosted service starts it once, in the background: when the database was away
/// at that moment (the start reads the schedule and recovers unfinished firings), the start failed, was logged, and
/// nothing ever fired again while the bot looked alive — and calling Start again does not redo the recovery, so a
/// retried scheduler stays stuck. So: wait until the database answers (1 s doubling to 30 s; one warning, one line when
/// it answers), then start once; if the start still fails (the database went away during it), stop the bot with exit
/// code 4 (<see cref="SchedulerStartFailure"/>) for its supervisor to restart it, as when the database is unreachable
/// at start.
/// <para>
/// Stopping: Quartz's shutdown waits for running jobs (a delivery pass finishing its sends in flight), and with its
/// schedule in a database that is away it waits for the database, whatever the cancellation token says (its scheduler
/// thread retries releasing a trigger until the store answers): the bot never stopped. So the shutdown gets the host's
/// shutdown time and is then abandoned with a warning; what it left (a trigger taken, a firing begun) the job store
/// recovers at the next start, as after a crash, and the delivery ledger keeps every briefing once.
/// </para>
/// </summary>
internal sealed partial class SchedulerStarter(
    ISchedulerFactory schedulers,
    IStateStore state,
    SchedulerStartFailure failure,
    IHostApplicationLifetime lifetime,
    ILogger<SchedulerStarter> logger) : BackgroundService
{
    // The scheduler this service obtained, if it got that far: the one to shut down (Quartz's factory refuses to hand
    // out a scheduler once one by that name has been shut down, and one never obtained needs no shutdown).
    private IScheduler? _scheduler;

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
            Volatile.Write(ref _scheduler, scheduler);
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

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (Volatile.Read(ref _scheduler) is not { } scheduler)
        {
            return;
        }

        try
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken).AsTask().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogShutdownAbandoned();
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

    [LoggerMessage(EventId = 2033, Level = LogLevel.Warning, Message = "The scheduler did not finish shutting down within the shutdown time (jobs still running, or the database away); stopping without it: the job store recovers unfinished firings at the next start")]
    private partial void LogShutdownAbandoned();
}

/// <summary>Why the scheduler could not start, when it could not: the bot then exits with code 4 and this reason.</summary>
internal sealed class SchedulerStartFailure
{
    private string? _reason;

    public string? Reason => Volatile.Read(ref _reason);

    public void Record(string reason) => Volatile.Write(ref _reason, reason);
}
