using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Delivery;

/// <summary>
/// Delivers scheduled briefings to Discord channels (chat id = channel id) as embeds. Missing access or permissions
/// and unknown channels or guilds are permanent (the subscription is deactivated with the reason); anything else
/// is retried by the delivery service.
/// </summary>
public sealed partial class DiscordChatPlatform(DiscordRestClient rest, ILogger<DiscordChatPlatform> logger) : IChatPlatform
{
    public string Platform => DiscordInvocations.Platform;

    public async Task<SendResult> SendBriefingAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var channel = DiscordChannelId.Parse(chat.ThreadId ?? chat.ChatId);
        string? firstId = null;
        try
        {
            foreach (var message in DiscordRenderer.RenderBriefing(briefing, scheduled: true))
            {
                var created = await rest.CreateMessageAsync(channel, message.ToPayload(), cancellationToken).ConfigureAwait(false);
                firstId ??= created?.Id;
            }

            return SendResult.Sent(firstId);
        }
        catch (DiscordApiException exception)
        {
            LogSendFailed(exception, chat.Key, (int)exception.Status, exception.Code ?? 0);
            return SendResult.Failed(Reason(exception), exception.IsPermanent);
        }
        catch (HttpRequestException exception)
        {
            LogSendFailed(exception, chat.Key, 0, 0);
            return SendResult.Failed("Discord could not be reached.", permanent: false);
        }
    }

    private static string Reason(DiscordApiException exception) => exception.Code switch
    {
        50001 => "The bot has no access to this channel (Discord 50001). Give it View Channel and re-subscribe.",
        50013 => "The bot lacks permissions here (Discord 50013): it needs Send Messages and Embed Links.",
        10003 => "The channel no longer exists (Discord 10003).",
        10004 => "The server no longer exists or removed the bot (Discord 10004).",
        50007 => "Discord does not let the bot message this user (Discord 50007).",
        _ => exception.Message,
    };

    [LoggerMessage(EventId = 5050, Level = LogLevel.Warning, Message = "Briefing to {Chat} failed: {Status} / Discord code {Code}")]
    private partial void LogSendFailed(Exception exception, string chat, int status, int code);
}
