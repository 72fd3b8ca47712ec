using System.Net;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private static readonly DiscordChannelId Channel = new(111);
    private static readonly MessagePayload Hello = new("hello", null, AllowedMentions.None);

    private FakeDiscordServer _server = null!;
    private Testing.CoreTestServices _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync();
        _services = DiscordTestServices.Create(_server);
    }

    public async Task DisposeAsync()
    {
        _services.Dispose();
        await _server.DisposeAsync();
    }

    private DiscordRestClient Client => _services.Get<DiscordRestClient>();

    [Fact]
    public async Task CreateMessageAsync_Always_SendsBotAuthorizationUserAgentAndNoMentions()
    {
        var created = await Client.CreateMessageAsync(Channel, Hello, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.NotNull(created);
        Assert.Equal("channels/111/messages", request.Path);
        Assert.Equal("Bot test-token", request.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessageAsync_BucketOfTwoPerWindow_WaitsForResetAndNeverExceedsIt()
    {
        _server.LimitBucket("POST", "channels/111/", "bucket-a", limit: 2, TimeSpan.FromMilliseconds(300));

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Client.CreateMessageAsync(Channel, Hello, CancellationToken.None)));

        var requests = _server.Requests.OrderBy(r => r.ReceivedAt).ToList();
        Assert.Equal(5, requests.Count);
        Assert.Equal(0, _server.BucketViolations);
        Assert.True(requests[2].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(250), "the third request waited for the reset");
    }

    [Fact]
    public async Task CreateMessageAsync_TooManyRequests_WaitsRetryAfterThenSucceeds()
    {
        _server.Script("POST", "channels/111/", FakeDiscordResponse.TooManyRequests(0.2));

        var created = await Client.CreateMessageAsync(Channel, Hello, CancellationToken.None);

        var requests = _server.Requests;
        Assert.NotNull(created);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(180));
        Assert.Equal(1, _services.Get<DiscordRateLimiter>().InvalidRequestCount);
    }

    [Fact]
    public async Task CreateMessageAsync_GlobalTooManyRequests_PausesOtherRoutesToo()
    {
        _server.Script("POST", "channels/111/", FakeDiscordResponse.TooManyRequests(0.3, global: true));

        var first = Client.CreateMessageAsync(Channel, Hello, CancellationToken.None);
        await WaitUntilAsync(() => _server.Requests.Count == 1);
        await Task.Delay(50);
        await Client.CreateMessageAsync(new DiscordChannelId(222), Hello, CancellationToken.None);
        await first;

        var requests = _server.Requests.OrderBy(r => r.ReceivedAt).ToList();
        var other = requests.Single(r => r.Path == "channels/222/messages");
        Assert.True(other.ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(270), "the other channel waited for the global pause");
    }

    [Fact]
    public async Task CreateMessageAsync_ServerErrors_RetriedThenSucceeds()
    {
        _server.Script("POST", "channels/111/", new FakeDiscordResponse(502), new FakeDiscordResponse(500));

        var created = await Client.CreateMessageAsync(Channel, Hello, CancellationToken.None);

        Assert.NotNull(created);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task CreateMessageAsync_MissingPermissions_NotRetriedAndCodeSurfaced()
    {
        _server.Script("POST", "channels/111/", FakeDiscordResponse.Error(403, 50013, "Missing Permissions"));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Client.CreateMessageAsync(Channel, Hello, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal(50013, error.Code);
        Assert.True(error.IsPermanent);
        Assert.Single(_server.Requests);
        Assert.Equal(1, _services.Get<DiscordRateLimiter>().InvalidRequestCount);
    }

    [Fact]
    public async Task CreateMessageAsync_BadRequest_NotRetried()
    {
        _server.Script("POST", "channels/111/", FakeDiscordResponse.Error(400, 50035, "Invalid Form Body"));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Client.CreateMessageAsync(Channel, Hello, CancellationToken.None));

        Assert.Equal(50035, error.Code);
        Assert.False(error.IsPermanent);
        Assert.Single(_server.Requests);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
