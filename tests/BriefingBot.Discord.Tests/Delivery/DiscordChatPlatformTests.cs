using System.Text.Json;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Stories;
using BriefingBot.Discord.Delivery;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Delivery;

public sealed class DiscordChatPlatformTests : FakeDiscordTests
{
    private static readonly DateTimeOffset Now = DiscordTestServices.Start;
    private static readonly ChatAddress Channel = new("discord", "555");

    private IChatPlatform Platform => Services.Get<IEnumerable<IChatPlatform>>().Single(p => p.Platform == "discord");

    [Fact]
    public async Task SendBriefingAsync_TwelveStories_PostedAsEmbedsInTwoMessagesWithoutMentions()
    {
        var result = await Platform.SendBriefingAsync(Channel, Briefing(12), CancellationToken.None);

        Assert.True(result.Succeeded);
        var posts = Server.Requests.Where(r => r.Path == "channels/555/messages").ToList();
        Assert.Equal(2, posts.Count);
        var embeds = posts.Sum(p => JsonDocument.Parse(p.Body).RootElement.GetProperty("embeds").GetArrayLength());
        Assert.Equal(12, embeds);
        Assert.All(posts, p => Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", p.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendBriefingAsync_SameDeliverySentTwice_DiscordHoldsOneMessagePerChunk()
    {
        var briefing = Briefing(12) with { DeliveryKey = "7/2026-03-02" };

        var first = await Platform.SendBriefingAsync(Channel, briefing, CancellationToken.None);
        var again = await Platform.SendBriefingAsync(Channel, briefing, CancellationToken.None);

        Assert.Equal(4, Server.Requests.Count(r => r.Path == "channels/555/messages"));
        Assert.Equal(2, Server.Messages.Count);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(Server.Messages[0].Id, first.MessageId);
    }

    [Fact]
    public async Task SendBriefingAsync_ScheduledBriefing_EachMessageHasItsOwnShortNonceEnforcedAndNoMentions()
    {
        await Platform.SendBriefingAsync(Channel, Briefing(12) with { DeliveryKey = "7/2026-03-02" }, CancellationToken.None);

        var bodies = Server.Requests.Where(r => r.Path == "channels/555/messages").Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        var nonces = bodies.Select(b => b.GetProperty("nonce").GetString() ?? string.Empty).ToList();
        Assert.Equal([DiscordNonce.For("7/2026-03-02", 0), DiscordNonce.For("7/2026-03-02", 1)], nonces);
        Assert.All(nonces, n => Assert.InRange(n.Length, 1, 25));
        Assert.All(bodies, b => Assert.True(b.GetProperty("enforce_nonce").GetBoolean()));
        Assert.All(bodies, b => Assert.Equal(0, b.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength()));
    }

    [Fact]
    public async Task SendBriefingAsync_OnDemandBriefingSentTwice_NoNonceAndTwoCopies()
    {
        await Platform.SendBriefingAsync(Channel, Briefing(12), CancellationToken.None);
        await Platform.SendBriefingAsync(Channel, Briefing(12), CancellationToken.None);

        var posts = Server.Requests.Where(r => r.Path == "channels/555/messages").ToList();
        Assert.All(posts, p => Assert.DoesNotContain("nonce", p.Body, StringComparison.Ordinal));
        Assert.Equal(4, Server.Messages.Count);
    }

    [Fact]
    public async Task SendBriefingAsync_TwoSubscriptionsSameDay_DifferentNoncesBothPosted()
    {
        await Platform.SendBriefingAsync(Channel, Briefing(1) with { DeliveryKey = "7/2026-03-02" }, CancellationToken.None);
        await Platform.SendBriefingAsync(new ChatAddress("discord", "556"), Briefing(1) with { DeliveryKey = "8/2026-03-02" }, CancellationToken.None);

        Assert.Equal(["555", "556"], Server.Messages.Select(m => m.ChannelId));
        Assert.NotEqual(Server.Messages[0].Nonce, Server.Messages[1].Nonce);
    }

    [Theory]
    [InlineData(403, 50013)]
    [InlineData(403, 50001)]
    [InlineData(404, 10003)]
    [InlineData(404, 10004)]
    public async Task SendBriefingAsync_ChannelClosedToBot_PermanentWithReason(int status, int code)
    {
        Server.Script("POST", "channels/555/", FakeDiscordResponse.Error(status, code, "refused"));

        var result = await Platform.SendBriefingAsync(Channel, Briefing(1), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.IsPermanent);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendBriefingAsync_MissingPermissionsBecauseTheBotIsTimedOut_RetriedLaterNotDeactivated()
    {
        var until = TimeProvider.System.GetUtcNow().AddHours(2);
        Server.SetMemberTimeout(FakeDiscordServer.DefaultGuildId, FakeDiscordServer.BotUserId, until);
        Server.Script("POST", "channels/555/", FakeDiscordResponse.Error(403, 50013, "Missing Permissions"));

        var result = await Platform.SendBriefingAsync(Channel, Briefing(1), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.IsPermanent);
        Assert.Equal($"The bot is timed out in this server until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC.", result.Error);
    }

    [Fact]
    public async Task SendBriefingAsync_MissingPermissionsAndTheCheckFails_PermanentAsBefore()
    {
        Server.Script("POST", "channels/555/", FakeDiscordResponse.Error(403, 50013, "Missing Permissions"));
        Server.Script("GET", "channels/555", FakeDiscordResponse.Error(403, 50001, "Missing Access"));

        var result = await Platform.SendBriefingAsync(Channel, Briefing(1), CancellationToken.None);

        Assert.True(result.IsPermanent);
        Assert.Contains("50013", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendBriefingAsync_DiscordKeepsFailing_TransientAfterRetries()
    {
        Server.Script("POST", "channels/555/", Enumerable.Repeat(new FakeDiscordResponse(503), 10).ToArray());

        var result = await Platform.SendBriefingAsync(Channel, Briefing(1), CancellationToken.None);

        Assert.False(result.IsPermanent);
        Assert.Equal(4, Server.Requests.Count);
    }

    private static Briefing Briefing(int items) => new(
        Now,
        Now.AddDays(-1),
        Enumerable.Range(1, items)
            .Select(n => new BriefingItem(n, new StoryId(n), $"Story {n} @everyone", ["First sentence.", "Second sentence."], [new StorySource("s", "Wire", "t", new Uri("https://news.test/" + n), Now)], Now))
            .ToList());
}
