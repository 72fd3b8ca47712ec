namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Spaces Identify calls as Discord requires: shards share a bucket when their ids are equal modulo max_concurrency, and
/// each bucket allows one Identify per <c>interval</c> (5 s). A shard reserves the bucket's next free instant and waits
/// for it, so shards of different buckets start together and shards of one bucket one after another. Resumes do not
/// pass through here. One gate per process: shards of one bot split over processes are not coordinated.
/// </summary>
public sealed class IdentifyGate(int maxConcurrency, TimeSpan interval, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, DateTimeOffset> _nextFree = [];

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
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }
}
