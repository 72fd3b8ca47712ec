using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Rest;

public sealed partial class DiscordRestClient
{
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        GetAsync(DiscordRoute.GatewayBot(), DiscordJsonContext.Default.GatewayBotInfo, cancellationToken);

    /// <summary>The bot's own user (its id is the member id in every guild).</summary>
    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        GetAsync(DiscordRoute.GetCurrentUser(), DiscordJsonContext.Default.DiscordUser, cancellationToken);

    public Task<DiscordChannel> GetChannelAsync(DiscordChannelId channel, CancellationToken cancellationToken) =>
        GetAsync(DiscordRoute.GetChannel(channel), DiscordJsonContext.Default.DiscordChannel, cancellationToken);

    public Task<DiscordGuild> GetGuildAsync(DiscordGuildId guild, CancellationToken cancellationToken) =>
        GetAsync(DiscordRoute.GetGuild(guild), DiscordJsonContext.Default.DiscordGuild, cancellationToken);

    public Task<GuildMember> GetGuildMemberAsync(DiscordGuildId guild, DiscordUserId user, CancellationToken cancellationToken) =>
        GetAsync(DiscordRoute.GetGuildMember(guild, user), DiscordJsonContext.Default.GuildMember, cancellationToken);

    public async Task<CreatedMessage?> CreateMessageAsync(DiscordChannelId channel, MessagePayload message, CancellationToken cancellationToken) =>
        await SendAsync(DiscordRoute.CreateMessage(channel), message, DiscordJsonContext.Default.MessagePayload, DiscordJsonContext.Default.CreatedMessage, cancellationToken).ConfigureAwait(false);

    /// <summary>The DM channel between the bot and <paramref name="user"/>, created when there is none.</summary>
    public async Task<DiscordChannel> CreateDmAsync(DiscordUserId user, CancellationToken cancellationToken) =>
        await SendAsync(DiscordRoute.CreateDm(), new CreateDmRequest(user.ToString()), DiscordJsonContext.Default.CreateDmRequest, DiscordJsonContext.Default.DiscordChannel, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidDataException("POST /users/@me/channels returned no body.");

    public Task CreateInteractionResponseAsync(DiscordInteractionId interaction, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.CreateInteractionResponse(interaction, token), response, DiscordJsonContext.Default.InteractionResponse, DiscordJsonContext.Default.CreatedMessage, cancellationToken);

    public Task EditOriginalResponseAsync(DiscordApplicationId application, string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.EditOriginalResponse(application, token), message, DiscordJsonContext.Default.MessagePayload, DiscordJsonContext.Default.CreatedMessage, cancellationToken);

    public Task CreateFollowupAsync(DiscordApplicationId application, string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.CreateFollowup(application, token), message, DiscordJsonContext.Default.MessagePayload, DiscordJsonContext.Default.CreatedMessage, cancellationToken);

    public Task OverwriteCommandsAsync(DiscordApplicationId application, DiscordGuildId? guild, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.OverwriteCommands(application, guild), commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand, null as System.Text.Json.Serialization.Metadata.JsonTypeInfo<CreatedMessage>, cancellationToken);

    private async Task<TResponse> GetAsync<TResponse>(DiscordRoute route, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : class =>
        await SendAsync(route, null, DiscordJsonContext.Default.MessagePayload, responseType, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidDataException($"GET /{route.Template} returned no body.");
}
