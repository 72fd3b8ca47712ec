using System.Text.Json;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Stories;
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
