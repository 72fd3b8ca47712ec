using System.Data.Common;
using BriefingBot.Core.Chats;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>
/// The SQL both per-chat lists share: the next position for a new row, and taking out the row a user calls "N"
/// (the N-th by position), under the lists' write lock. Table and column names come from the stores' own constants, never from input.
/// </summary>
internal static class ChatListRows
{
    /// <summary>The position after the chat's last row; call inside the write transaction that inserts it.</summary>
    public static async Task<int> NextPositionAsync(DbConnection connection, DbTransaction transaction, string table, ChatAddress chat, CancellationToken cancellationToken) =>
        (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COALESCE(MAX(position), 0) + 1 FROM {table} WHERE chat_key = @ChatKey;", new { ChatKey = chat.Key }, transaction, cancellationToken: cancellationToken));

    /// <summary>Deletes the chat's <paramref name="number"/>-th row (1-based, by position) and returns it; null when there is none.</summary>
    public static async Task<TRow?> RemoveAtAsync<TRow>(SqlDatabase database, string table, string columns, ChatAddress chat, int number, CancellationToken cancellationToken)
        where TRow : class, IChatListRow
    {
        if (number < 1)
        {
            return null;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginExclusiveAsync(connection, WriteLock.ChatLists, cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TRow>(new CommandDefinition(
            $"SELECT {columns} FROM {table} WHERE chat_key = @ChatKey ORDER BY position LIMIT 1 OFFSET @Skip;",
            new { ChatKey = chat.Key, Skip = number - 1 },
            transaction,
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM {table} WHERE chat_key = @ChatKey AND position = @Position;",
            new { ChatKey = chat.Key, row.Position },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return row;
    }
}
