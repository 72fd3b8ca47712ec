using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Permissions;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Delivery;

/// <summary>
/// Delivers scheduled briefings to Discord channels (chat id = channel id) as embeds. Missing access or permissions
/// and unknown channels or guilds are permanent (the subscription is deactivated with the reason); anything else
/// is retried by the delivery service. A channel chosen with "/channel set" must be a server text or announcement channel
/// where the bot's computed permissions include View Channel, Send Messages and Embed Links (a missing one is named to the
/// moderator), and is then tested with a short post; which channels a moderator may pick is Discord's to enforce (a
/// CHANNEL option offers only the server's text and announcement channels the user can see). A scheduled briefing (one with a delivery key) is sent with a stable nonce
/// per message and enforce_nonce, so a resend of the same delivery within Discord's nonce window posts nothing new.
/// </summary>
public sealed partial class DiscordChatPlatform(DiscordRestClient rest, DiscordBotPermissions botPermissions, ILogger<DiscordChatPlatform> logger) : IChatPlatform
{
    public string Platform => DiscordInvocations.Platform;

    public async Task<SendResult> SendBriefingAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var channel = DiscordChannelId.Parse(chat.ThreadId ?? chat.ChatId);
        string? firstId = null;
        try
        {
            var messages = DiscordRenderer.RenderBriefing(briefing, scheduled: true);
            for (var index = 0; index < messages.Count; index++)
            {
                var payload = messages[index].ToPayload();
                if (briefing.DeliveryKey is { } key)
                {
                    payload = payload with { Nonce = DiscordNonce.For(key, index), EnforceNonce = true };
                }

                var created = await rest.CreateMessageAsync(channel, payload, cancellationToken).ConfigureAwait(false);
                firstId ??= created?.Id;
            }

            return SendResult.Sent(firstId);
        }
        catch (DiscordApiException exception)
        {
            LogSendFailed(exception, chat.Key, (int)exception.Status, exception.Code ?? 0);
            if (exception.Code == 50013 && await TimedOutUntilAsync(channel, cancellationToken).ConfigureAwait(false) is { } until)
            {
                // A timeout lapses on its own (28 days at most): retried like an outage, the subscription kept.
                LogTimedOut(chat.Key, until);
                return SendResult.Failed($"The bot is timed out in this server until {Utc(until)}.", permanent: false);
            }

            return SendResult.Failed(Reason(exception), exception.IsPermanent);
        }
        catch (HttpRequestException exception)
        {
            LogSendFailed(exception, chat.Key, 0, 0);
            return SendResult.Failed("Discord could not be reached.", permanent: false);
        }
    }

    /// <summary>When a timeout on the bot in <paramref name="channel"/>'s server ends, if one is why it may not post; null when not, or when Discord cannot tell.</summary>
    private async Task<DateTimeOffset?> TimedOutUntilAsync(DiscordChannelId channel, CancellationToken cancellationToken)
    {
        try
        {
            return (await botPermissions.InChannelAsync(channel, cancellationToken).ConfigureAwait(false)).TimedOutUntil;
        }
        catch (Exception exception) when (exception is DiscordApiException or HttpRequestException)
        {
            return null;
        }
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public async Task<ChannelCheck> CheckChannelAsync(ChatAddress home, ChatUser caller, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var id = reference.Trim().TrimStart('<', '#').TrimEnd('>');
        if (!DiscordChannelId.TryParse(id, out var channel))
        {
            return ChannelCheck.Refused($"'{reference}' is not a channel; pick one from the list Discord offers.");
        }

        var channelId = channel.ToString();
        var name = $"<#{channelId}>";
        try
        {
            var access = await botPermissions.InChannelAsync(channel, cancellationToken).ConfigureAwait(false);
            var (found, permissions) = (access.Channel, access.Permissions);
            var problem = Unusable(access, name) ?? await ElsewhereAsync(home, found, name, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                LogChannelUnusable(home.Key, channelId, found.Type, permissions);
                return ChannelCheck.Refused(problem, name);
            }

            var test = DiscordRenderer.Text("Daily briefings for this server will be posted here.")[0].ToPayload();
            await rest.CreateMessageAsync(channel, test, cancellationToken).ConfigureAwait(false);
            return ChannelCheck.Accepted(new DeliveryTarget(new ChatAddress(Platform, channelId), name));
        }
        catch (DiscordApiException exception)
        {
            LogChannelRefused(exception, home.Key, channelId, (int)exception.Status, exception.Code ?? 0);
            return ChannelCheck.Refused(exception.Code switch
            {
                50013 => $"I can't post in {name}: I'm missing the Send Messages or Embed Links permission there.",
                50001 => $"I can't see {name}: give me View Channel there.",
                10003 => "That channel no longer exists.",
                _ => $"Discord refused my check of {name} ({(int)exception.Status} {exception.Code}); try again later.",
            }, name);
        }
        catch (HttpRequestException exception)
        {
            LogChannelRefused(exception, home.Key, channelId, 0, 0);
            return ChannelCheck.Refused("Discord could not be reached; try again in a minute.", name);
        }
    }

    /// <summary>
    /// Why a moderator of <paramref name="home"/> may not send its briefings to <paramref name="channel"/>, or null: the
    /// channel must be in the same server (a moderator of one server decides nothing about another's channels, even one
    /// the bot can post in).
    /// </summary>
    private async Task<string?> ElsewhereAsync(ChatAddress home, DiscordChannel channel, string name, CancellationToken cancellationToken)
    {
        if (!DiscordChannelId.TryParse(home.ChatId, out var homeId))
        {
            return "Run /channel set in a channel of the server whose briefings should move.";
        }

        var homeChannel = await rest.GetChannelAsync(homeId, cancellationToken).ConfigureAwait(false);
        return homeChannel.GuildId is null
            ? "Run /channel set in a channel of the server whose briefings should move, not in a direct message."
            : homeChannel.GuildId == channel.GuildId
            ? null
            : $"{name} is in another server; pick a channel of this server from the list Discord offers.";
    }

    /// <summary>
    /// Why the bot cannot post briefings in the channel of <paramref name="access"/>, in words, or null when it can: a server text or
    /// announcement channel where it has View Channel, Send Messages and Embed Links. A timeout on the bot is named as
    /// the cause (granting permissions would not help), with when it ends.
    /// </summary>
    private static string? Unusable(BotChannelAccess access, string name)
    {
        var (channel, permissions) = (access.Channel, access.Permissions);
        if (channel.GuildId is null || !ApplicationCommandOption.PostableChannelTypes.Contains(channel.Type))
        {
            return $"{name} is not a text or announcement channel of a server; pick one from the list Discord offers.";
        }

        var missing = DiscordPermissions.MissingForBriefing(permissions);
        if (missing.Count == 0)
        {
            return null;
        }

        if (access.TimedOutUntil is { } until && missing[0] != "View Channel")
        {
            return $"I can't post briefings in {name}: I'm timed out in this server until {Utc(until)}. A moderator can remove it from my member profile, then run /channel set again.";
        }

        var list = missing.Count == 1 ? missing[0] : $"{string.Join(", ", missing.Take(missing.Count - 1))} and {missing[^1]}";
        var why = missing.Contains("Embed Links") ? ", since briefings are sent as embeds" : string.Empty;
        return missing[0] == "View Channel"
            ? $"I can't see {name}: give me {list} there{why}."
            : $"I can't post briefings in {name}: give me {list} there{why}.";
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

    [LoggerMessage(EventId = 5058, Level = LogLevel.Warning, Message = "Briefing for {Chat} not posted: the bot is timed out in that server until {Until}; retried later")]
    private partial void LogTimedOut(string chat, DateTimeOffset until);

    [LoggerMessage(EventId = 5053, Level = LogLevel.Information, Message = "Channel {Channel} refused for {Chat}: type {Type}, bot permissions {Permissions}")]
    private partial void LogChannelUnusable(string chat, string channel, int type, ulong permissions);

    [LoggerMessage(EventId = 5051, Level = LogLevel.Information, Message = "Test post for {Chat} in channel {Channel} refused: {Status} / Discord code {Code}")]
    private partial void LogChannelRefused(Exception exception, string chat, string channel, int status, int code);

    [LoggerMessage(EventId = 5050, Level = LogLevel.Warning, Message = "Briefing to {Chat} failed: {Status} / Discord code {Code}")]
    private partial void LogSendFailed(Exception exception, string chat, int status, int code);
}
