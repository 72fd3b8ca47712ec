using System.Threading.RateLimiting;
using BriefingBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram.Delivery;

/// <summary>
/// Telegram's send limits: about one message a second per chat, a per-minute ceiling for groups and channels
/// (negative chat ids), and a global rate (Telegram:GlobalRatePerSecond). Per-chat limiters are partitions that the
/// partitioned limiter drops when idle, so fan-out to many chats keeps no limiter per chat alive.
/// </summary>
internal sealed class TelegramRateLimiter : IDisposable, IAsyncDisposable
{
    private const int QueueLimit = 1_000_000;

    private readonly PartitionedRateLimiter<long> _perChat;
    private readonly SendPacer _global;
    private readonly SemaphoreSlim _inFlight;

    public TelegramRateLimiter(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        var chat = PartitionedRateLimiter.Create<long, long>(id => RateLimitPartition.GetTokenBucketLimiter(id, _ => Bucket(o.PerChatRatePerSecond, TimeSpan.FromSeconds(1))));
        var group = PartitionedRateLimiter.Create<long, long>(id => id < 0
            ? RateLimitPartition.GetSlidingWindowLimiter(id, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = o.GroupRatePerMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(0L));
        _perChat = PartitionedRateLimiter.CreateChained(chat, group);

        // The global rate is paced one message at a time, evenly (a burst would overlap the previous second in Telegram's
        // window and draw 429s), a little under the configured rate and never above 99% of it in any second by our
        // clock: a message's time on the wire varies by milliseconds, and two sends a bare second apart here can land
        // inside one second at Telegram.
        // On the system clock, like the token buckets beside it: the pace is about real time on the wire, and the
        // adapter's tests run on a fake clock that a pacer waiting on it would never see move.
        _global = SendPacer.UnderCeiling(o.GlobalRatePerSecond, TimeProvider.System);

        // Sends in flight are bounded, and the bound is taken before the pace: while Telegram (or the connection to it)
        // stalls, the queue stops handing out instants instead of releasing a stall's worth of messages that then
        // arrive together. Thousands of queued chats wait on the semaphore, not on timers of their own.
        _inFlight = new SemaphoreSlim(o.MaxSendsInFlight, o.MaxSendsInFlight);
    }

    /// <summary>
    /// Waits until a message to <paramref name="chatId"/> may go out under every limit; dispose the lease once Telegram
    /// has answered (it holds one of the Telegram:MaxSendsInFlight places).
    /// </summary>
    public async Task<IDisposable> AcquireAsync(long chatId, CancellationToken cancellationToken)
    {
        // Token-bucket and window permits are spent on acquisition; disposing a lease gives nothing back.
        using var chat = await _perChat.AcquireAsync(chatId, 1, cancellationToken);
        if (!chat.IsAcquired)
        {
            throw new InvalidOperationException("The Telegram send queue is full.");
        }

        await _inFlight.WaitAsync(cancellationToken);
        try
        {
            // Held until Telegram answers: the global pace counts a message as possibly at Telegram until then.
            return new InFlightLease(_inFlight, await _global.AcquireAsync(cancellationToken));
        }
        catch
        {
            _inFlight.Release();
            throw;
        }
    }

    public void Dispose()
    {
        _perChat.Dispose();
        _inFlight.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _perChat.DisposeAsync();
        _inFlight.Dispose();
    }

    private static TokenBucketRateLimiterOptions Bucket(int tokens, TimeSpan period) => new()
    {
        TokenLimit = tokens,
        TokensPerPeriod = tokens,
        ReplenishmentPeriod = period,
        QueueLimit = QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };

    private sealed class InFlightLease(SemaphoreSlim inFlight, IDisposable paced) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                paced.Dispose();
                inFlight.Release();
            }
        }
    }
}
