using BriefingBot.Core.Briefings;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// Sends every briefing that has come due, through the ledger, so each subscription gets at most one per local day:
/// a slot is claimed before sending and marked sent after; a crash leaves a lease that expires and is retried.
/// </summary>
public sealed partial class DeliveryService(
    ISubscriptionStore subscriptions,
    IDeliveryLedger ledger,
    BriefingService briefings,
    IEnumerable<IChatPlatform> platforms,
    IOptions<BriefingOptions> options,
    DeliveryMetrics metrics,
    ILogger<DeliveryService> logger)
{
    private readonly Dictionary<string, IChatPlatform> _platforms =
        platforms.ToDictionary(p => p.Platform, StringComparer.OrdinalIgnoreCase);

    public async Task<DeliveryRunReport> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0, skipped = 0;
        foreach (var subscription in await subscriptions.ListActiveAsync(cancellationToken))
        {
            var quietDays = (await briefings.GetSettingsAsync(subscription.Chat, cancellationToken)).QuietDays;
            foreach (var (localDate, due) in DeliverySchedule.DueSlots(subscription, now, quietDays))
            {
                var outcome = await DeliverSlotAsync(subscription, localDate, due, now, cancellationToken);
                sent += outcome == SlotOutcome.Sent ? 1 : 0;
                failed += outcome == SlotOutcome.Failed ? 1 : 0;
                skipped += outcome == SlotOutcome.Skipped ? 1 : 0;
            }
        }

        return new DeliveryRunReport(sent, failed, skipped);
    }

    private async Task<SlotOutcome> DeliverSlotAsync(Subscription subscription, DateOnly localDate, DateTimeOffset due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (now - due > settings.GraceWindow)
        {
            return await SkipMissedAsync(subscription, localDate, due, now, cancellationToken);
        }

        if (!_platforms.TryGetValue(subscription.Chat.Platform, out var platform))
        {
            return SlotOutcome.None;
        }

        var entry = await ledger.GetAsync(subscription.Id, localDate, cancellationToken);
        if (entry is { State: DeliveryState.Failed } && now < entry.UpdatedAt + RetryDelay(entry.Attempts))
        {
            return SlotOutcome.None;
        }

        if (!await ledger.TryClaimAsync(subscription.Id, localDate, now, settings.DeliveryLease, settings.MaxDeliveryAttempts, cancellationToken))
        {
            return SlotOutcome.None;
        }

        metrics.Due(platform.Platform);

        try
        {
            var briefing = await briefings.ComposeForChatAsync(subscription.Chat, now, cancellationToken);
            if (briefing.Items.Count == 0)
            {
                await ledger.MarkSkippedAsync(subscription.Id, localDate, "No new stories since the last briefing.", now, cancellationToken);
                metrics.Skipped("nothing_new");
                LogNothingNew(subscription.Chat.Key, localDate);
                return SlotOutcome.Skipped;
            }

            var result = await platform.SendBriefingAsync(subscription.Destination, briefing, cancellationToken);
            if (result.Succeeded)
            {
                await ledger.MarkSentAsync(subscription.Id, localDate, result.MessageId, now, cancellationToken);
                await briefings.RecordAsync(subscription.Chat, briefing, cancellationToken);
                metrics.Sent(platform.Platform, now - due);
                LogSent(subscription.Chat.Key, localDate, briefing.Items.Count, now - due);
                return SlotOutcome.Sent;
            }

            var error = result.Error ?? "The platform refused the message.";
            await ledger.MarkFailedAsync(subscription.Id, localDate, error, result.IsPermanent, now, cancellationToken);
            metrics.Failed(platform.Platform, result.IsPermanent);
            LogFailed(subscription.Chat.Key, localDate, error, result.IsPermanent);
            if (result.IsPermanent)
            {
                await subscriptions.DeactivateAsync(subscription.Chat, subscription.FailureReason(error), now, cancellationToken);
            }

            return SlotOutcome.Failed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await ledger.MarkFailedAsync(subscription.Id, localDate, ex.Message, permanent: false, now, cancellationToken);
            metrics.Failed(platform.Platform, permanent: false);
            LogFault(ex, subscription.Chat.Key, localDate);
            return SlotOutcome.Failed;
        }
    }

    private async Task<SlotOutcome> SkipMissedAsync(Subscription subscription, DateOnly localDate, DateTimeOffset due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = await ledger.GetAsync(subscription.Id, localDate, cancellationToken);
        if (entry is not null && entry.State is not (DeliveryState.Pending or DeliveryState.Failed))
        {
            return SlotOutcome.None;
        }

        var reason = $"Missed: due at {due:u}, {(now - due).TotalHours:0.#} h late, beyond the {options.Value.GraceWindow.TotalHours:0.#} h grace window.";
        await ledger.MarkSkippedAsync(subscription.Id, localDate, reason, now, cancellationToken);
        metrics.Skipped("missed");
        LogMissed(subscription.Chat.Key, localDate, reason);
        return SlotOutcome.Skipped;
    }

    /// <summary>1, 2, 4, 8 ... minutes between attempts, at most an hour.</summary>
    private static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    private enum SlotOutcome
    {
        None,
        Sent,
        Failed,
        Skipped,
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Briefing for {Chat} ({LocalDate}) sent: {Items} items, {Lateness} after due")]
    private partial void LogSent(string chat, DateOnly localDate, int items, TimeSpan lateness);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Briefing for {Chat} ({LocalDate}) failed (permanent: {Permanent}): {Error}")]
    private partial void LogFailed(string chat, DateOnly localDate, string error, bool permanent);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Briefing for {Chat} ({LocalDate}) crashed; it will be retried")]
    private partial void LogFault(Exception exception, string chat, DateOnly localDate);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "Briefing for {Chat} ({LocalDate}) skipped. {Reason}")]
    private partial void LogMissed(string chat, DateOnly localDate, string reason);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Information, Message = "Briefing for {Chat} ({LocalDate}) skipped: nothing new")]
    private partial void LogNothingNew(string chat, DateOnly localDate);
}
