using BriefingBot.Core.Chats;
using BriefingBot.Core.News;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>Chat-added feeds in chat_sources, ordered per chat by a position that only grows.</summary>
public sealed class SqlChatSourceStore(SqlDatabase database) : IChatSourceStore
{
    private const string Table = "chat_sources";

    private const string Columns =
        "chat_key AS ChatKey, position AS Position, source_id AS SourceId, name AS Name, url AS Url, added_by AS AddedBy, " +
        "added_at AS AddedAt, failure_reported_at AS FailureReportedAt";

    public async Task<IReadOnlyList<ChatSource>> ListAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM chat_sources WHERE chat_key = @ChatKey ORDER BY position;", new { ChatKey = chat.Key }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSource())];
    }

    public async Task<IReadOnlyList<ChatSource>> ListAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM chat_sources ORDER BY chat_key, position;", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSource())];
    }

    public async Task<bool> AddAsync(ChatSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginExclusiveAsync(connection, WriteLock.ChatLists, cancellationToken);
        var position = await ChatListRows.NextPositionAsync(connection, transaction, Table, source.Chat, cancellationToken);
        var added = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO chat_sources (chat_key, position, source_id, name, url, added_by, added_at, failure_reported_at)
            VALUES (@ChatKey, @Position, @SourceId, @Name, @Url, @AddedBy, @AddedAt, @FailureReportedAt)
            ON CONFLICT (chat_key, source_id) DO NOTHING;
            """,
            new
            {
                ChatKey = source.Chat.Key,
                Position = position,
                source.SourceId,
                source.Name,
                source.Url,
                source.AddedBy,
                AddedAt = StorageText.FromTimestamp(source.AddedAt),
                FailureReportedAt = StorageText.FromTimestamp(source.FailureReportedAt),
            },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return added > 0;
    }

    public async Task<ChatSource?> RemoveAsync(ChatAddress chat, int number, CancellationToken cancellationToken) =>
        (await ChatListRows.RemoveAtAsync<Row>(database, Table, Columns, chat, number, cancellationToken))?.ToSource();

    public async Task SetFailureReportedAsync(ChatAddress chat, string sourceId, DateTimeOffset? reportedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE chat_sources SET failure_reported_at = @At WHERE chat_key = @ChatKey AND source_id = @SourceId;",
            new { ChatKey = chat.Key, SourceId = sourceId, At = StorageText.FromTimestamp(reportedAt) },
            cancellationToken: cancellationToken));
    }

    internal sealed class Row : IChatListRow
    {
        public string ChatKey { get; set; } = string.Empty;

        public int Position { get; set; }

        public string SourceId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string Url { get; set; } = string.Empty;

        public string AddedBy { get; set; } = string.Empty;

        public string AddedAt { get; set; } = string.Empty;

        public string? FailureReportedAt { get; set; }

        public ChatSource ToSource() => new(
            ChatAddress.Parse(ChatKey), SourceId, Name, Url, AddedBy, StorageText.ToTimestamp(AddedAt), StorageText.ToNullableTimestamp(FailureReportedAt));
    }
}
