using BriefingBot.Core.Commands.Outcomes;

namespace BriefingBot.Core.Commands;

/// <summary>A command's declaration and its behaviour. Handlers return values, never platform markup.</summary>
public interface ICommandHandler
{
    CommandSpec Spec { get; }

    Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken);
}
