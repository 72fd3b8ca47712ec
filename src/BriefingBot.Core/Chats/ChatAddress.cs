namespace BriefingBot.Core.Chats;

/// <summary>
/// Where a message goes: a platform name ("telegram", "discord", "console"), the platform's chat id as text,
/// and optionally a thread (Telegram forum topic, Discord thread). Platform adapters own the typed ids;
/// Core only needs a key that cannot collide across platforms.
/// </summary>
public readonly record struct ChatAddress
{
    public ChatAddress(string platform, string chatId, string? threadId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentException.ThrowIfNullOrWhiteSpace(chatId);
        Platform = platform;
        ChatId = chatId;
        ThreadId = string.IsNullOrEmpty(threadId) ? null : threadId;
    }

    public string Platform { get; }

    public string ChatId { get; }

    public string? ThreadId { get; }

    /// <summary>A stable text key ("platform:chat" or "platform:chat:thread") for storage.</summary>
    public string Key => ThreadId is null ? $"{Platform}:{ChatId}" : $"{Platform}:{ChatId}:{ThreadId}";

    public override string ToString() => Key;

    /// <summary>Parses a key written by <see cref="Key"/>.</summary>
    public static ChatAddress Parse(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var parts = key.Split(':', 3);
        return parts.Length switch
        {
            2 => new ChatAddress(parts[0], parts[1]),
            3 => new ChatAddress(parts[0], parts[1], parts[2]),
            _ => throw new FormatException($"'{key}' is not a chat key of the form platform:chat[:thread]."),
        };
    }
}
