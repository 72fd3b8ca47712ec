using System.Text.Json;

namespace BriefingBot.Testing.Telegram;

/// <summary>One Bot API call as the fake saw it: the method name and the JSON body (an empty object when there was none).</summary>
public sealed record FakeTelegramRequest(string Method, JsonElement Body)
{
    public long? ChatId => Body.TryGetProperty("chat_id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null;

    public int? ThreadId => Body.TryGetProperty("message_thread_id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt32() : null;

    public string? Text => Body.TryGetProperty("text", out var text) ? text.GetString() : null;

    public string? Property(string property) => Body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
