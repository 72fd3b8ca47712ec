using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// The outbox that makes "exactly one briefing per subscription per local day" hold across restarts.
/// A claim takes a row into Sending with a lease; a crashed sender's lease expires and the row can be claimed again.
/// Sent and Skipped rows are final.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>
    /// Claims (subscription, local date) for sending. True when the caller now owns it: the row was new, Pending,
    /// Failed (non-permanently, attempts below <paramref name="maxAttempts"/>), or Sending with an expired lease.
    /// </summary>
    Task<bool> TryClaimAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a claim's lease on to <paramref name="now"/> + <paramref name="lease"/> while its sender is still at work.
    /// Only a row still Sending under an unexpired lease is extended (once the lease has run out the row may be another
    /// worker's); false otherwise.
    /// </summary>
    Task<bool> ExtendLeaseAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkSentAsync(SubscriptionId subscriptionId, DateOnly localDate, string? platformMessageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt. A permanent failure is never claimed again, whatever the caller's maxAttempts.</summary>
    Task MarkFailedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, bool permanent, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records that the day's briefing will not be sent (for example: missed by more than the grace window).</summary>
    Task MarkSkippedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    Task<DeliveryEntry?> GetAsync(SubscriptionId subscriptionId, DateOnly localDate, CancellationToken cancellationToken);
}
