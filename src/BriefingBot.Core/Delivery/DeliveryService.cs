using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.ExceptionServices;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// Sends every briefing that has come due, through the ledger, so each subscription gets at most one per local day:
/// a slot is claimed before sending and marked sent after; a crash leaves a lease that expires and is retried.
/// Briefings are composed once per (profile, window) through <see cref="SlotBriefingCache"/>, not once per subscriber.
/// A database failure ends the pass (the caller retries at its next tick); a platform failure fails one slot, retried
/// with backoff.
/// </summary>
public sealed partial class DeliveryService(
    ISubscriptionStore subscriptions,
    IDeliveryLedger ledger,
    BriefingService briefings,
    SlotBriefingCache slotBriefings,
    IBriefingProfiles profiles,
    IEnumerable<IChatPlatform> platforms,
    IOptions<BriefingOptions> options,
    DeliveryMetrics metrics,
    TimeProvider time,
    ILogger<DeliveryService> logger)
{
    /// <summary>How long sends in flight may finish after the pass is told to stop (within the host's 15 s shutdown).</summary>
    public static readonly TimeSpan SendDrainTime = TimeSpan.FromSeconds(10);

    /// <summary>Attempts at recording a send the platform accepted before the pass gives up (the slot is then in doubt).</summary>
    private const int MarkSentAttempts = 3;

    private readonly Dictionary<string, IChatPlatform> _platforms =
        platforms.ToDictionary(p => p.Platform, StringComparer.OrdinalIgnoreCase);

    // Slots whose ledger row is final (Sent or Skipped) never change again, on any instance: remembering them spares a
    // database read per subscription per pass for the rest of the day. Pruned to the last three local dates.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(SubscriptionId, DateOnly), byte> _final = new();

    public async Task<DeliveryRunReport> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        PruneFinal(now);
        var due = DueSlots(await subscriptions.ListActiveAsync(cancellationToken), now)
            .Where(slot => !_final.ContainsKey((slot.Subscription.Id, slot.LocalDate)))
            .ToList();
        metrics.Queued(due.Count);
        var pass = new Pass(due, now, time);
        try
        {
            // Several slots are in flight at once (Briefing:MaxConcurrentDeliveries): a send is mostly a wait on the
            // platform's answer, and one at a time would hold a pass to one round trip per briefing, far under the
            // platforms' own ceilings, which the adapters' rate limiters enforce. A subscription's slots (yesterday's
            // and today's after an outage) stay with one worker, in order.
            var workers = Math.Max(1, Math.Min(options.Value.MaxConcurrentDeliveries, pass.Subscriptions));

            // Stopping (shutdown, a deploy) ends the pass: no slot is started after it, but the sends in flight get
            // SendDrainTime to finish and be recorded. Cancelling them at once would drop briefings the platform may
            // already have accepted, unrecorded, to be sent again after the restart.
            using var sends = new CancellationTokenSource();
            using var stopping = cancellationToken.Register(() => _ = CancelLaterAsync(sends));
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync(pass, cancellationToken, sends.Token)));
            pass.ThrowIfFaulted();
        }
        finally
        {
            // A pass cut short (database gone, shutdown) leaves nothing counted as queued.
            metrics.Queued(pass.Handled - due.Count);
            metrics.PassCompleted(Stopwatch.GetElapsedTime(started));
        }

        return new DeliveryRunReport(pass.Sent, pass.Failed, pass.Skipped);
    }

    /// <summary>
    /// One worker of a pass: takes the next subscription's slots until none are left or another worker failed. A
    /// failure (the database gone) stops every worker from taking more, but sends already in flight finish and are
    /// recorded, rather than being cancelled after the platform may have accepted them.
    /// </summary>
    private async Task WorkAsync(Pass pass, CancellationToken cancellationToken, CancellationToken sendsCancelled)
    {
        while (!cancellationToken.IsCancellationRequested && pass.TryTake(out var slots))
        {
            try
            {
                foreach (var (subscription, localDate, dueAt) in slots)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }

                    var outcome = await DeliverSlotAsync(subscription, localDate, dueAt, pass, sendsCancelled);
                    if (outcome is SlotOutcome.Sent or SlotOutcome.Skipped or SlotOutcome.Final)
                    {
                        _final.TryAdd((subscription.Id, localDate), 0);
                    }

                    pass.Count(outcome);
                    metrics.Dequeued();
                }
            }
            catch (Exception ex)
            {
                pass.Fault(ex);
                return;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task CancelLaterAsync(CancellationTokenSource sends)
    {
        await Task.Delay(SendDrainTime, time, CancellationToken.None).ConfigureAwait(false);
        try
        {
            await sends.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The pass ended within the drain time.
        }
    }

    /// <summary>Every (subscription, local date, due instant) that has come due by <paramref name="now"/>, earliest first.</summary>
    public static IReadOnlyList<(Subscription Subscription, DateOnly LocalDate, DateTimeOffset Due)> DueSlots(IEnumerable<Subscription> active, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(active);
        var due = new List<(Subscription, DateOnly, DateTimeOffset)>();
        foreach (var subscription in active)
        {
            foreach (var (localDate, dueAt) in DeliverySchedule.DueSlots(subscription, now))
            {
                due.Add((subscription, localDate, dueAt));
            }
        }

        // Earliest due first: after an outage the longest-waiting chats go out first.
        due.Sort((a, b) => a.Item3.CompareTo(b.Item3));
        return due;
    }

    private async Task<SlotOutcome> DeliverSlotAsync(Subscription subscription, DateOnly localDate, DateTimeOffset due, Pass pass, CancellationToken cancellationToken)
    {
        var now = pass.Now;
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
        if (entry is { State: DeliveryState.Sent or DeliveryState.Skipped })
        {
            return SlotOutcome.Final;
        }

        if (entry is { State: DeliveryState.Failed } && now < entry.UpdatedAt + RetryDelay(entry.Attempts))
        {
            return SlotOutcome.None;
        }

        var chatSettings = await briefings.GetSettingsAsync(subscription.Chat, cancellationToken);
        if (chatSettings.QuietDays.Contains(localDate.DayOfWeek))
        {
            // "/schedule quiet": no briefing on this local day; the next one covers the stories since the last.
            await ledger.MarkSkippedAsync(subscription.Id, localDate, $"Quiet day ({localDate.DayOfWeek}).", now, cancellationToken);
            metrics.Skipped("quiet_day");
            return SlotOutcome.Skipped;
        }

        // "now" is the pass's instant; a slot late in a long pass is claimed, and its lease counted, from the time it is
        // actually reached.
        if (!await ledger.TryClaimAsync(subscription.Id, localDate, pass.Current, settings.DeliveryLease, settings.MaxDeliveryAttempts, cancellationToken))
        {
            return SlotOutcome.None;
        }

        // The lease is renewed while the send runs (a briefing held up by 429s can take minutes), so it only runs out
        // when this worker is gone and another may safely take the slot over.
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewLeaseAsync(subscription, localDate, pass, settings.DeliveryLease, renewing.Token);
        try
        {
            return await SendClaimedAsync(subscription, localDate, due, now, platform, chatSettings, cancellationToken);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }
    }

    private async Task<SlotOutcome> SendClaimedAsync(
        Subscription subscription, DateOnly localDate, DateTimeOffset due, DateTimeOffset now, IChatPlatform platform, Chats.ChatSettings chatSettings, CancellationToken cancellationToken)
    {
        metrics.Due(platform.Platform);
        SendResult? accepted = null;
        try
        {
            var window = await briefings.WindowForChatAsync(subscription.Chat, chatSettings, now, cancellationToken);
            var profile = await profiles.ForChatAsync(subscription.Chat, cancellationToken);
            var briefing = await briefings.WithNoticesAsync(
                subscription.Chat, await slotBriefings.GetOrComposeAsync(profile, window, cancellationToken), now, cancellationToken)
                with { DeliveryKey = $"{subscription.Id}/{localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" };
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
                accepted = result;
                await MarkSentAsync(subscription, localDate, result.MessageId, now, cancellationToken);
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
        catch (Exception ex) when (ex is not OperationCanceledException && accepted is not null)
        {
            // The platform has the message but the ledger does not say so: marking it failed would send it again at
            // once. Leave the claim to its lease and let the caller see the (database) failure.
            LogInDoubt(ex, subscription.Chat.Key, localDate);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await ledger.MarkFailedAsync(subscription.Id, localDate, ex.Message, permanent: false, now, cancellationToken);
            metrics.Failed(platform.Platform, permanent: false);
            LogFault(ex, subscription.Chat.Key, localDate);
            return SlotOutcome.Failed;
        }
    }

    /// <summary>Every third of the lease, moves the claim's lease on; stops when the send is done (or the pass is cut short).</summary>
    private async Task RenewLeaseAsync(Subscription subscription, DateOnly localDate, Pass pass, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, time, cancellationToken);
                try
                {
                    await ledger.ExtendLeaseAsync(subscription.Id, localDate, pass.Current, lease, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database is away: the lease may lapse, as it would have without renewal; the send goes on.
                    LogLeaseNotRenewed(ex, subscription.Chat.Key, localDate);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The send is done.
        }
    }

    private async Task MarkSentAsync(Subscription subscription, DateOnly localDate, string? messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ledger.MarkSentAsync(subscription.Id, localDate, messageId, now, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < MarkSentAttempts)
            {
                LogMarkSentRetry(ex, subscription.Chat.Key, localDate, attempt);
            }
        }
    }

    private async Task<SlotOutcome> SkipMissedAsync(Subscription subscription, DateOnly localDate, DateTimeOffset due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = await ledger.GetAsync(subscription.Id, localDate, cancellationToken);
        if (entry is not null && entry.State is not (DeliveryState.Pending or DeliveryState.Failed))
        {
            return entry.State is DeliveryState.Sent or DeliveryState.Skipped ? SlotOutcome.Final : SlotOutcome.None;
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

    private void PruneFinal(DateTimeOffset now)
    {
        var oldest = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-3);
        foreach (var key in _final.Keys)
        {
            if (key.Item2 < oldest)
            {
                _final.TryRemove(key, out _);
            }
        }
    }

    /// <summary>
    /// The due slots of one pass, grouped by subscription and handed out in due order; its instant and clock; its tallies.
    /// </summary>
    private sealed class Pass(List<(Subscription Subscription, DateOnly LocalDate, DateTimeOffset Due)> due, DateTimeOffset now, TimeProvider time)
    {
        private readonly Lock _gate = new();
        private readonly List<IGrouping<SubscriptionId, (Subscription Subscription, DateOnly LocalDate, DateTimeOffset Due)>> _groups =
            [.. due.GroupBy(slot => slot.Subscription.Id)];

        private readonly long _started = time.GetTimestamp();
        private ExceptionDispatchInfo? _fault;
        private int _next;
        private int _sent, _failed, _skipped, _handled;

        /// <summary>The instant the pass delivers for: slots are due, and late, by it.</summary>
        public DateTimeOffset Now => now;

        /// <summary>The pass's instant moved on by the time since it began: when a slot is actually claimed or renewed.</summary>
        public DateTimeOffset Current => now + time.GetElapsedTime(_started);

        public int Subscriptions => _groups.Count;

        public int Sent => Volatile.Read(ref _sent);

        public int Failed => Volatile.Read(ref _failed);

        public int Skipped => Volatile.Read(ref _skipped);

        public int Handled => Volatile.Read(ref _handled);

        public bool TryTake([NotNullWhen(true)] out IEnumerable<(Subscription Subscription, DateOnly LocalDate, DateTimeOffset Due)>? slots)
        {
            lock (_gate)
            {
                slots = _fault is null && _next < _groups.Count ? _groups[_next++] : null;
                return slots is not null;
            }
        }

        public void Count(SlotOutcome outcome)
        {
            Interlocked.Increment(ref _handled);
            _ = outcome switch
            {
                SlotOutcome.Sent => Interlocked.Increment(ref _sent),
                SlotOutcome.Failed => Interlocked.Increment(ref _failed),
                SlotOutcome.Skipped => Interlocked.Increment(ref _skipped),
                _ => 0,
            };
        }

        public void Fault(Exception exception)
        {
            lock (_gate)
            {
                _fault ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        public void ThrowIfFaulted() => _fault?.Throw();
    }

    private enum SlotOutcome
    {
        None,

        /// <summary>Nothing done: the ledger already says Sent or Skipped.</summary>
        Final,
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

    [LoggerMessage(EventId = 1305, Level = LogLevel.Error, Message = "Briefing for {Chat} ({LocalDate}) was delivered but could not be recorded; its claim is left to expire, after which it may be sent again")]
    private partial void LogInDoubt(Exception exception, string chat, DateOnly localDate);

    [LoggerMessage(EventId = 1307, Level = LogLevel.Warning, Message = "The claim on the briefing for {Chat} ({LocalDate}) could not be renewed; its send goes on")]
    private partial void LogLeaseNotRenewed(Exception exception, string chat, DateOnly localDate);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Warning, Message = "Recording the delivered briefing for {Chat} ({LocalDate}) failed (attempt {Attempt}); trying again")]
    private partial void LogMarkSentRetry(Exception exception, string chat, DateOnly localDate, int attempt);
}
