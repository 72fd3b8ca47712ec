using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>"/settings": the chat's briefing settings, its subscription, and why it stopped if it did.</summary>
public sealed class SettingsCommand(BriefingService briefings, ISubscriptionStore subscriptions, TimeProvider time) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.Settings;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = await briefings.GetSettingsAsync(context.Chat, cancellationToken);
        var subscription = await subscriptions.GetByChatAsync(context.Chat, cancellationToken);
        var next = subscription is { IsActive: true } ? DeliverySchedule.NextDue(subscription, time.GetUtcNow(), settings.QuietDays) : (DateTimeOffset?)null;
        return new SettingsOutcome(settings, subscription, next);
    }
}
