using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Moderation;

namespace BriefingBot.Core.Commands.Handlers.Moderation;

/// <summary>"/filter remove N": removes rule N of "/filter list"; later rules move up.</summary>
public sealed class FilterRemoveCommand(IChatFilterStore filters, AuditTrail audit) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.FilterRemove;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var number = arguments.GetNumber("number");
        if (await filters.RemoveAsync(context.Chat, number, cancellationToken) is not { } removed)
        {
            return new NotFound($"There is no filter rule {number}.", ["/filter list"]);
        }

        var written = $"{FilterRuleKinds.NameOf(removed.Kind)} {removed.Value}";
        await audit.RecordAsync(context, Spec, $"rule {number}: {written}", cancellationToken);
        return new MessageOutcome($"Removed filter rule {number}: {written}. Later rules moved up one.");
    }
}
