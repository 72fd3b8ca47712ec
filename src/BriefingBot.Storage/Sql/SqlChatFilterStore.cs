using BriefingBot.Core.Chats;
using BriefingBot.Core.Moderation;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>Filter rules in chat_filter_rules: one row per rule, ordered by a per-chat position that only grows.</summary>
public sealed class SqlChatFilterStore(SqlDatabase database) : IChatFilterStore
{
    private const string Table = "chat_filter_rules";

    public async Task<ChatFilter> GetAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT kind AS Kind, value AS Value FROM chat_filter_rules WHERE chat_key = @ChatKey ORDER BY position;",
            new { ChatKey = chat.Key },
            cancellationToken: cancellationToken));
        var rules = rows.Select(r => FilterRuleKinds.TryParse(r.Kind, out var kind) ? new FilterRule(kind, r.Value) : null).OfType<FilterRule>().ToList();
        return rules.Count == 0 ? ChatFilter.Empty : new ChatFilter(rules);
    }

    public async Task<int> AddAsync(ChatAddress chat, FilterRule rule, string addedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(addedBy);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginExclusiveAsync(connection, WriteLock.ChatLists, cancellationToken);
        var position = await ChatListRows.NextPositionAsync(connection, transaction, Table, chat, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO chat_filter_rules (chat_key, position, kind, value, added_by, added_at)
            VALUES (@ChatKey, @Position, @Kind, @Value, @AddedBy, @AddedAt);
            """,
            new
            {
                ChatKey = chat.Key,
                Position = position,
                Kind = FilterRuleKinds.NameOf(rule.Kind),
                rule.Value,
                AddedBy = addedBy,
                AddedAt = StorageText.FromTimestamp(now),
            },
            transaction,
            cancellationToken: cancellationToken));
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM chat_filter_rules WHERE chat_key = @ChatKey;", new { ChatKey = chat.Key }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (int)count;
    }

    public async Task<FilterRule?> RemoveAsync(ChatAddress chat, int number, CancellationToken cancellationToken)
    {
        var row = await ChatListRows.RemoveAtAsync<Row>(database, Table, "position AS Position, kind AS Kind, value AS Value", chat, number, cancellationToken);
        return row is not null && FilterRuleKinds.TryParse(row.Kind, out var kind) ? new FilterRule(kind, row.Value) : null;
    }

    internal sealed class Row : IChatListRow
    {
        public int Position { get; set; }

        public string Kind { get; set; } = string.Empty;

        public string Value { get; set; } = string.Empty;
    }
}
