using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Subscriptions;

/// <summary>A chat's daily briefing: delivered at <see cref="DeliveryTime"/> local time in <see cref="TimeZoneId"/>.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Chat">The home chat: where moderators manage the subscription (filters, /settings, /story refer to it).</param>
/// <param name="SubscribedBy">Platform user id of whoever subscribed.</param>
/// <param name="DeliveryTime">Local wall-clock time.</param>
/// <param name="TimeZoneId">IANA time zone id ("Europe/London").</param>
/// <param name="CreatedAt">When the subscription was made (or its time last changed); no briefing is due before it.</param>
/// <param name="IsActive">False after /unsubscribe or when the platform said the chat is gone.</param>
/// <param name="DeactivatedReason">Why it is inactive, when it is.</param>
/// <param name="DeliverTo">Where the briefing is posted when not in <paramref name="Chat"/> ("/channel set"); null = the home chat.</param>
public sealed record Subscription(
    SubscriptionId Id,
    ChatAddress Chat,
    string SubscribedBy,
    TimeOnly DeliveryTime,
    string TimeZoneId,
    DateTimeOffset CreatedAt,
    bool IsActive,
    string? DeactivatedReason,
    DeliveryTarget? DeliverTo = null)
{
    /// <summary>Where the daily briefing is posted: <see cref="DeliverTo"/>, else the home chat.</summary>
    public ChatAddress Destination => DeliverTo?.Chat ?? Chat;

    /// <summary>The reason recorded when posting failed for good: it names the channel when the briefing goes elsewhere.</summary>
    public string FailureReason(string error) =>
        DeliverTo is { } target ? $"Posting to {target.Name} failed: {error}" : error;
}
