using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>
/// Subscribes a chat or changes its briefing time ("/subscribe", "/schedule time"): parts not given keep the current value
/// or the configured default; the change is audited.
/// </summary>
public sealed class SubscriptionChanger(
    ISubscriptionStore subscriptions, BriefingService briefings, AuditTrail audit, TimeProvider time, IOptions<BriefingOptions> options)
{
    public async Task<CommandOutcome> ApplyAsync(
        CommandSpec spec, CommandContext context, TimeOnly? deliveryTime, TimeZoneInfo? zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        var existing = await subscriptions.GetByChatAsync(context.Chat, cancellationToken);
        var current = existing is { IsActive: true } ? existing : null;
        var at = deliveryTime ?? current?.DeliveryTime ?? options.Value.DefaultDeliveryTime;
        var zoneId = zone?.Id ?? current?.TimeZoneId ?? options.Value.DefaultTimeZone;
        var now = time.GetUtcNow();
        var saved = await subscriptions.UpsertAsync(context.Chat, context.User.Id, at, zoneId, now, cancellationToken);
        await audit.RecordAsync(context, spec, $"daily briefing at {DisplayTime.DeliveryTime(saved)}", cancellationToken);
        var quietDays = (await briefings.GetSettingsAsync(context.Chat, cancellationToken)).QuietDays;
        var change = current is null ? SubscriptionChange.Subscribed : SubscriptionChange.Updated;
        return new SubscriptionOutcome(change, saved, DeliverySchedule.NextDue(saved, now, quietDays));
    }
}
