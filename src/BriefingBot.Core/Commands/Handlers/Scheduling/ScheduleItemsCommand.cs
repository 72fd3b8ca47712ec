using BriefingBot.Core.Commands.Outcomes;

namespace BriefingBot.Core.Commands.Handlers.Scheduling;

/// <summary>"/schedule items N": how many stories this chat's briefings hold (1-20).</summary>
public sealed class ScheduleItemsCommand(ChatSettingsEditor editor) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.ScheduleItems;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var count = arguments.GetNumber("count");
        await editor.ChangeAsync(Spec, context, s => s with { ItemsPerBriefing = count }, s => $"{s.ItemsPerBriefing} items per briefing", cancellationToken);
        return new MessageOutcome($"Briefings in this chat now hold up to {count} {(count == 1 ? "story" : "stories")}.");
    }
}
