using System.Globalization;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Moderation;

namespace BriefingBot.Core.Commands.Handlers.Moderation;

/// <summary>"/audit": the chat's last 20 moderator changes, newest first (times in UTC).</summary>
public sealed class AuditCommand(IAuditLog log) : ICommandHandler
{
    public const int Shown = 20;

    public CommandSpec Spec => CommandSpecs.Audit;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = await log.ListRecentAsync(context.Chat, Shown, cancellationToken);
        return new ListOutcome(
            $"Last {Shown} moderator changes in this chat",
            [.. entries.Select(e => new ListEntry(
                $"{e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC — {e.ActorName} — /{e.Action}",
                [e.Detail]))],
            "No moderator changes recorded yet.");
    }
}
