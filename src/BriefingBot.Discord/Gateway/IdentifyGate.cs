using BriefingBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Spaces Identify calls as Discord requires: shards share a bucket when their ids are equal modulo max_concurrency, and
/// each bucket allows one Identify per <c>interval</c> (5 s). A shard reserves the bucket's next free instant and waits
/// for it, so shards of different buckets start together and shards of one bucket one after another. With a lease
/// store (the database every instance shares), each Identify also takes the bucket's lease for the interval, so shards
/// of one bot split over processes (<c>Discord:ShardIds</c>) take turns too; if the database cannot be reached, the
/// process's own spacing alone applies. Resumes do not pass through here.
/// </summary>
public sealed partial class IdentifyGate(int maxConcurrency, TimeSpan interval, TimeProvider time, ILeaseStore? leases = null, ILogger? logger = null)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, DateTimeOffset> _nextFree = [];
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public int MaxConcurrency { get; } = Math.Max(1, maxConcurrency);

    /// <summary>Waits until <paramref name="shard"/> may identify, and takes that turn.</summary>
    public Task WaitTurnAsync(GatewayShard shard, CancellationToken cancellationToken)
    {
        var bucket = shard.Bucket(MaxConcurrency);
        DateTimeOffset turn;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            turn = _nextFree.TryGetValue(bucket, out var free) && free > now ? free : now;
            _nextFree[bucket] = turn + interval;
        }

        var wait = turn - now;
        var ownTurn = wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
        return leases is null ? ownTurn : ThenOtherProcessesAsync(ownTurn, bucket, cancellationToken);
    }

    private async Task ThenOtherProcessesAsync(Task ownTurn, int bucket, CancellationToken cancellationToken)
    {
        await ownTurn.ConfigureAwait(false);
        await WaitForOtherProcessesAsync(bucket, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the bucket's lease for one interval under a holder of this Identify's own, waiting while another holds it.</summary>
    private async Task WaitForOtherProcessesAsync(int bucket, CancellationToken cancellationToken)
    {
        var name = $"discord:identify:{bucket}";
        var holder = Guid.NewGuid().ToString("N");
        var poll = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(50).Ticks, interval.Ticks / 10));
        var waited = false;
        while (true)
        {
            try
            {
                if (await leases!.TryAcquireAsync(name, holder, time.GetUtcNow(), interval, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogLeaseUnavailable(exception, bucket);
                return;
            }

            if (!waited)
            {
                waited = true;
                LogWaitingForOtherProcess(bucket);
            }

            await Task.Delay(poll, time, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 5017, Level = LogLevel.Information, Message = "Identify bucket {Bucket} is in use by another process; waiting for its turn")]
    private partial void LogWaitingForOtherProcess(int bucket);

    [LoggerMessage(EventId = 5018, Level = LogLevel.Warning, Message = "Could not reach the database to share identify bucket {Bucket} with other processes; pacing within this process only")]
    private partial void LogLeaseUnavailable(Exception exception, int bucket);
}
