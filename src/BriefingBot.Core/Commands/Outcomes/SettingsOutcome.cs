using BriefingBot.Core.Chats;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>The chat's settings and subscription state, including why a subscription was deactivated.</summary>
public sealed record SettingsOutcome(ChatSettings Settings, Subscription? Subscription, DateTimeOffset? NextDelivery) : CommandOutcome;
