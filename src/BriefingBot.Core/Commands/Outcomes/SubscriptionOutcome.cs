using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>A subscription was created, changed or ended. <paramref name="NextDelivery"/> is null once it ended.</summary>
public sealed record SubscriptionOutcome(SubscriptionChange Change, Subscription Subscription, DateTimeOffset? NextDelivery) : CommandOutcome;
