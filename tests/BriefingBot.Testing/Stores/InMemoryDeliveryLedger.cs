using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Testing.Stores;

/// <summary>An in-memory ledger with the claim rules of <see cref="IDeliveryLedger"/>.</summary>
public sealed class InMemoryDeliveryLedger : IDeliveryLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(SubscriptionId, DateOnly), DeliveryEntry> _rows = [];

    public IReadOnlyList<DeliveryEntry> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _rows.Values];
            }
        }
    }

    public Task<bool> TryClaimAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = (subscriptionId, localDate);
            if (_rows.TryGetValue(key, out var row))
            {
                var claimable = row.State switch
                {
                    DeliveryState.Pending => true,
                    DeliveryState.Failed => row.Attempts < maxAttempts,
                    DeliveryState.Sending => row.LeaseUntil is { } until && until <= now,
                    _ => false,
                };
                if (!claimable)
                {
                    return Task.FromResult(false);
                }
            }

            var attempts = (row?.Attempts ?? 0) + 1;
            _rows[key] = new DeliveryEntry(subscriptionId, localDate, DeliveryState.Sending, attempts, row?.LastError, null, now, now + lease);
            return Task.FromResult(true);
        }
    }

    public Task<bool> ExtendLeaseAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = (subscriptionId, localDate);
            if (!_rows.TryGetValue(key, out var row) || row.State != DeliveryState.Sending || row.LeaseUntil is not { } until || until <= now)
            {
                return Task.FromResult(false);
            }

            _rows[key] = row with { LeaseUntil = now + lease };
            return Task.FromResult(true);
        }
    }

    public Task MarkSentAsync(SubscriptionId subscriptionId, DateOnly localDate, string? platformMessageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(subscriptionId, localDate, row => row with { State = DeliveryState.Sent, PlatformMessageId = platformMessageId, UpdatedAt = now, LeaseUntil = null });

    public Task MarkFailedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, bool permanent, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(subscriptionId, localDate, row => row with
        {
            State = DeliveryState.Failed,
            LastError = reason,
            Attempts = permanent ? int.MaxValue : row.Attempts,
            UpdatedAt = now,
            LeaseUntil = null,
        });

    public Task MarkSkippedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(subscriptionId, localDate, row => row with { State = DeliveryState.Skipped, LastError = reason, UpdatedAt = now, LeaseUntil = null });

    public Task<DeliveryEntry?> GetAsync(SubscriptionId subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.GetValueOrDefault((subscriptionId, localDate)));
        }
    }

    private Task Update(SubscriptionId subscriptionId, DateOnly localDate, Func<DeliveryEntry, DeliveryEntry> change)
    {
        lock (_gate)
        {
            var key = (subscriptionId, localDate);
            var row = _rows.GetValueOrDefault(key)
                ?? new DeliveryEntry(subscriptionId, localDate, DeliveryState.Pending, 0, null, null, DateTimeOffset.MinValue, null);
            _rows[key] = change(row);
        }

        return Task.CompletedTask;
    }
}
