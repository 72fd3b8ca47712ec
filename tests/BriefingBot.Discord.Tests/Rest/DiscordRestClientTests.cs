using System.Diagnostics.Metrics;
using System.Net;
using BriefingBot.Core.Delivery;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace BriefingBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : FakeDiscordTests
{
    private static readonly DiscordChannelId Channel = new(111);
    private static readonly MessagePayload Hello = new("hello", null, AllowedMentions.None);

    private DiscordRestClient Client => Services.Get<DiscordRestClient>();

    [Fact]
    public async Task CreateMessageAsync_Always_SendsBotAuthorizationUserAgentAndNoMentions()
    {
        var created = await Client.CreateMessageAsync(Channel, Hello, CancellationToken.None);

        var request = Assert.Single(Server.Requests);
        Assert.NotNull(created);
        Assert.Equal("channels/111/messages", request.Path);
        Assert.Equal("Bot test-token", request.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessageAsync_BucketOfTwoPerWindow_WaitsForResetAndNeverExceedsIt()
    {
        Server.LimitBucket("POST", "channels/111/", "bucket-a", limit: 2, TimeSpan.FromMilliseconds(300));

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Client.CreateMessageAsync(Channel, Hello, CancellationToken.None)));

        var requests = Server.Requests.OrderBy(r => r.ReceivedAt).ToList();
        Assert.Equal(5, requests.Count);
        Assert.Equal(0, Server.BucketViolations);
        Assert.True(requests[2].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(250), "the third request waited for the reset");
    }

    [Fact]
    public async Task CreateMessageAsync_TooManyRequests_WaitsRetryAfterThenSucceeds()
    {
        Server.Script("POST", "channels/111/", FakeDiscordResponse.TooManyRequests(0.2));

        var created = await Client.CreateMessageAsync(Channel, Hello, CancellationToken.None);

        var requests = Server.Requests;
        Assert.NotNull(created);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(180));
        Assert.Equal(1, Services.Get<DiscordRateLimiter>().InvalidRequestCount);
    }

    [Fact]
    public async Task CreateMessageAsync_TooManyRequests_RecordedInDeliveryMetrics()
    {
        using var throttled = new MetricCollector<long>(Services.Get<IMeterFactory>(), DeliveryMetrics.MeterName, "briefingbot.delivery.throttled");
        using var waits = new MetricCollector<double>(Services.Get<IMeterFactory>(), DeliveryMetrics.MeterName, "briefingbot.delivery.rate_limit_wait");
        Server.Script("POST", "channels/111/", FakeDiscordResponse.TooManyRequests(0.1));

        await Client.CreateMessageAsync(Channel, Hello, CancellationToken.None);

        Assert.Equal("discord", Assert.Single(throttled.GetMeasurementSnapshot()).Tags["platform"]);
        Assert.Contains(waits.GetMeasurementSnapshot(), m => m.Value >= 0.08);
    }

    [Fact]
    public async Task CreateMessageAsync_GlobalTooManyRequests_PausesOtherRoutesToo()
    {
        Server.Script("POST", "channels/111/", FakeDiscordResponse.TooManyRequests(0.3, global: true));

        var first = Client.CreateMessageAsync(Channel, Hello, CancellationToken.None);
        await EventuallyAsync(() => Server.Requests.Count == 1);
        await Task.Delay(50);
        await Client.CreateMessageAsync(new DiscordChannelId(222), Hello, CancellationToken.None);
        await first;

        var requests = Server.Requests.OrderBy(r => r.ReceivedAt).ToList();
        var other = requests.Single(r => r.Path == "channels/222/messages");
        Assert.True(other.ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(270), "the other channel waited for the global pause");
    }

    [Fact]
    public async Task CreateMessageAsync_ServerErrors_RetriedThenSucceeds()
    {
        Server.Script("POST", "channels/111/", new FakeDiscordResponse(502), new FakeDiscordResponse(500));

        var created = await Client.CreateMessageAsync(Channel, Hello, CancellationToken.None);

        Assert.NotNull(created);
        Assert.Equal(3, Server.Requests.Count);
    }

    [Fact]
    public async Task CreateMessageAsync_MissingPermissions_NotRetriedAndCodeSurfaced()
    {
        Server.Script("POST", "channels/111/", FakeDiscordResponse.Error(403, 50013, "Missing Permissions"));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Client.CreateMessageAsync(Channel, Hello, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal(50013, error.Code);
        Assert.True(error.IsPermanent);
        Assert.Single(Server.Requests);
        Assert.Equal(1, Services.Get<DiscordRateLimiter>().InvalidRequestCount);
    }

    [Fact]
    public async Task CreateMessageAsync_BadRequest_NotRetried()
    {
        Server.Script("POST", "channels/111/", FakeDiscordResponse.Error(400, 50035, "Invalid Form Body"));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Client.CreateMessageAsync(Channel, Hello, CancellationToken.None));

        Assert.Equal(50035, error.Code);
        Assert.False(error.IsPermanent);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task SendAsync_InvalidRequestBudgetSpent_HoldsRequestsButStillAnswersInteractions()
    {
        using var services = DiscordTestServices.Create(Server, values => values["Discord:InvalidRequestBudget"] = "3");
        var client = services.Get<DiscordRestClient>();
        Server.Script("POST", "channels/111/", Enumerable.Repeat(FakeDiscordResponse.Error(403, 50013, "Missing Permissions"), 3).ToArray());
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateMessageAsync(Channel, Hello, CancellationToken.None));
        }

        var held = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateMessageAsync(new DiscordChannelId(222), Hello, CancellationToken.None));
        await client.CreateInteractionResponseAsync(new DiscordInteractionId(9), "token", new InteractionResponse(4, Hello), CancellationToken.None);

        Assert.Contains("invalid Discord requests", held.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Requests, r => r.Path.StartsWith("channels/222", StringComparison.Ordinal));
        Assert.Single(Server.Requests, r => r.Path.StartsWith("interactions/9/", StringComparison.Ordinal));
    }
}
