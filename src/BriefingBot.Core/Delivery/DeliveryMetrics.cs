using System.Diagnostics.Metrics;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// Delivery instruments on the "BriefingBot.Delivery" meter: briefings due, sent, failed and skipped, how late they went
/// out, and the platforms' rate-limit waits and 429 answers (recorded by the adapters).
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

    private static KeyValuePair<string, object?> Platform(string platform) => new("platform", platform);
}
