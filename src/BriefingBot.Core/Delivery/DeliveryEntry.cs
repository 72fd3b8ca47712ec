using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Delivery;

/// <summary>One row of the delivery ledger: one briefing for one subscription on one local date.</summary>
public sealed record DeliveryEntry(
    SubscriptionId SubscriptionId,
    DateOnly LocalDate,
    DeliveryState State,
    int Attempts,
    string? LastError,
    string? PlatformMessageId,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LeaseUntil);
