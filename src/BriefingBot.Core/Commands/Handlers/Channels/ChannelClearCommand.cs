using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Commands.Handlers.Channels;

/// <summary>"/channel clear": the daily briefing is posted in this chat again.</summary>
public sealed class ChannelClearCommand(ISubscriptionStore subscriptions, AuditTrail audit) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.ChannelClear;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subscription = await subscriptions.GetByChatAsync(context.Chat, cancellationToken);
        if (subscription?.DeliverTo is not { } old)
        {
            return new MessageOutcome("This chat's daily briefing is already posted in this chat.");
        }

        await subscriptions.SetDeliveryTargetAsync(context.Chat, null, cancellationToken);
        await audit.RecordAsync(context, Spec, $"deliver in this chat (was {old.Name} ({old.Chat.Key}))", cancellationToken);
        return new ChannelOutcome($"This chat's daily briefing will be posted here again, not in {old.Name}.", old.Name);
    }
}
