using BriefingBot.Core.Chats;
using BriefingBot.Core.Moderation;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>Moderator changes in chat_audit, append-only; read newest first per chat.</summary>
public sealed class SqlAuditLog(SqlDatabase database) : IAuditLog
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO chat_audit (chat_key, actor_id, actor_name, action, detail, at)
            VALUES (@ChatKey, @ActorId, @ActorName, @Action, @Detail, @At);
            """,
            new { ChatKey = entry.Chat.Key, entry.ActorId, entry.ActorName, entry.Action, entry.Detail, At = StorageText.FromTimestamp(entry.At) },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditEntry>> ListRecentAsync(ChatAddress chat, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT actor_id AS ActorId, actor_name AS ActorName, action AS Action, detail AS Detail, at AS At
            FROM chat_audit WHERE chat_key = @ChatKey ORDER BY id DESC LIMIT @Limit;
            """,
            new { ChatKey = chat.Key, Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AuditEntry(chat, r.ActorId, r.ActorName, r.Action, r.Detail, StorageText.ToTimestamp(r.At)))];
    }

    internal sealed class Row
    {
        public string ActorId { get; set; } = string.Empty;

        public string ActorName { get; set; } = string.Empty;

        public string Action { get; set; } = string.Empty;

        public string Detail { get; set; } = string.Empty;

        public string At { get; set; } = string.Empty;
    }
}
