using BriefingBot.Core.Moderation;

namespace BriefingBot.Core.Commands;

/// <summary>Writes the audit entry of a moderator change made through a command (who, which command, what changed).</summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider time)
{
    public Task RecordAsync(CommandContext context, CommandSpec spec, string detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(spec);
        var entry = new AuditEntry(context.Chat, context.User.Id, context.User.DisplayName, spec.Path, detail, time.GetUtcNow());
        return log.AppendAsync(entry, cancellationToken);
    }
}
