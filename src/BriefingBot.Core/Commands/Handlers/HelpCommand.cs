using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;

namespace BriefingBot.Core.Commands.Handlers;

public sealed class HelpCommand : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.Help;

    public static IReadOnlyList<CommandSpec> VisibleTo(AccessLevel access) => CommandSpecs.Leaves.Where(s => s.Access <= access).ToList();

    public Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult<CommandOutcome>(new HelpOutcome(null, VisibleTo(context.CallerAccess)));
    }
}
