using BriefingBot.Core.Chats;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.State;

/// <summary>
/// Runs a platform's update stream (Telegram long polling, the Discord gateway) on one instance of several sharing a
/// database. Two Telegram pollers on one token knock each other's getUpdates off with 409 and can hand one update to
/// both; two gateway sessions each receive every interaction. So the stream runs only while this instance holds the
/// lease of its name (<see cref="ILeaseStore"/>, renewed every third of <see cref="ClusterOptions.ReceiverLease"/>);
/// the other instances wait on standby, still sending briefings, and one takes over within about a lease when the
/// holder stops or dies. A holder that cannot renew (the database is away) stops receiving before its lease can expire,
/// so two instances never receive at once. One instance alone takes the lease at once and keeps it.
/// </summary>
public sealed partial class ExclusiveReceiver(ILeaseStore leases, TimeProvider time, IOptions<ClusterOptions> options, ILogger<ExclusiveReceiver> logger)
{
    /// <summary>
    /// This instance's name as a lease holder: host, process id and a random part (one receiver per process, and a
    /// restarted process is someone else).
    /// </summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Runs <paramref name="receive"/> whenever this instance holds the lease <paramref name="name"/>, until
    /// <paramref name="cancellationToken"/> is cancelled or <paramref name="receive"/> ends by itself (it gave up, as on a
    /// rejected token). <paramref name="receive"/> is cancelled when the lease is lost; <paramref name="connection"/>
    /// says "standby" while another instance receives.
    /// </summary>
    public async Task RunAsync(string name, Func<CancellationToken, Task> receive, AdapterConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receive);
        ArgumentNullException.ThrowIfNull(connection);
        var lease = options.Value.ReceiverLease;
        var renewEvery = lease / 3;
        var standby = false;
        var database = new Reachability();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var taken = await TryAcquireAsync(name, lease, database, cancellationToken).ConfigureAwait(false);
                if (taken is null)
                {
                    // Nobody can be known to receive: not standby (healthy) but failing, down after the tolerance.
                    standby = false;
                    connection.Standby(null);
                    connection.Failed($"cannot take the lease on {name}: the database is unavailable");
                }
                else if (taken == false && !standby)
                {
                    standby = true;
                    connection.Standby($"another instance receives {name}");
                    LogStandby(name, lease);
                }

                if (taken != true)
                {
                    await Task.Delay(renewEvery, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                standby = false;
                connection.Standby(null);
                LogAcquired(name, Holder);
                if (await ReceiveWhileHeldAsync(name, receive, lease, renewEvery, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            await ReleaseAsync(name).ConfigureAwait(false);
        }
    }

    /// <summary>Receives and renews; true when receiving ended by itself or on cancellation, false when the lease was lost.</summary>
    private async Task<bool> ReceiveWhileHeldAsync(
        string name, Func<CancellationToken, Task> receive, TimeSpan lease, TimeSpan renewEvery, CancellationToken cancellationToken)
    {
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var task = Task.Run(() => receive(receiving.Token), CancellationToken.None);
        var renewed = time.GetUtcNow();
        while (true)
        {
            using (var tick = CancellationTokenSource.CreateLinkedTokenSource(receiving.Token))
            {
                await Task.WhenAny(task, Task.Delay(renewEvery, time, tick.Token)).ConfigureAwait(false);
                await tick.CancelAsync().ConfigureAwait(false);
            }

            if (task.IsCompleted || cancellationToken.IsCancellationRequested)
            {
                // Ended by itself, or stopping: the lease is released only after receiving has ended.
                await task.ConfigureAwait(false);
                return true;
            }

            bool held;
            try
            {
                held = await leases.TryAcquireAsync(name, Holder, time.GetUtcNow(), lease, cancellationToken).ConfigureAwait(false);
                renewed = held ? time.GetUtcNow() : renewed;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Keep receiving while the lease surely still runs; stop a renewal before it could have expired.
                held = time.GetUtcNow() - renewed < lease - renewEvery;
                LogRenewFailed(exception, name, held);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await task.ConfigureAwait(false);
                return true;
            }

            if (held)
            {
                continue;
            }

            LogLost(name);
            await receiving.CancelAsync().ConfigureAwait(false);
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            return false;
        }
    }

    /// <summary>Takes or renews the lease; false when another holds it, null when the database cannot be reached (said once per outage).</summary>
    private async Task<bool?> TryAcquireAsync(string name, TimeSpan lease, Reachability database, CancellationToken cancellationToken)
    {
        try
        {
            var taken = await leases.TryAcquireAsync(name, Holder, time.GetUtcNow(), lease, cancellationToken).ConfigureAwait(false);
            database.Unreachable = false;
            return taken;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (database.Unreachable)
            {
                LogStillUnreachable(exception, name);
            }
            else
            {
                database.Unreachable = true;
                LogAcquireFailed(exception, name);
            }

            return null;
        }
    }

    /// <summary>Best effort and brief: a stopping instance hands over at once; if the database is away the lease simply expires.</summary>
    private async Task ReleaseAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await leases.ReleaseAsync(name, Holder, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogReleaseFailed(exception, name);
        }
    }

    [LoggerMessage(EventId = 2060, Level = LogLevel.Information, Message = "Receiving {Name} on this instance ({Holder})")]
    private partial void LogAcquired(string name, string holder);

    [LoggerMessage(EventId = 2061, Level = LogLevel.Information, Message = "Standby: another instance receives {Name}; this one takes over within {Lease} if it stops")]
    private partial void LogStandby(string name, TimeSpan lease);

    [LoggerMessage(EventId = 2062, Level = LogLevel.Warning, Message = "Lost the lease on {Name}; stopped receiving it here")]
    private partial void LogLost(string name);

    [LoggerMessage(EventId = 2063, Level = LogLevel.Warning, Message = "Could not renew the lease on {Name}; still receiving: {StillHeld}")]
    private partial void LogRenewFailed(Exception exception, string name, bool stillHeld);

    [LoggerMessage(EventId = 2064, Level = LogLevel.Warning, Message = "Could not take the lease on {Name}; trying again")]
    private partial void LogAcquireFailed(Exception exception, string name);

    [LoggerMessage(EventId = 2066, Level = LogLevel.Debug, Message = "Still cannot take the lease on {Name}")]
    private partial void LogStillUnreachable(Exception exception, string name);

    [LoggerMessage(EventId = 2065, Level = LogLevel.Debug, Message = "Could not release the lease on {Name}; it expires by itself")]
    private partial void LogReleaseFailed(Exception exception, string name);

    /// <summary>Whether one run's last attempt found the database away, so an outage is one warning, not one per attempt.</summary>
    private sealed class Reachability
    {
        public bool Unreachable { get; set; }
    }
}
