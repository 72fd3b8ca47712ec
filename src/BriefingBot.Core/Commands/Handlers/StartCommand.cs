using BriefingBot.Core.Commands.Outcomes;

namespace BriefingBot.Core.Commands.Handlers;

public sealed class StartCommand : ICommandHandler
{
    public const string Welcome =
        "BriefingBot reads the news for this chat, condenses each story into a short digest and sends a daily briefing. " +
        "Ask /briefing for one now, /story N for more on item N, /who NAME for the people in the news.";

    public CommandSpec Spec => CommandSpecs.Start;

    public Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult<CommandOutcome>(new HelpOutcome(Welcome, HelpCommand.VisibleTo(context.CallerAccess)));
    }
}
