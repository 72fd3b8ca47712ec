using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Tests.Commands;

public sealed class DiscordInteractionHandlerTests : FakeDiscordTests
{
    [Fact]
    public async Task HandleAsync_SlowerThanDeferAfter_DefersThenEditsOriginal()
    {
        using var services = DiscordTestServices.Create(Server, c => c["Discord:DeferAfter"] = "00:00:00");
        var responses = new List<InteractionResponse>();
        var interaction = new Interaction("3", DiscordTestServices.ApplicationId, 2, "tok-9", new InteractionData("help"), ChannelId: "77", User: new DiscordUser("7", "ann"));

        await services.Get<DiscordInteractionHandler>().HandleAsync(
            interaction,
            (response, _) =>
            {
                responses.Add(response);
                return Task.CompletedTask;
            },
            CancellationToken.None);

        Assert.Equal(InteractionResponse.DeferredChannelMessage, Assert.Single(responses).Type);
        var edit = Assert.Single(Server.Requests);
        Assert.Equal("PATCH", edit.Method);
        Assert.Equal($"webhooks/{DiscordTestServices.ApplicationId}/tok-9/messages/@original", edit.Path);
        Assert.Contains("/story", edit.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_MoreButton_RunsStoryAndAnswersOnlyThePresser()
    {
        using var services = DiscordTestServices.Create(Server, c => c["Discord:DeferAfter"] = "00:00:05");
        var responses = new List<InteractionResponse>();
        var press = new Interaction("4", DiscordTestServices.ApplicationId, 3, "tok-10", new InteractionData(CustomId: "story:2"), GuildId: "5", ChannelId: "77", Member: new InteractionMember(new DiscordUser("7", "ann"), "0"));

        await services.Get<DiscordInteractionHandler>().HandleAsync(
            press,
            (response, _) =>
            {
                responses.Add(response);
                return Task.CompletedTask;
            },
            CancellationToken.None);

        var answer = Assert.Single(responses);
        Assert.Equal(InteractionResponse.ChannelMessage, answer.Type);
        Assert.Equal(MessagePayload.Ephemeral, answer.Data?.Flags);
        Assert.Contains("briefing", answer.Data?.Content, StringComparison.OrdinalIgnoreCase);
    }
}
