using System.Globalization;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Permissions;

/// <summary>
/// Permission bits and Discord's documented computation of a member's permissions in a channel (topics/permissions):
/// the guild owner has all; otherwise @everyone's permissions OR the member's roles'; ADMINISTRATOR means all; then the
/// channel's overwrites in order: @everyone's (id = guild id), then the member's roles' together (all their denies, then
/// all their allows), then the member's own. A timed-out member keeps only View Channel and Read Message History
/// (owners and administrators are exempt).
/// </summary>
public static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong All = ulong.MaxValue;

    /// <summary>What posting a briefing needs: seeing the channel, sending in it, and embeds (briefings are embeds).</summary>
    public const ulong Briefing = ViewChannel | SendMessages | EmbedLinks;

    /// <summary>What a timed-out member keeps.</summary>
    public const ulong WhileTimedOut = ViewChannel | ReadMessageHistory;

    public static ulong Compute(DiscordGuild guild, string memberId, GuildMember member, DiscordChannel channel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(guild);
        ArgumentNullException.ThrowIfNull(memberId);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(channel);
        if (guild.OwnerId == memberId)
        {
            return All;
        }

        var roles = guild.Roles.ToDictionary(r => r.Id, r => Parse(r.Permissions), StringComparer.Ordinal);
        var permissions = roles.GetValueOrDefault(guild.Id);
        foreach (var role in member.Roles)
        {
            permissions |= roles.GetValueOrDefault(role);
        }

        if ((permissions & Administrator) != 0)
        {
            return All;
        }

        var overwrites = channel.PermissionOverwrites ?? [];
        if (overwrites.FirstOrDefault(o => o.Id == guild.Id) is { } everyone)
        {
            permissions = Apply(permissions, Parse(everyone.Allow), Parse(everyone.Deny));
        }

        ulong allow = 0, deny = 0;
        foreach (var overwrite in overwrites.Where(o => o.Type == PermissionOverwrite.Role && o.Id != guild.Id && member.Roles.Contains(o.Id)))
        {
            allow |= Parse(overwrite.Allow);
            deny |= Parse(overwrite.Deny);
        }

        permissions = Apply(permissions, allow, deny);
        if (overwrites.FirstOrDefault(o => o.Type == PermissionOverwrite.Member && o.Id == memberId) is { } own)
        {
            permissions = Apply(permissions, Parse(own.Allow), Parse(own.Deny));
        }

        return IsTimedOut(member, now) ? permissions & WhileTimedOut : permissions;
    }

    /// <summary>Whether a timeout on <paramref name="member"/> is still running at <paramref name="now"/>.</summary>
    public static bool IsTimedOut(GuildMember member, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.CommunicationDisabledUntil > now;
    }

    /// <summary>The names of the briefing permissions (<see cref="Briefing"/>) missing from <paramref name="permissions"/>, as Discord's settings name them.</summary>
    public static IReadOnlyList<string> MissingForBriefing(ulong permissions)
    {
        var missing = new List<string>();
        if ((permissions & ViewChannel) == 0)
        {
            missing.Add("View Channel");
        }

        if ((permissions & SendMessages) == 0)
        {
            missing.Add("Send Messages");
        }

        if ((permissions & EmbedLinks) == 0)
        {
            missing.Add("Embed Links");
        }

        return missing;
    }

    private static ulong Apply(ulong permissions, ulong allow, ulong deny) => (permissions & ~deny) | allow;

    /// <summary>Permission sets are decimal strings; bits beyond 64 (none exist yet) would not fit and read as none.</summary>
    private static ulong Parse(string? bits) =>
        ulong.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
