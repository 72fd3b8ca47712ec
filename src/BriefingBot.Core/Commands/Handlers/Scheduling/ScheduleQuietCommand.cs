using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;

namespace BriefingBot.Core.Commands.Handlers.Scheduling;

/// <summary>"/schedule quiet mon,sun": no daily briefing on those local days ("none" clears them); "/briefing" still works.</summary>
public sealed class ScheduleQuietCommand(ChatSettingsEditor editor) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.ScheduleQuiet;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (!WeekDays.TryParse(arguments.GetText("days"), out var days, out var unknown))
        {
            return new UsageError(Spec, $"'{unknown}' is not a day; write days like mon,sun (or none).");
        }

        if (days.Mask == 0x7F)
        {
            return new UsageError(Spec, "Every day quiet would mean no daily briefing at all; /unsubscribe does that.");
        }

        await editor.ChangeAsync(Spec, context, s => s with { QuietDays = days }, s => $"quiet days: {s.QuietDays}", cancellationToken);
        return new MessageOutcome(days.IsEmpty
            ? "No quiet days: the daily briefing comes every day."
            : $"Quiet days: {days}. No daily briefing on those days (in the chat's time zone); /briefing still works.");
    }
}
