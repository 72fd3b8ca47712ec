namespace BriefingBot.Core.Briefings;

/// <summary>A platform-neutral briefing. Empty <see cref="Items"/> means nothing new since <see cref="Since"/>.</summary>
public sealed record Briefing(DateTimeOffset GeneratedAt, DateTimeOffset Since, IReadOnlyList<BriefingItem> Items)
{
    /// <summary>One-time notices for the chat's moderators, shown after the items ("The feed X has failed for a day").</summary>
    public IReadOnlyList<BriefingNotice> Notices { get; init; } = [];

    /// <summary>
    /// The same for every attempt at one scheduled delivery (subscription and local date), null for on-demand briefings.
    /// A platform that supports idempotent sends derives its idempotency key from it, so a resend after a crash between
    /// the platform accepting the message and the ledger recording it does not post a second copy.
    /// </summary>
    public string? DeliveryKey { get; init; }
}
