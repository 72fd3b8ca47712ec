namespace BriefingBot.Core.Briefings;

/// <summary>The "Briefing" configuration section: defaults for subscriptions and delivery.</summary>
public sealed class BriefingOptions
{
    public const string SectionName = "Briefing";

    /// <summary>Local time used by "/subscribe" without a time.</summary>
    public TimeOnly DefaultDeliveryTime { get; set; } = new(7, 0);

    /// <summary>IANA zone used by "/subscribe" without a zone.</summary>
    public string DefaultTimeZone { get; set; } = "Europe/London";

    /// <summary>Items in a briefing unless the chat chose otherwise.</summary>
    public int ItemsPerBriefing { get; set; } = 5;

    /// <summary>How far back the first briefing of a chat (and the "brief" verb) looks.</summary>
    public TimeSpan FirstBriefingLookback { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A briefing missed while the bot was down is still sent if it is at most this late.</summary>
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Attempts before a day's briefing is given up.</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>
    /// How long a claimed delivery stays claimed before another worker may retry it. The sender renews it every third
    /// while it works, so it only runs out when the sender is gone; kept inside Discord's nonce window ("a few minutes"),
    /// so a retry after a crash is deduplicated there.
    /// </summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Briefings a delivery pass sends at once. Each waits mostly on the platform's answer; the adapters' own rate
    /// limiters keep the pace under the platforms' ceilings, so this only needs to cover their round trips (8 cover
    /// 50/s at 160 ms). Kept small on purpose: a crash can repeat the sends in flight that Telegram had accepted.
    /// </summary>
    public int MaxConcurrentDeliveries { get; set; } = 8;

    /// <summary>How often due briefings are looked for.</summary>
    public TimeSpan DeliveryPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far back "/who" looks for stories.</summary>
    public TimeSpan WhoLookback { get; set; } = TimeSpan.FromDays(30);
}
