namespace BriefingBot.Discord.Models;

/// <summary>An interaction (slash command, button press, or PING in HTTP mode), the fields this bot reads.</summary>
public sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    InteractionMember? Member = null,
    DiscordUser? User = null);

public sealed record InteractionData(string? Name = null, IReadOnlyList<InteractionOption>? Options = null, string? CustomId = null);

public sealed record InteractionOption(string Name, int Type, System.Text.Json.JsonElement? Value = null, IReadOnlyList<InteractionOption>? Options = null);

public sealed record InteractionMember(DiscordUser? User, string? Permissions);

public sealed record DiscordUser(string Id, string Username, string? GlobalName = null);
