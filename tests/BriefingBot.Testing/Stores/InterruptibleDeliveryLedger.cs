using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Testing.Stores;

/// <summary>
/// An in-memory ledger whose "sent" writes fail while <see cref="FailMarkSent"/> is set: the platform has the briefing
/// but the ledger never hears of it, as when the process dies or the database goes away between the two.
/// </summary>
public sealed class InterruptibleDeliveryLedger : IDeliveryLedger
{
    private readonly InMemoryDeliveryLedger _inner = new();

    public bool FailMarkSent { get; set; }

    public Task<bool> TryClaimAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken) =>
        _inner.TryClaimAsync(subscriptionId, localDate, now, lease, maxAttempts, cancellationToken);

    public Task<bool> ExtendLeaseAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        _inner.ExtendLeaseAsync(subscriptionId, localDate, now, lease, cancellationToken);

    public Task MarkSentAsync(SubscriptionId subscriptionId, DateOnly localDate, string? platformMessageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        FailMarkSent
            ? throw new TimeoutException("The database did not answer.")
            : _inner.MarkSentAsync(subscriptionId, localDate, platformMessageId, now, cancellationToken);

    public Task MarkFailedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, bool permanent, DateTimeOffset now, CancellationToken cancellationToken) =>
        _inner.MarkFailedAsync(subscriptionId, localDate, reason, permanent, now, cancellationToken);

    public Task MarkSkippedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        _inner.MarkSkippedAsync(subscriptionId, localDate, reason, now, cancellationToken);

    public Task<DeliveryEntry?> GetAsync(SubscriptionId subscriptionId, DateOnly localDate, CancellationToken cancellationToken) =>
        _inner.GetAsync(subscriptionId, localDate, cancellationToken);
}
