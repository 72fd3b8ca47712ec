using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Delivery;

/// <summary>
/// "/channel set @newschannel" on Telegram: resolves the reference with getChat (an @username or a numeric id), accepts
/// channels and groups only, lets only an administrator of the target choose it (getChatMember, so a group's moderator
/// cannot send briefings into somebody else's channel the bot happens to post in), and posts a test message there.
/// Every refusal is a sentence for the moderator.
/// </summary>
internal sealed partial class TelegramChannelChecker(ITelegramBotClient client, TelegramSender sender, ILogger<TelegramChannelChecker> logger)
{
    public const string TestMessage = "Daily briefings for this chat will be posted here.";

    public async Task<ChannelCheck> CheckAsync(ChatAddress home, ChatUser caller, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var label = reference.Trim();
        if (ChatIdOf(label) is not { } chatId)
        {
            return ChannelCheck.Refused($"'{label}' is not a channel: give its @username or its numeric id (-100…).");
        }

        ChatFullInfo chat;
        try
        {
            chat = await client.GetChat(chatId, cancellationToken);
        }
        catch (ApiRequestException ex)
        {
            LogRefused(home.Key, label, "getChat", ex.ErrorCode, ex.Message);
            return ChannelCheck.Refused($"I can't find {label}: check the name, and add me to it as an administrator who can post messages.", label);
        }
        catch (RequestException ex)
        {
            LogUnreachable(ex, home.Key);
            return ChannelCheck.Refused("Telegram could not be reached; try again in a minute.", label);
        }

        if (chat.Type == ChatType.Private)
        {
            return ChannelCheck.Refused($"{label} is a private chat, not a channel or group.", label);
        }

        var name = chat.Username is { Length: > 0 } username ? "@" + username : chat.Title ?? label;
        var target = new ChatAddress(home.Platform, chat.Id.ToString(CultureInfo.InvariantCulture));
        if (target == home)
        {
            return ChannelCheck.Accepted(new DeliveryTarget(target, name));
        }

        if (await RefuseCallerAsync(home, caller, chat.Id, name, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var sent = await sender.SendAsync(target, [new TelegramMessage(TelegramHtml.Escape(TestMessage))], cancellationToken);
        if (!sent.Succeeded)
        {
            return ChannelCheck.Refused(
                sent.IsPermanent
                    ? AddMe(name)
                    : $"Telegram did not take the test message in {name}; try again in a minute. ({sent.Error})",
                name);
        }

        return ChannelCheck.Accepted(new DeliveryTarget(sent.Chat, name));
    }

    /// <summary>"@name" as it is; a number as a chat id; a t.me link as its @username; null for anything else.</summary>
    private static ChatId? ChatIdOf(string reference)
    {
        if (reference.StartsWith("https://t.me/", StringComparison.OrdinalIgnoreCase))
        {
            reference = "@" + reference["https://t.me/".Length..].TrimEnd('/');
        }

        if (reference.Length > 1 && reference[0] == '@' && reference.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return new ChatId(reference);
        }

        return long.TryParse(reference, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) && id != 0 ? new ChatId(id) : null;
    }

    /// <summary>Null when the caller administers the target; else the sentence that refuses them.</summary>
    private async Task<ChannelCheck?> RefuseCallerAsync(ChatAddress home, ChatUser caller, long chatId, string name, CancellationToken cancellationToken)
    {
        if (!long.TryParse(caller.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            // Anonymous group admins and channel posts carry a chat, not a person.
            return ChannelCheck.Refused(
                $"Telegram does not tell me who you are when you post anonymously, so I can't check that you administer {name}: run /channel set as yourself.",
                name);
        }

        try
        {
            var member = await client.GetChatMember(chatId, userId, cancellationToken);
            return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator
                ? null
                : ChannelCheck.Refused($"Only an administrator of {name} can have briefings posted there.", name);
        }
        catch (ApiRequestException ex)
        {
            LogRefused(home.Key, name, "getChatMember", ex.ErrorCode, ex.Message);
            return ChannelCheck.Refused(AddMe(name), name);
        }
        catch (RequestException ex)
        {
            LogUnreachable(ex, home.Key);
            return ChannelCheck.Refused("Telegram could not be reached; try again in a minute.", name);
        }
    }

    private static string AddMe(string name) => $"Add me to {name} as an administrator who can post messages, then try again.";

    [LoggerMessage(EventId = 4070, Level = LogLevel.Information, Message = "Channel {Channel} for {Chat} refused at {Method}: {ErrorCode} {Description}")]
    private partial void LogRefused(string chat, string channel, string method, int errorCode, string description);

    [LoggerMessage(EventId = 4071, Level = LogLevel.Warning, Message = "Telegram could not be reached checking a channel for {Chat}")]
    private partial void LogUnreachable(Exception exception, string chat);
}
