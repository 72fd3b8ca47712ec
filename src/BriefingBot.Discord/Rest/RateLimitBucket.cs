namespace BriefingBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket: at most one request in flight (so Remaining is always current), and no request while
/// Remaining is 0 before the reset.
/// </summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim InFlight { get; } = new(1, 1);

    /// <summary>Requests left in the window; null until Discord says.</summary>
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;
}
