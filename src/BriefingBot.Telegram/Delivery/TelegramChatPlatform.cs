using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Telegram.Rendering;

namespace BriefingBot.Telegram.Delivery;

/// <summary>
/// Scheduled briefings to Telegram chats: rendered as HTML chunks and sent through the rate-limited sender; channels for
/// "/channel set" are checked by <see cref="TelegramChannelChecker"/>.
/// </summary>
internal sealed class TelegramChatPlatform(
    TelegramSender sender, TelegramHtmlRenderer renderer, BriefingService briefings, TelegramChannelChecker channels) : IChatPlatform
{
    public const string PlatformName = "telegram";

    public string Platform => PlatformName;

    public async Task<SendResult> SendBriefingAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken)
    {
        var result = await sender.SendAsync(chat, renderer.RenderBriefing(briefing, scheduled: true), cancellationToken);
        if (!result.Succeeded)
        {
            return SendResult.Failed(result.Error ?? "Telegram refused the message.", result.IsPermanent);
        }

        if (result.Migrated(chat))
        {
            // The delivery service records the briefing under the old address; /story N is asked in the new chat.
            await briefings.RecordAsync(result.Chat, briefing, cancellationToken);
        }

        return SendResult.Sent(result.MessageIds.Count == 0 ? null : $"{result.Chat.ChatId}/{result.MessageIds[0]}");
    }

    public Task<ChannelCheck> CheckChannelAsync(ChatAddress home, ChatUser caller, string reference, CancellationToken cancellationToken) =>
        channels.CheckAsync(home, caller, reference, cancellationToken);
}
