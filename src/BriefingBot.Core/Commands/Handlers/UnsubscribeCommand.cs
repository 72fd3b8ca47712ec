using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Commands.Handlers;

public sealed class UnsubscribeCommand(ISubscriptionStore subscriptions, AuditTrail audit, TimeProvider time) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.Unsubscribe;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow();
        var reason = $"Unsubscribed by {context.User.DisplayName}.";
        if (!await subscriptions.DeactivateAsync(context.Chat, reason, now, cancellationToken))
        {
            return new NotFound("This chat has no daily briefing to stop.", ["/subscribe"]);
        }

        await audit.RecordAsync(context, Spec, "daily briefing stopped", cancellationToken);
        var ended = await subscriptions.GetByChatAsync(context.Chat, cancellationToken)
            ?? throw new InvalidOperationException($"Subscription for {context.Chat} vanished while being deactivated.");
        return new SubscriptionOutcome(SubscriptionChange.Unsubscribed, ended, null);
    }
}
