namespace BriefingBot.Discord.Models;

/// <summary>GET /guilds/{id}/members/{user}: the member's role ids (the @everyone role is implied, not listed).</summary>
public sealed record GuildMember(IReadOnlyList<string> Roles, DiscordUser? User = null);
