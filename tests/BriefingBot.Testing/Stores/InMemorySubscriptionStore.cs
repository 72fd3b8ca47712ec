using BriefingBot.Core.Chats;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Testing.Stores;

public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ChatAddress, Subscription> _byChat = [];

    public Task<Subscription> UpsertAsync(ChatAddress chat, string subscribedBy, TimeOnly deliveryTime, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var id = _byChat.TryGetValue(chat, out var existing) ? existing.Id : new SubscriptionId(_byChat.Count + 1);
            var saved = new Subscription(id, chat, subscribedBy, deliveryTime, timeZoneId, now, true, null, existing?.DeliverTo);
            _byChat[chat] = saved;
            return Task.FromResult(saved);
        }
    }

    public Task<Subscription?> GetByChatAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_byChat.GetValueOrDefault(chat));
        }
    }

    public Task<Subscription?> GetAsync(SubscriptionId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_byChat.Values.FirstOrDefault(s => s.Id == id));
        }
    }

    public Task<bool> DeactivateAsync(ChatAddress chat, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_byChat.TryGetValue(chat, out var existing) || !existing.IsActive)
            {
                return Task.FromResult(false);
            }

            _byChat[chat] = existing with { IsActive = false, DeactivatedReason = reason };
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Subscription> active = _byChat.Values.Where(s => s.IsActive).OrderBy(s => s.Id.Value).ToList();
            return Task.FromResult(active);
        }
    }

    public Task<IReadOnlyList<Subscription>> ListDeliveringToAsync(ChatAddress target, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Subscription> delivering = _byChat.Values.Where(s => s.DeliverTo?.Chat == target).OrderBy(s => s.Id.Value).ToList();
            return Task.FromResult(delivering);
        }
    }

    public Task<bool> SetDeliveryTargetAsync(ChatAddress chat, DeliveryTarget? target, CancellationToken cancellationToken)
    {
        if (target is not null && target.Chat.Platform != chat.Platform)
        {
            throw new ArgumentException($"A {chat.Platform} chat's briefing cannot be posted on {target.Chat.Platform}.", nameof(target));
        }

        lock (_gate)
        {
            if (!_byChat.TryGetValue(chat, out var existing))
            {
                return Task.FromResult(false);
            }

            _byChat[chat] = existing with { DeliverTo = target };
            return Task.FromResult(true);
        }
    }

    public Task<bool> MoveChatAsync(ChatAddress oldChat, ChatAddress newChat, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var posting in _byChat.Values.ToList())
            {
                if (posting.DeliverTo is { } target && target.Chat == oldChat)
                {
                    _byChat[posting.Chat] = posting with { DeliverTo = target with { Chat = newChat } };
                }
            }

            if (!_byChat.Remove(oldChat, out var existing) || _byChat.ContainsKey(newChat))
            {
                if (existing is not null)
                {
                    _byChat[oldChat] = existing;
                }

                return Task.FromResult(false);
            }

            _byChat[newChat] = existing with { Chat = newChat };
            return Task.FromResult(true);
        }
    }
}
