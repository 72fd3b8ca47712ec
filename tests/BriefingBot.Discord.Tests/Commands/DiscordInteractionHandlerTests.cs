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
}
