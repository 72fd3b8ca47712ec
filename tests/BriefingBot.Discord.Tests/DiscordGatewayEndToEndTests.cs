using System.Text.Json;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests;

/// <summary>Slash commands through the real websocket transport, the real dispatcher and the REST callback, all against the fake Discord.</summary>
public sealed class DiscordGatewayEndToEndTests : FakeGatewayTests
{
    [Fact]
    public async Task SlashHelp_ViaInteractionCreate_CallbackPostedWithRenderedCommands()
    {
        var gateway = await ConnectAsync();

        await gateway.SendDispatchAsync("INTERACTION_CREATE", 2, Interaction("help", permissions: "0"));
        var callback = await CallbackAsync();

        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        Assert.Contains("/story <number>", callback.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, callback.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Contains(Server.Requests, r => r.Path == "gateway/bot");
    }

    [Fact]
    public async Task SlashSubscribe_MemberWithoutManageGuild_DeniedEphemerally()
    {
        var gateway = await ConnectAsync();

        await gateway.SendDispatchAsync("INTERACTION_CREATE", 2, Interaction("subscribe", permissions: "2048"));
        var data = (await CallbackAsync()).GetProperty("data");

        Assert.Contains("moderators", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Empty(await Services.Subscriptions.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SlashSubscribe_ManageGuild_SubscribesTheChannel()
    {
        var gateway = await ConnectAsync();

        await gateway.SendDispatchAsync("INTERACTION_CREATE", 2, Interaction("subscribe", permissions: "32", options: """[{"name":"zone","type":3,"value":"Asia/Tokyo"},{"name":"time","type":3,"value":"08:30"}]"""));
        var data = (await CallbackAsync()).GetProperty("data");

        Assert.StartsWith("Subscribed", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        var subscription = Assert.Single(await Services.Subscriptions.ListActiveAsync(CancellationToken.None));
        Assert.Equal("discord:77", subscription.Chat.Key);
        Assert.Equal("Asia/Tokyo", subscription.TimeZoneId);
    }

    [Fact]
    public async Task SlashSubscribe_InDirectMessage_UserIsModerator()
    {
        var gateway = await ConnectAsync();

        await gateway.SendDispatchAsync("INTERACTION_CREATE", 2, Interaction("subscribe", permissions: null));
        var data = (await CallbackAsync()).GetProperty("data");

        Assert.StartsWith("Subscribed", data.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Op7Reconnect_OverWebsocket_ResumesWithSessionAndSequence()
    {
        var gateway = await ConnectAsync();
        await gateway.SendDispatchAsync("GUILD_CREATE", 5, "{}");

        await gateway.SendAsync("""{"op":7,"d":null}""");
        var closeCode = await gateway.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        var resumed = await Server.NextGatewayConnectionAsync();
        await resumed.SendHelloAsync(1000);
        var resume = await resumed.ExpectAsync(6);

        Assert.NotEqual(1000, closeCode);
        Assert.Equal("session-e2e", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(5, resume.GetProperty("d").GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task FatalClose4014_OverWebsocket_ClientStops()
    {
        var gateway = await ConnectAsync();

        await gateway.CloseAsync(4014);

        await Run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private async Task<FakeGatewayConnection> ConnectAsync()
    {
        StartGateway();
        var gateway = await Server.NextGatewayConnectionAsync();
        Assert.Contains("v=10", gateway.Query, StringComparison.Ordinal);
        await gateway.SendHelloAsync(1000);
        var identify = await gateway.ExpectAsync(2);
        Assert.Equal(1, identify.GetProperty("d").GetProperty("intents").GetInt32());
        await gateway.SendReadyAsync(1, "session-e2e", Server.GatewayUrl);
        return gateway;
    }

    private async Task<JsonElement> CallbackAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var request = Server.Requests.FirstOrDefault(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal));
            if (request is not null)
            {
                Assert.EndsWith("/callback", request.Path, StringComparison.Ordinal);
                return JsonDocument.Parse(request.Body).RootElement.Clone();
            }

            await Task.Delay(10, timeout.Token);
        }
    }

    private static string Interaction(string command, string? permissions, string options = "[]")
    {
        var place = permissions is null
            ? """ "user":{"id":"7","username":"ann"} """
            : $$$""" "guild_id":"5","member":{"user":{"id":"7","username":"ann"},"permissions":"{{{permissions}}}"} """;
        return $$$"""{"id":"3000","application_id":"{{{DiscordTestServices.ApplicationId}}}","type":2,"token":"tok-1","channel_id":"77",{{{place}}},"data":{"id":"1","name":"{{{command}}}","type":1,"options":{{{options}}}}}""";
    }
}
