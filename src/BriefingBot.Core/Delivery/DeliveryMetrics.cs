using System.Diagnostics.Metrics;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// Delivery instruments on the "BriefingBot.Delivery" meter: briefings due, sent, failed and skipped, how late they went
/// out, how many due slots a pass still has to handle (queue depth) and how long passes take, how often a briefing was
/// composed or taken from the slot cache, and the platforms' rate-limit waits and 429 answers (recorded by the adapters).
/// </summary>
public sealed class DeliveryMetrics
{
    public const string MeterName = "BriefingBot.Delivery";

    private readonly Counter<long> _due;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _skipped;
    private readonly Histogram<double> _lateness;
    private readonly Histogram<double> _rateLimitWait;
    private readonly Counter<long> _throttled;
    private readonly Counter<long> _composed;
    private readonly Histogram<double> _passDuration;
    private long _queueDepth;

    public DeliveryMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _due = meter.CreateCounter<long>("briefingbot.briefings.due", "{briefing}", "Briefings that came due and were claimed for sending.");
        _sent = meter.CreateCounter<long>("briefingbot.briefings.sent", "{briefing}", "Briefings delivered.");
        _failed = meter.CreateCounter<long>("briefingbot.briefings.failed", "{briefing}", "Failed delivery attempts.");
        _skipped = meter.CreateCounter<long>("briefingbot.briefings.skipped", "{briefing}", "Briefings not sent: missed beyond the grace window, or nothing new.");
        _lateness = meter.CreateHistogram<double>("briefingbot.delivery.lateness", "s", "Time from a briefing's due instant to its delivery.");
        _rateLimitWait = meter.CreateHistogram<double>("briefingbot.delivery.rate_limit_wait", "s", "Time a message waited for a platform rate limit.");
        _throttled = meter.CreateCounter<long>("briefingbot.delivery.throttled", "{response}", "Rate-limit answers (HTTP 429) from a platform.");
        _composed = meter.CreateCounter<long>("briefingbot.briefings.composed", "{briefing}", "Briefings a pass needed, by whether the slot cache had them (cache: hit or miss).");
        _passDuration = meter.CreateHistogram<double>("briefingbot.delivery.pass_duration", "s", "How long one delivery pass took.");
        meter.CreateObservableGauge("briefingbot.delivery.queue_depth", () => Interlocked.Read(ref _queueDepth), "{briefing}", "Due slots the running pass has not handled yet.");
    }

    public void Due(string platform) => _due.Add(1, Platform(platform));

    public void Sent(string platform, TimeSpan lateness)
    {
        _sent.Add(1, Platform(platform));
        _lateness.Record(Math.Max(0, lateness.TotalSeconds), Platform(platform));
    }

    public void Failed(string platform, bool permanent) =>
        _failed.Add(1, Platform(platform), new KeyValuePair<string, object?>("permanent", permanent));

    public void Skipped(string reason) => _skipped.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>For adapters: a message waited <paramref name="wait"/> for a rate limit.</summary>
    public void RateLimitWait(string platform, TimeSpan wait) => _rateLimitWait.Record(wait.TotalSeconds, Platform(platform));

    /// <summary>For adapters: the platform answered 429.</summary>
    public void Throttled(string platform) => _throttled.Add(1, Platform(platform));

    /// <summary>A pass found <paramref name="count"/> due slots to handle.</summary>
    public void Queued(int count) => Interlocked.Add(ref _queueDepth, count);

    /// <summary>A pass handled one due slot (sent, failed, skipped or left to another worker).</summary>
    public void Dequeued() => Interlocked.Decrement(ref _queueDepth);

    /// <summary>The current queue depth (for tests and the benchmark).</summary>
    public long QueueDepth => Interlocked.Read(ref _queueDepth);

    public void PassCompleted(TimeSpan duration) => _passDuration.Record(duration.TotalSeconds);

    public void Composed(bool cached) => _composed.Add(1, new KeyValuePair<string, object?>("cache", cached ? "hit" : "miss"));

    private static KeyValuePair<string, object?> Platform(string platform) => new("platform", platform);
}
