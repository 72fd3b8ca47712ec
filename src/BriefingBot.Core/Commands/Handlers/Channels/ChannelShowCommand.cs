using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Commands.Handlers.Channels;

/// <summary>"/channel show": where this chat's daily briefing is posted.</summary>
public sealed class ChannelShowCommand(ISubscriptionStore subscriptions) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.ChannelShow;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subscription = await subscriptions.GetByChatAsync(context.Chat, cancellationToken);
        return subscription switch
        {
            null => new MessageOutcome("This chat has no daily briefing (/subscribe starts one)."),
            { DeliverTo: { } target, IsActive: true } => new ChannelOutcome($"This chat's daily briefing is posted in {target.Name}.", target.Name),
            { DeliverTo: { } target } => new ChannelOutcome(
                $"This chat's daily briefing is stopped; when it runs it is posted in {target.Name}.", target.Name),
            { IsActive: true } => new MessageOutcome("This chat's daily briefing is posted in this chat."),
            _ => new MessageOutcome("This chat's daily briefing is stopped; when it runs it is posted in this chat."),
        };
    }
}
