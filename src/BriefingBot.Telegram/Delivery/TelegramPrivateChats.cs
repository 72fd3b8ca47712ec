using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Telegram.Receiving;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Telegram.Delivery;

/// <summary>
/// A member's private chat with the bot for a personal briefing ("/personal" in a group): on Telegram a private chat's id
/// is the user's id, and the bot may write there once the user has started it. A greeting is sent first, so a user who
/// never started the bot (or blocked it) is told in the group's reply, with the bot's name, instead of never getting a
/// briefing. Anonymous administrators and channels post as a chat, not a person, and are asked to post as themselves.
/// </summary>
internal sealed partial class TelegramPrivateChats(TelegramSender sender, TelegramBotIdentity identity, ILogger<TelegramPrivateChats> logger) : IPrivateChatOpener
{
    /// <summary>How replies name the user's private chat with the bot.</summary>
    public const string Name = "your private chat with the bot";

    private const string Greeting =
        "Your personal daily briefing will arrive here. Use /settings, /filter and /schedule in this chat to shape it, and /unsubscribe here to stop it.";

    public string Platform => TelegramChatPlatform.PlatformName;

    public async Task<ChannelCheck> OpenAsync(ChatUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!long.TryParse(user.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var userId) || userId <= 0)
        {
            return ChannelCheck.Refused("A personal briefing is for a person: post /personal as yourself, not anonymously or as a channel.");
        }

        var chat = new ChatAddress(Platform, user.Id);
        var sent = await sender.SendAsync(chat, [new TelegramMessage(TelegramHtml.Escape(Greeting))], cancellationToken);
        if (sent.Succeeded)
        {
            return ChannelCheck.Accepted(new DeliveryTarget(chat, Name));
        }

        LogRefused(user.Id, sent.Error ?? "-");
        if (!sent.IsPermanent)
        {
            return ChannelCheck.Refused("Telegram did not take my message to you just now; try again in a minute.");
        }

        var username = await identity.GetUsernameAsync(cancellationToken);
        var bot = string.IsNullOrEmpty(username) ? "the bot" : "@" + username;
        return ChannelCheck.Refused($"I can't message you yet: open a private chat with {bot}, press Start, then send /personal again.");
    }

    [LoggerMessage(EventId = 4054, Level = LogLevel.Information, Message = "Opening the private chat with user {User} for a personal briefing failed: {Error}")]
    private partial void LogRefused(string user, string error);
}
