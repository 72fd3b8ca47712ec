using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.People;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>"/who NAME": who this is, in what role, in which recent stories.</summary>
public sealed class WhoCommand(WhoLookup who) : ICommandHandler
{
    /// <summary>Most stories read for one look-up.</summary>
    public const int StoryLimit = WhoLookup.StoryLimit;

    public CommandSpec Spec => CommandSpecs.Who;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var name = arguments.GetText("name").Trim();
        if (name.Length > 100)
        {
            return new UsageError(Spec, "That name is too long; use at most 100 characters.");
        }

        return new WhoOutcome(await who.LookupAsync(name, cancellationToken));
    }
}
