using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Rest;

public sealed partial class DiscordRestClient
{
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        await SendAsync(DiscordRoute.GatewayBot(), null, DiscordJsonContext.Default.MessagePayload, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidDataException("GET /gateway/bot returned no body.");

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
}
