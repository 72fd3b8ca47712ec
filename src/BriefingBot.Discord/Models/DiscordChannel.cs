namespace BriefingBot.Discord.Models;

/// <summary>
/// A channel, the fields this bot reads: its type (0 text, 1 DM, 5 announcement, ...), and for a server channel its guild
/// and permission overwrites.
/// </summary>
public sealed record DiscordChannel(string Id, int Type, string? GuildId = null, IReadOnlyList<PermissionOverwrite>? PermissionOverwrites = null);
