using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Telegram.Delivery;

/// <summary>A group upgraded to a supergroup gets a new chat id: its subscription and settings move with it.</summary>
internal sealed partial class TelegramChatMigrator(ISubscriptionStore subscriptions, IChatStore chats, ILogger<TelegramChatMigrator> logger)
{
    public async Task<ChatAddress> MoveAsync(ChatAddress oldChat, long newChatId, CancellationToken cancellationToken)
    {
        var newChat = new ChatAddress(oldChat.Platform, newChatId.ToString(CultureInfo.InvariantCulture), oldChat.ThreadId);
        if (newChat == oldChat)
        {
            return oldChat;
        }

        var moved = await subscriptions.MoveChatAsync(oldChat, newChat, cancellationToken);
        await chats.MoveChatAsync(oldChat, newChat, cancellationToken);
        LogMigrated(oldChat.Key, newChat.Key, moved);
        return newChat;
    }

    [LoggerMessage(EventId = 4040, Level = LogLevel.Information, Message = "Telegram chat {OldChat} became {NewChat}; subscription moved: {Moved}")]
    private partial void LogMigrated(string oldChat, string newChat, bool moved);
}
