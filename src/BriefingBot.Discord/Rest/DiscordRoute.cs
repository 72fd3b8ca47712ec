namespace BriefingBot.Discord.Rest;

/// <summary>
/// A REST request's rate-limit identity: method + path template + major parameter (channel, guild or webhook),
/// and the concrete path. Interaction callbacks are exempt from the global limit.
/// </summary>
public sealed record DiscordRoute(HttpMethod Method, string Template, string MajorParameter, string Path, bool ExemptFromGlobal = false)
{
    /// <summary>The bucket key used until Discord names the bucket (X-RateLimit-Bucket).</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "gateway/bot", string.Empty, "gateway/bot");

    public static DiscordRoute CreateMessage(DiscordChannelId channel) =>
        new(HttpMethod.Post, "channels/{channel_id}/messages", channel.ToString(), $"channels/{channel}/messages");

    public static DiscordRoute GetCurrentUser() => new(HttpMethod.Get, "users/@me", string.Empty, "users/@me");

    public static DiscordRoute GetChannel(DiscordChannelId channel) =>
        new(HttpMethod.Get, "channels/{channel_id}", channel.ToString(), $"channels/{channel}");

    public static DiscordRoute GetGuild(DiscordGuildId guild) => new(HttpMethod.Get, "guilds/{guild_id}", guild.ToString(), $"guilds/{guild}");

    public static DiscordRoute GetGuildMember(DiscordGuildId guild, DiscordUserId user) =>
        new(HttpMethod.Get, "guilds/{guild_id}/members/{user_id}", guild.ToString(), $"guilds/{guild}/members/{user}");

    /// <summary>POST /users/@me/channels: opens (or returns) the DM channel with a user.</summary>
    public static DiscordRoute CreateDm() => new(HttpMethod.Post, "users/@me/channels", string.Empty, "users/@me/channels");

    public static DiscordRoute CreateInteractionResponse(DiscordInteractionId interaction, string token) =>
        new(HttpMethod.Post, "interactions/{interaction_id}/{token}/callback", interaction.ToString(), $"interactions/{interaction}/{Uri.EscapeDataString(token)}/callback", ExemptFromGlobal: true);

    public static DiscordRoute EditOriginalResponse(DiscordApplicationId application, string token) =>
        new(HttpMethod.Patch, "webhooks/{application_id}/{token}/messages/@original", $"{application}/{token}", $"webhooks/{application}/{Uri.EscapeDataString(token)}/messages/@original", ExemptFromGlobal: true);

    public static DiscordRoute CreateFollowup(DiscordApplicationId application, string token) =>
        new(HttpMethod.Post, "webhooks/{application_id}/{token}", $"{application}/{token}", $"webhooks/{application}/{Uri.EscapeDataString(token)}", ExemptFromGlobal: true);

    public static DiscordRoute OverwriteCommands(DiscordApplicationId application, DiscordGuildId? guild) =>
        guild is { } g
            ? new(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands", g.ToString(), $"applications/{application}/guilds/{g}/commands")
            : new(HttpMethod.Put, "applications/{application_id}/commands", string.Empty, $"applications/{application}/commands");
}
