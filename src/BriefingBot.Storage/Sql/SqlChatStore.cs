using System.Text.Json;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Stories;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>
/// Chat settings and each chat's last briefing (story ids in item order, as JSON). Moving a chat also moves its filter
/// rules, added sources and audit entries.
/// </summary>
public sealed class SqlChatStore(SqlDatabase database) : IChatStore
{
    public async Task<ChatSettings?> GetSettingsAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SettingsRow>(new CommandDefinition(
            "SELECT items_per_briefing AS ItemsPerBriefing, quiet_days AS QuietDays FROM chat_settings WHERE chat_key = @ChatKey;",
            new { ChatKey = chat.Key },
            cancellationToken: cancellationToken));
        return row is null ? null : new ChatSettings(chat, row.ItemsPerBriefing, new WeekDays(row.QuietDays));
    }

    public async Task SaveSettingsAsync(ChatSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO chat_settings (chat_key, items_per_briefing, quiet_days) VALUES (@ChatKey, @ItemsPerBriefing, @QuietDays)
            ON CONFLICT (chat_key) DO UPDATE SET items_per_briefing = excluded.items_per_briefing, quiet_days = excluded.quiet_days;
            """,
            new { ChatKey = settings.Chat.Key, settings.ItemsPerBriefing, QuietDays = settings.QuietDays.Mask },
            cancellationToken: cancellationToken));
    }

    public async Task<BriefingRecord?> GetLastBriefingAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<BriefingRow>(new CommandDefinition(
            "SELECT sent_at AS SentAt, story_ids_json AS StoryIdsJson FROM chat_last_briefings WHERE chat_key = @ChatKey;",
            new { ChatKey = chat.Key },
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var ids = JsonSerializer.Deserialize(row.StoryIdsJson, StorageJsonContext.Default.IReadOnlyListInt64) ?? [];
        return new BriefingRecord(chat, StorageText.ToTimestamp(row.SentAt), [.. ids.Select(id => new StoryId(id))]);
    }

    public async Task SaveLastBriefingAsync(BriefingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        IReadOnlyList<long> ids = [.. record.StoryIds.Select(id => id.Value)];
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO chat_last_briefings (chat_key, sent_at, story_ids_json) VALUES (@ChatKey, @SentAt, @StoryIdsJson)
            ON CONFLICT (chat_key) DO UPDATE SET sent_at = excluded.sent_at, story_ids_json = excluded.story_ids_json;
            """,
            new
            {
                ChatKey = record.Chat.Key,
                SentAt = StorageText.FromTimestamp(record.SentAt),
                StoryIdsJson = JsonSerializer.Serialize(ids, StorageJsonContext.Default.IReadOnlyListInt64),
            },
            cancellationToken: cancellationToken));
    }

    internal sealed class SettingsRow
    {
        public int ItemsPerBriefing { get; set; }

        public int QuietDays { get; set; }
    }

    internal sealed class BriefingRow
    {
        public string SentAt { get; set; } = string.Empty;

        public string StoryIdsJson { get; set; } = "[]";
    }

    public async Task MoveChatAsync(ChatAddress oldChat, ChatAddress newChat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginExclusiveAsync(connection, WriteLock.Chats, cancellationToken);
        var keys = new { From = oldChat.Key, To = newChat.Key };
        foreach (var table in new[] { "chat_settings", "chat_last_briefings", "chat_filter_rules", "chat_sources", "chat_audit" })
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE chat_key = @To AND EXISTS (SELECT 1 FROM {table} WHERE chat_key = @From);", keys, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE {table} SET chat_key = @To WHERE chat_key = @From;", keys, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
