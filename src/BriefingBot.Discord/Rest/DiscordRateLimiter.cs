using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using BriefingBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Discord's rate limits, kept before requests rather than learned from 429s: per bucket (route + major parameter,
/// merged once X-RateLimit-Bucket names the shared bucket) from Remaining / Reset-After; a global pace of
/// Discord:GlobalRequestsPerSecond, one request at a time; and a global pause after a 429 with <c>global: true</c>.
/// Also counts invalid requests (401, 403, 429) over ten minutes, which Discord bans at 10,000.
/// </summary>
public sealed class DiscordRateLimiter(IOptions<DiscordOptions> options, TimeProvider time)
{
    private static readonly TimeSpan InvalidWindow = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _bucketHashes = new(StringComparer.Ordinal);
    private readonly Lock _globalGate = new();
    private readonly Queue<DateTimeOffset> _invalid = new();

    // Requests are spaced evenly rather than let through a second's worth at a time: a burst of 50 followed by a
    // pause overlaps the previous burst at Discord whenever one request of it is delayed on the wire; and no second
    // (by our clock) holds more than 49, so a stall that lets several timers fire together cannot reach 50 at Discord.
    private readonly SendPacer _global = SendPacer.UnderCeiling(options.Value.GlobalRequestsPerSecond, time);

    /// <summary>Invalid requests (401, 403, 429) in the last ten minutes.</summary>
    public int InvalidRequestCount
    {
        get
        {
            lock (_globalGate)
            {
                Expire(_invalid, time.GetUtcNow() - InvalidWindow);
                return _invalid.Count;
            }
        }
    }

    /// <summary>Waits until <paramref name="route"/> may be sent; dispose the lease after reading the response headers.</summary>
    public async Task<IDisposable> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var bucket = BucketFor(route);
        await bucket.InFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (bucket.Remaining is 0 && bucket.ResetAt > time.GetUtcNow())
            {
                await Task.Delay(bucket.ResetAt - time.GetUtcNow(), time, cancellationToken).ConfigureAwait(false);
            }

            if (bucket.Remaining is 0)
            {
                bucket.Remaining = null;
            }

            // Held until the response is read: the global pace counts a request as possibly at Discord until then.
            var paced = route.ExemptFromGlobal ? null : await _global.AcquireAsync(cancellationToken).ConfigureAwait(false);
            return new Lease(bucket, paced);
        }
        catch
        {
            bucket.InFlight.Release();
            throw;
        }
    }

    /// <summary>Learns the bucket's state from a response's X-RateLimit-* headers.</summary>
    public void Update(DiscordRoute route, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(headers);
        var bucket = BucketFor(route);
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            // Routes sharing a hash (and major parameter) share one bucket; the headers describe that shared bucket.
            _bucketHashes[route.RouteKey] = hash;
            bucket = _buckets.GetOrAdd($"{hash}:{route.MajorParameter}", bucket);
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
        {
            bucket.Remaining = remaining;
        }

        if (double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter);
        }
    }

    /// <summary>After a 429: pause the bucket, or everything when Discord says the limit was global.</summary>
    public void OnTooManyRequests(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (global)
        {
            _global.PauseFor(retryAfter);
            return;
        }

        var until = time.GetUtcNow() + retryAfter;

        var bucket = BucketFor(route);
        bucket.Remaining = 0;
        bucket.ResetAt = until;
    }

    /// <summary>Counts a 401, 403 or 429 answer.</summary>
    public int RecordInvalid()
    {
        lock (_globalGate)
        {
            var now = time.GetUtcNow();
            _invalid.Enqueue(now);
            Expire(_invalid, now - InvalidWindow);
            return _invalid.Count;
        }
    }

    private RateLimitBucket BucketFor(DiscordRoute route)
    {
        if (_bucketHashes.TryGetValue(route.RouteKey, out var hash))
        {
            return _buckets.GetOrAdd($"{hash}:{route.MajorParameter}", _ => new RateLimitBucket());
        }

        return _buckets.GetOrAdd($"{route.RouteKey}:{route.MajorParameter}", _ => new RateLimitBucket());
    }

    private static void Expire(Queue<DateTimeOffset> queue, DateTimeOffset before)
    {
        while (queue.Count > 0 && queue.Peek() <= before)
        {
            queue.Dequeue();
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed class Lease(RateLimitBucket bucket, IDisposable? paced) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                paced?.Dispose();
                bucket.InFlight.Release();
            }
        }
    }
}
