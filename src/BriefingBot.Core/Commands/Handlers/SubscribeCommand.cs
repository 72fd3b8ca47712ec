using BriefingBot.Core.Commands.Outcomes;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>"/subscribe [HH:MM] [zone]": the chat's daily briefing; missing parts keep the current value or the configured default.</summary>
public sealed class SubscribeCommand(SubscriptionChanger changer) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.Subscribe;

    public Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return changer.ApplyAsync(
            Spec,
            context,
            arguments.Has("time") ? arguments.GetTimeOfDay("time") : null,
            arguments.Has("zone") ? arguments.GetTimeZone("zone") : null,
            cancellationToken);
    }
}
