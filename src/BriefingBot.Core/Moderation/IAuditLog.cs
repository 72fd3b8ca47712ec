using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Moderation;

/// <summary>The moderator changes of every chat, append-only.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The chat's latest <paramref name="limit"/> entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListRecentAsync(ChatAddress chat, int limit, CancellationToken cancellationToken);
}
