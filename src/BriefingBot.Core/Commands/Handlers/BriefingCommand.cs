using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>"/briefing": the stories since this chat's last briefing, now; it becomes the chat's last briefing.</summary>
public sealed class BriefingCommand(BriefingService briefings, TimeProvider time) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.Briefing;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var briefing = await briefings.ComposeForChatAsync(context.Chat, time.GetUtcNow(), cancellationToken);
        await briefings.RecordAsync(context.Chat, briefing, cancellationToken);
        return new BriefingOutcome(briefing);
    }
}
