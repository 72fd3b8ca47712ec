using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Moderation;
using BriefingBot.Core.News;

namespace BriefingBot.Core.Commands.Handlers.Moderation;

/// <summary>"/source remove N": this chat stops reading feed N of "/source list".</summary>
public sealed class SourceRemoveCommand(IChatSourceStore sources, ChatFeedService feeds, AuditTrail audit) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.SourceRemove;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var number = arguments.GetNumber("number");
        if (await sources.RemoveAsync(context.Chat, number, cancellationToken) is not { } removed)
        {
            return new NotFound($"There is no feed {number} in this chat's list.", ["/source list"]);
        }

        feeds.SourcesChanged();
        await audit.RecordAsync(context, Spec, $"{removed.Name} ({removed.Url})", cancellationToken);
        return new MessageOutcome($"Removed feed {number}: {removed.Name}. Later feeds moved up one.");
    }
}
