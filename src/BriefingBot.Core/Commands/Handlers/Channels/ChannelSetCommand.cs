using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Commands.Handlers.Channels;

/// <summary>
/// "/channel set &lt;channel&gt;": the chat's platform resolves the channel, checks the moderator may choose it and posts a
/// test message there; then the chat's subscription posts its daily briefing there. A chat without a subscription is
/// told to subscribe first: choosing a channel never starts a daily briefing by itself.
/// </summary>
public sealed class ChannelSetCommand(ISubscriptionStore subscriptions, IEnumerable<IChatPlatform> platforms, AuditTrail audit) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.ChannelSet;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var subscription = await subscriptions.GetByChatAsync(context.Chat, cancellationToken);
        if (subscription is null)
        {
            return new MessageOutcome(
                "This chat has no daily briefing yet: start it with /subscribe [HH:MM] [zone], then choose its channel with /channel set.");
        }

        var platform = platforms.FirstOrDefault(p => p.Platform.Equals(context.Chat.Platform, StringComparison.OrdinalIgnoreCase));
        if (platform is null)
        {
            return new MessageOutcome("Briefings of this chat cannot be posted anywhere else.");
        }

        var check = await platform.CheckChannelAsync(context.Chat, context.User, arguments.GetText("channel").Trim(), cancellationToken);
        if (check.Target is not { } target)
        {
            return new ChannelOutcome(check.Problem ?? "That channel cannot be used.", check.ChannelName);
        }

        if (target.Chat == context.Chat)
        {
            await subscriptions.SetDeliveryTargetAsync(context.Chat, null, cancellationToken);
            await audit.RecordAsync(context, Spec, "deliver in this chat", cancellationToken);
            return new MessageOutcome("That is this chat: the daily briefing is posted here.");
        }

        await subscriptions.SetDeliveryTargetAsync(context.Chat, target, cancellationToken);
        var was = subscription.DeliverTo is { } old ? $"{old.Name} ({old.Chat.Key})" : "this chat";
        await audit.RecordAsync(context, Spec, $"deliver to {target.Name} ({target.Chat.Key}) (was {was})", cancellationToken);
        var stopped = subscription.IsActive ? string.Empty : " The daily briefing is stopped now; /subscribe starts it again.";
        return new ChannelOutcome(
            $"This chat's daily briefing will be posted in {target.Name}; a test message is there now. /channel clear brings it back here.{stopped}",
            target.Name);
    }
}
