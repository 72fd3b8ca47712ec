namespace BriefingBot.Discord.Models;

/// <summary>
/// GET /guilds/{id}/members/{user}: the member's role ids (the @everyone role is implied, not listed), and when a timeout
/// set on the member ends (null or past: not timed out).
/// </summary>
public sealed record GuildMember(IReadOnlyList<string> Roles, DiscordUser? User = null, DateTimeOffset? CommunicationDisabledUntil = null);
