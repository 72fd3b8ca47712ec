namespace BriefingBot.Testing.Telegram;

/// <summary>An error the fake answers a send with instead of delivering it.</summary>
public sealed record FakeTelegramFault(int Status, string Description, int? RetryAfter = null, long? MigrateToChatId = null)
{
    public static FakeTelegramFault TooManyRequests(int retryAfterSeconds) =>
        new(429, $"Too Many Requests: retry after {retryAfterSeconds}", RetryAfter: retryAfterSeconds);

    public static FakeTelegramFault Blocked() => new(403, "Forbidden: bot was blocked by the user");

    public static FakeTelegramFault Kicked() => new(403, "Forbidden: bot was kicked from the group chat");

    public static FakeTelegramFault ChatNotFound() => new(400, "Bad Request: chat not found");

    public static FakeTelegramFault MigratedTo(long newChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatId: newChatId);
}
