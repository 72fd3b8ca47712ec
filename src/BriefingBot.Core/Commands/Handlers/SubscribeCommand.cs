using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>"/subscribe [HH:MM] [zone]": the chat's daily briefing; missing parts keep the current value or the configured default.</summary>
public sealed class SubscribeCommand(ISubscriptionStore subscriptions, TimeProvider time, IOptions<BriefingOptions> options) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.Subscribe;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var existing = await subscriptions.GetByChatAsync(context.Chat, cancellationToken);
        var current = existing is { IsActive: true } ? existing : null;
        var deliveryTime = arguments.Has("time")
            ? arguments.GetTimeOfDay("time")
            : current?.DeliveryTime ?? options.Value.DefaultDeliveryTime;
        var zoneId = arguments.Has("zone")
            ? arguments.GetTimeZone("zone").Id
            : current?.TimeZoneId ?? options.Value.DefaultTimeZone;
        var now = time.GetUtcNow();
        var saved = await subscriptions.UpsertAsync(context.Chat, context.User.Id, deliveryTime, zoneId, now, cancellationToken);
        var change = current is null ? SubscriptionChange.Subscribed : SubscriptionChange.Updated;
        return new SubscriptionOutcome(change, saved, DeliverySchedule.NextDue(saved, now));
    }
}
