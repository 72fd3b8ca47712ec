using BriefingBot.Core.Commands.Outcomes;

namespace BriefingBot.Core.Commands.Handlers.Scheduling;

/// <summary>"/schedule HH:MM [zone]" (or "/schedule time ..."): the chat's daily briefing time; subscribes the chat when it is not.</summary>
public sealed class ScheduleTimeCommand(SubscriptionChanger changer) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.ScheduleTime;

    public Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var zone = arguments.Has("zone") ? arguments.GetTimeZone("zone") : null;
        return changer.ApplyAsync(Spec, context, arguments.GetTimeOfDay("time"), zone, cancellationToken);
    }
}
