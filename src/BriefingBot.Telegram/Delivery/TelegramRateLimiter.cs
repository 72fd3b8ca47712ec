using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram.Delivery;

/// <summary>
/// Telegram's send limits as chained token buckets: a global rate (Telegram:GlobalRatePerSecond), about one message
/// a second per chat, and a per-minute ceiling for groups and channels (negative chat ids). Idle partitions are dropped
/// by the partitioned limiter, so fan-out to many chats does not keep a limiter per chat alive.
/// </summary>
internal sealed class TelegramRateLimiter : IDisposable, IAsyncDisposable
{
    private const int QueueLimit = 1_000_000;

    private readonly PartitionedRateLimiter<long> _limiter;

    public TelegramRateLimiter(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        var global = PartitionedRateLimiter.Create<long, int>(_ => RateLimitPartition.GetTokenBucketLimiter(0, _ => Bucket(o.GlobalRatePerSecond, TimeSpan.FromSeconds(1))));
        var perChat = PartitionedRateLimiter.Create<long, long>(chat => RateLimitPartition.GetTokenBucketLimiter(chat, _ => Bucket(o.PerChatRatePerSecond, TimeSpan.FromSeconds(1))));
        var perGroup = PartitionedRateLimiter.Create<long, long>(chat => chat < 0
            ? RateLimitPartition.GetSlidingWindowLimiter(chat, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = o.GroupRatePerMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(0L));
        _limiter = PartitionedRateLimiter.CreateChained(perChat, perGroup, global);
    }

    /// <summary>Waits until a message to <paramref name="chatId"/> may go out under every limit.</summary>
    public async Task<RateLimitLease> AcquireAsync(long chatId, CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(chatId, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("The Telegram send queue is full.");
        }

        return lease;
    }

    public void Dispose() => _limiter.Dispose();

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    private static TokenBucketRateLimiterOptions Bucket(int tokens, TimeSpan period) => new()
    {
        TokenLimit = tokens,
        TokensPerPeriod = tokens,
        ReplenishmentPeriod = period,
        QueueLimit = QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
