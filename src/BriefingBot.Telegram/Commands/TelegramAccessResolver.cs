using BriefingBot.Core.Chats;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Commands;

/// <summary>
/// The caller's level: moderator in a private chat, for anonymous admins and channel posts (sender_chat is the chat
/// itself), and for the chat's creator and administrators (getChatMember, cached briefly, forgotten on a member change).
/// </summary>
internal sealed partial class TelegramAccessResolver(
    ITelegramBotClient client,
    IMemoryCache cache,
    IOptions<TelegramOptions> options,
    ILogger<TelegramAccessResolver> logger)
{
    public async Task<AccessLevel> ResolveAsync(Message message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Chat.Type == ChatType.Private || message.SenderChat?.Id == message.Chat.Id)
        {
            return AccessLevel.Moderator;
        }

        if (message.From is null)
        {
            return AccessLevel.Member;
        }

        return await IsAdministratorAsync(message.Chat.Id, message.From.Id, cancellationToken) ? AccessLevel.Moderator : AccessLevel.Member;
    }

    /// <summary>Drops a cached answer when Telegram reports the member's status changed.</summary>
    public void Forget(long chatId, long userId) => cache.Remove(Key(chatId, userId));

    private async Task<bool> IsAdministratorAsync(long chatId, long userId, CancellationToken cancellationToken)
    {
        var key = Key(chatId, userId);
        if (cache.TryGetValue(key, out bool cached))
        {
            return cached;
        }

        try
        {
            var member = await client.GetChatMember(chatId, userId, cancellationToken);
            var isAdmin = member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
            cache.Set(key, isAdmin, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.AdminCacheDuration, Size = 1 });
            return isAdmin;
        }
        catch (RequestException ex)
        {
            LogLookupFailed(ex, chatId);
            return false;
        }
    }

    private static (string, long, long) Key(long chatId, long userId) => ("telegram-admin", chatId, userId);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Warning, Message = "getChatMember failed in Telegram chat {ChatId}; treating the caller as a member")]
    private partial void LogLookupFailed(Exception exception, long chatId);
}
