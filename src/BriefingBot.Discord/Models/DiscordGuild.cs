namespace BriefingBot.Discord.Models;

/// <summary>GET /guilds/{id}, the fields permission checks read: the owner and every role (the @everyone role's id is the guild's).</summary>
public sealed record DiscordGuild(string Id, string OwnerId, IReadOnlyList<DiscordRole> Roles);
