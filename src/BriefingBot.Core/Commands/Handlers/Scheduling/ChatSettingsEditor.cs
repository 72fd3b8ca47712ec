using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Commands.Handlers.Scheduling;

/// <summary>Changes one of a chat's settings ("/schedule items", "/schedule quiet") and audits old and new value.</summary>
public sealed class ChatSettingsEditor(BriefingService briefings, IChatStore chats, AuditTrail audit)
{
    /// <param name="spec">The command making the change (the audit entry's action).</param>
    /// <param name="context">Who changes which chat.</param>
    /// <param name="change">The new settings from the current ones.</param>
    /// <param name="describe">The changed value as text ("4 items per briefing"), for the audit entry's "new (was old)".</param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    public async Task ChangeAsync(
        CommandSpec spec, CommandContext context, Func<ChatSettings, ChatSettings> change, Func<ChatSettings, string> describe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(describe);
        var before = await briefings.GetSettingsAsync(context.Chat, cancellationToken);
        var after = change(before);
        await chats.SaveSettingsAsync(after, cancellationToken);
        await audit.RecordAsync(context, spec, $"{describe(after)} (was {describe(before)})", cancellationToken);
    }
}
