using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>
/// "/personal [HH:MM] [zone]": any member, in a group or a private chat, subscribes themself to a daily briefing in their
/// private chat with the bot. The platform opens that chat (and checks it can post there); the subscription then belongs
/// to the private chat, where the user is its moderator (/settings, /filter, /unsubscribe there).
/// </summary>
public sealed class PersonalCommand(IEnumerable<IPrivateChatOpener> openers, SubscriptionChanger changer) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.Personal;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var opener = openers.FirstOrDefault(o => o.Platform.Equals(context.Chat.Platform, StringComparison.OrdinalIgnoreCase));
        if (opener is null)
        {
            return new MessageOutcome(
                "Personal briefings by direct message are not offered here: open a private chat with the bot and use /subscribe there.");
        }

        var opened = await opener.OpenAsync(context.User, cancellationToken);
        if (opened.Target is not { } privateChat)
        {
            return new MessageOutcome(opened.Problem ?? "Your private chat with the bot could not be opened.");
        }

        // The private chat is the subscription's home, and its user moderates it there.
        var own = new CommandContext(privateChat.Chat, context.User, Chats.AccessLevel.Moderator);
        var outcome = await changer.ApplyAsync(Spec, own, arguments.GetOrDefault<TimeOnly?>("time"), arguments.GetOrDefault<TimeZoneInfo>("zone"), cancellationToken);
        return outcome is SubscriptionOutcome subscribed ? subscribed with { DeliveredIn = privateChat.Name } : outcome;
    }
}
