using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Delivery;

/// <summary>
/// Opens a member's DM channel for a personal briefing ("/personal" from a server or a DM): POST /users/@me/channels with
/// the user as recipient, then a greeting in it, so a member who does not take DMs from server members (Discord 50007)
/// is told in the reply rather than finding out by never getting a briefing.
/// </summary>
public sealed partial class DiscordDirectMessages(DiscordRestClient rest, ILogger<DiscordDirectMessages> logger) : IPrivateChatOpener
{
    /// <summary>How replies name a user's DM channel.</summary>
    public const string Name = "your direct messages";

    public string Platform => DiscordInvocations.Platform;

    public async Task<ChannelCheck> OpenAsync(ChatUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            var dm = await rest.CreateDmAsync(DiscordUserId.Parse(user.Id), cancellationToken).ConfigureAwait(false);
            var greeting = DiscordRenderer.Text(
                "Your personal daily briefing will arrive here. Use `/settings`, `/filter` and `/schedule` in this chat to shape it, and `/unsubscribe` here to stop it.")[0].ToPayload();
            await rest.CreateMessageAsync(DiscordChannelId.Parse(dm.Id), greeting, cancellationToken).ConfigureAwait(false);
            return ChannelCheck.Accepted(new DeliveryTarget(new ChatAddress(Platform, dm.Id), Name));
        }
        catch (DiscordApiException exception)
        {
            LogRefused(exception, user.Id, (int)exception.Status, exception.Code ?? 0);
            return ChannelCheck.Refused(exception.Code == 50007
                ? "I can't send you direct messages: allow direct messages from members of this server (the server's Privacy Settings) and try again."
                : $"Discord refused to open a direct message with you ({(int)exception.Status} {exception.Code}); try again later.");
        }
        catch (HttpRequestException exception)
        {
            LogRefused(exception, user.Id, 0, 0);
            return ChannelCheck.Refused("Discord could not be reached; try again in a minute.");
        }
    }

    [LoggerMessage(EventId = 5052, Level = LogLevel.Information, Message = "Opening a DM with user {User} for a personal briefing failed: {Status} / Discord code {Code}")]
    private partial void LogRefused(Exception exception, string user, int status, int code);
}
