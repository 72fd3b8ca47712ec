using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Subscriptions;

/// <summary>One subscription per chat address.</summary>
public interface ISubscriptionStore
{
    /// <summary>Creates the chat's subscription, or re-activates it with a new time and zone (CreatedAt = now).</summary>
    Task<Subscription> UpsertAsync(ChatAddress chat, string subscribedBy, TimeOnly deliveryTime, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<Subscription?> GetByChatAsync(ChatAddress chat, CancellationToken cancellationToken);

    Task<Subscription?> GetAsync(SubscriptionId id, CancellationToken cancellationToken);

    /// <summary>Marks the chat's subscription inactive; false when there was no active one.</summary>
    Task<bool> DeactivateAsync(ChatAddress chat, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The subscriptions, active or not, whose briefing is posted in <paramref name="target"/> rather than in their own chat
    /// ("/channel set"), in id order.
    /// </summary>
    Task<IReadOnlyList<Subscription>> ListDeliveringToAsync(ChatAddress target, CancellationToken cancellationToken);

    /// <summary>
    /// Sets where the chat's briefing is posted (null: in the chat itself again), whether the subscription is active or not;
    /// false when the chat has no subscription. Re-subscribing keeps it.
    /// </summary>
    Task<bool> SetDeliveryTargetAsync(ChatAddress chat, DeliveryTarget? target, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the subscription of <paramref name="oldChat"/> to <paramref name="newChat"/> (a Telegram group upgraded to a
    /// supergroup gets a new id), and points every subscription that posts to <paramref name="oldChat"/> at <paramref name="newChat"/>
    /// (its name kept). False when <paramref name="oldChat"/> has none or <paramref name="newChat"/> already has one.
    /// </summary>
    Task<bool> MoveChatAsync(ChatAddress oldChat, ChatAddress newChat, CancellationToken cancellationToken);
}
