using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>A subscription was created, changed or ended. <paramref name="NextDelivery"/> is null once it ended.</summary>
/// <param name="Change">What happened.</param>
/// <param name="Subscription">The subscription as it is now.</param>
/// <param name="NextDelivery">When the next briefing is due.</param>
/// <param name="DeliveredIn">
/// Where the briefing goes when that is not the chat the command came from ("/personal": the user's direct messages, as
/// the platform names them); null for the chat itself.
/// </param>
public sealed record SubscriptionOutcome(SubscriptionChange Change, Subscription Subscription, DateTimeOffset? NextDelivery, string? DeliveredIn = null) : CommandOutcome;
