namespace BriefingBot.Discord.Models;

/// <summary>A channel, the fields this bot reads (type 1 is a DM).</summary>
public sealed record DiscordChannel(string Id, int Type);
