using System.Text.Json;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;
using BriefingBot.Testing;

namespace BriefingBot.Discord.Tests;

/// <summary>Runs a slash command through the real <see cref="DiscordInteractionHandler"/> as a server member would, and returns the one answer.</summary>
internal static class DiscordInteractions
{
    public const string GuildId = "5";

    /// <summary>"/channel set|show|clear", with the channel option for "set".</summary>
    public static InteractionData Channel(string subcommand, string? channelId = null) =>
        new("channel", [new InteractionOption(
            subcommand,
            ApplicationCommandOption.SubCommandType,
            Options: channelId is null ? null : [new InteractionOption("channel", ApplicationCommandOption.ChannelType, JsonSerializer.SerializeToElement(channelId, DiscordJsonContext.Default.String))])]);

    public static async Task<MessagePayload> RunAsync(this CoreTestServices services, InteractionData data, string channelId, string userId, string permissions)
    {
        var interaction = new Interaction(
            "6", DiscordTestServices.ApplicationId, 2, "tok-12", data, GuildId: GuildId, ChannelId: channelId,
            Member: new InteractionMember(new DiscordUser(userId, "ann"), permissions));
        var responses = new List<InteractionResponse>();
        await services.Get<DiscordInteractionHandler>().HandleAsync(interaction, (response, _) =>
        {
            responses.Add(response);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return Assert.Single(responses).Data ?? throw new InvalidOperationException("The answer had no message.");
    }
}
