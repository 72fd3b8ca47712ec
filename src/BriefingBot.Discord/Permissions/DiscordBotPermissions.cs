using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord.Permissions;

/// <summary>
/// The bot's own permissions in a channel, computed as Discord documents it from GET /channels/{id} (type, guild,
/// overwrites), GET /guilds/{id} (owner, roles) and GET /guilds/{id}/members/{bot} (the bot's roles). The bot's user id
/// comes from GET /users/@me once per process.
/// </summary>
public sealed class DiscordBotPermissions(DiscordRestClient rest, TimeProvider time)
{
    private string? _botUserId;

    /// <summary>The channel, and the bot's permissions in it (none for a channel outside any guild).</summary>
    public async Task<BotChannelAccess> InChannelAsync(DiscordChannelId channelId, CancellationToken cancellationToken)
    {
        var channel = await rest.GetChannelAsync(channelId, cancellationToken).ConfigureAwait(false);
        if (channel.GuildId is null)
        {
            return new BotChannelAccess(channel, 0, TimedOutUntil: null);
        }

        var guildId = DiscordGuildId.Parse(channel.GuildId);
        var botId = await BotUserIdAsync(cancellationToken).ConfigureAwait(false);
        var guild = await rest.GetGuildAsync(guildId, cancellationToken).ConfigureAwait(false);
        var member = await rest.GetGuildMemberAsync(guildId, DiscordUserId.Parse(botId), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var permissions = DiscordPermissions.Compute(guild, botId, member, channel, now);
        var timedOut = DiscordPermissions.IsTimedOut(member, now) && permissions != DiscordPermissions.All;
        return new BotChannelAccess(channel, permissions, timedOut ? member.CommunicationDisabledUntil : null);
    }

    /// <summary>Two first calls at once may both ask; they get the same answer.</summary>
    private async Task<string> BotUserIdAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _botUserId) is { } known)
        {
            return known;
        }

        var id = (await rest.GetCurrentUserAsync(cancellationToken).ConfigureAwait(false)).Id;
        Volatile.Write(ref _botUserId, id);
        return id;
    }
}

/// <summary>
/// A channel, the bot's permissions in it, and when a timeout on the bot ends if one is what takes its permissions away
/// (a moderator can lift it, or it lapses on its own).
/// </summary>
public sealed record BotChannelAccess(DiscordChannel Channel, ulong Permissions, DateTimeOffset? TimedOutUntil);
