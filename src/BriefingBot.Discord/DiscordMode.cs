namespace BriefingBot.Discord;

/// <summary>How interactions reach the bot: over the gateway websocket, or as signed HTTP requests (not both).</summary>
public enum DiscordMode
{
    Gateway,
    Interactions,
}
