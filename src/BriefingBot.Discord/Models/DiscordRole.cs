namespace BriefingBot.Discord.Models;

/// <summary>A guild role: its id and its permission bit set as a decimal string.</summary>
public sealed record DiscordRole(string Id, string Permissions);
