using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

public sealed partial class FakeTelegramBotApi
{
    /// <summary>A user's message (text or caption) in a chat; returns the update id. Negative chat ids are supergroups.</summary>
    public int AddMessage(long chatId, long fromId, string? text, int? threadId = null, string? caption = null, long? senderChatId = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = 1_700_000_000,
            ["chat"] = Chat(chatId),
            ["from"] = new JsonObject { ["id"] = fromId, ["is_bot"] = false, ["first_name"] = $"User{fromId}" },
        };
        if (text is not null)
        {
            message["text"] = text;
        }

        if (caption is not null)
        {
            message["caption"] = caption;
        }

        if (threadId is { } thread)
        {
            message["message_thread_id"] = thread;
            message["is_topic_message"] = true;
        }

        if (senderChatId is { } sender)
        {
            message["sender_chat"] = Chat(sender);
        }

        return AddUpdate("message", message);
    }

    /// <summary>A post in a channel (a channel_post update: no author, sender_chat is the channel); returns the update id.</summary>
    public int AddChannelPost(long channelId, string text)
    {
        var channel = new JsonObject { ["id"] = channelId, ["type"] = "channel", ["title"] = "Channel" };
        var post = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = 1_700_000_000,
            ["chat"] = channel,
            ["sender_chat"] = channel.DeepClone(),
            ["text"] = text,
        };
        return AddUpdate("channel_post", post);
    }

    /// <summary>A press of an inline button carrying <paramref name="data"/> under a bot message in <paramref name="chatId"/>.</summary>
    public int AddCallback(long chatId, long fromId, string data)
    {
        var query = new JsonObject
        {
            ["id"] = $"cb{_nextUpdateId}",
            ["from"] = new JsonObject { ["id"] = fromId, ["is_bot"] = false, ["first_name"] = $"User{fromId}" },
            ["chat_instance"] = "instance",
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = 1,
                ["date"] = 1_700_000_000,
                ["chat"] = Chat(chatId),
                ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Briefing" },
                ["text"] = "briefing",
            },
        };
        return AddUpdate("callback_query", query);
    }

    /// <summary>The JSON of an update as Telegram would post it to a webhook.</summary>
    public static string MessageUpdateJson(int updateId, long chatId, long fromId, string text) =>
        new JsonObject
        {
            ["update_id"] = updateId,
            ["message"] = new JsonObject
            {
                ["message_id"] = 1,
                ["date"] = 1_700_000_000,
                ["chat"] = Chat(chatId),
                ["from"] = new JsonObject { ["id"] = fromId, ["is_bot"] = false, ["first_name"] = "User" },
                ["text"] = text,
            },
        }.ToJsonString();

    private int AddUpdate(string kind, JsonObject payload)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            _updates.Add(new JsonObject { ["update_id"] = id, [kind] = payload });
            return id;
        }
    }

    /// <summary>
    /// Long polling: with nothing to return, waits for an update up to the requested timeout (at most a second). As on
    /// Telegram, a getUpdates arriving while another waits ends the waiting one with 409 (null here): two pollers on one
    /// token knock each other off.
    /// </summary>
    private async Task<JsonArray?> TakeUpdatesAsync(JsonElement body, CancellationToken cancellationToken)
    {
        var poll = Interlocked.Increment(ref _pollGeneration);
        var timeout = body.TryGetProperty("timeout", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0;
        var deadline = Environment.TickCount64 + Math.Min(1000, timeout * 1000);
        var updates = TakeUpdates(body);
        while (updates.Count == 0 && Environment.TickCount64 < deadline && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(20, CancellationToken.None);
            if (Volatile.Read(ref _pollGeneration) != poll)
            {
                Interlocked.Increment(ref _pollConflicts);
                return null;
            }

            updates = TakeUpdates(body);
        }

        return updates;
    }

    private JsonArray TakeUpdates(JsonElement body)
    {
        var offset = body.TryGetProperty("offset", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : 0;
        lock (_gate)
        {
            if (!IgnoreOffset)
            {
                _updates.RemoveAll(u => (int)u["update_id"]! < offset);
            }

            return new JsonArray([.. _updates.Select(u => u.DeepClone())]);
        }
    }

    private static JsonObject Chat(long chatId) => chatId < 0
        ? new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "Group", ["is_forum"] = true }
        : new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "User" };
}
