using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.Channels;

/// <summary>"/story N" typed in a channel that another chat's daily briefing is posted in ("/channel set") refers to that briefing.</summary>
public sealed class StoryInDeliveryChannelTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Home = new(FakeChatPlatform.DefaultPlatform, "group-1");
    private static readonly ChatAddress News = new(FakeChatPlatform.DefaultPlatform, "channel-9");
    private readonly CoreTestServices _services = new(Start);

    public StoryInDeliveryChannelTests() => _services.Platform.AddChannel("#news", News, "#news");

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task StoryN_ChannelWithNoBriefingOfItsOwn_ItemOfTheBriefingPostedThere()
    {
        await DeliverHomeBriefingToNewsAsync("Budget passes");

        var outcome = await _services.SendAsync(News, AccessLevel.Member, "/story 1");

        Assert.Equal("Budget passes", Assert.IsType<StoryOutcome>(outcome).Story.Title);
    }

    [Fact]
    public async Task StoryN_ChannelsOwnBriefingIsOlder_TheBriefingPostedThereSince()
    {
        await _services.Stories.AddAsync(StoryFactory.Create("Old news", Start.AddHours(-1)), CancellationToken.None);
        Assert.Single(Assert.IsType<BriefingOutcome>(await _services.SendAsync(News, AccessLevel.Member, "/briefing")).Briefing.Items);

        await DeliverHomeBriefingToNewsAsync("Budget passes"); // the home chat's first briefing: both stories

        var outcome = await _services.SendAsync(News, AccessLevel.Member, "/story 2");

        Assert.IsType<StoryOutcome>(outcome);
        Assert.Equal(2, (await _services.Chats.GetLastBriefingAsync(Home, CancellationToken.None))?.StoryIds.Count);
    }

    [Fact]
    public async Task StoryN_ChannelsOwnBriefingIsLater_ItsOwn()
    {
        await DeliverHomeBriefingToNewsAsync("Budget passes");
        await _services.Stories.AddAsync(StoryFactory.Create("Bridge reopens", Start.AddHours(8)), CancellationToken.None);
        await _services.Stories.AddAsync(StoryFactory.Create("Rates held", Start.AddHours(8)), CancellationToken.None);
        _services.Clock.SetUtcNow(Start.AddHours(9));
        var own = Assert.IsType<BriefingOutcome>(await _services.SendAsync(News, AccessLevel.Member, "/briefing")).Briefing;

        var outcome = await _services.SendAsync(News, AccessLevel.Member, "/story 3");

        Assert.Equal(3, own.Items.Count);
        Assert.Equal(own.Items[2].StoryId, Assert.IsType<StoryOutcome>(outcome).Story.Id);
    }

    [Fact]
    public async Task StoryN_HomeChat_StillItsOwnLastBriefing()
    {
        await DeliverHomeBriefingToNewsAsync("Budget passes");

        var outcome = await _services.SendAsync(Home, AccessLevel.Member, "/story 1");

        Assert.Equal("Budget passes", Assert.IsType<StoryOutcome>(outcome).Story.Title);
    }

    [Fact]
    public async Task StoryN_ChannelNobodyPostsIn_NoBriefingYet()
    {
        await DeliverHomeBriefingToNewsAsync("Budget passes");

        var outcome = await _services.SendAsync(new ChatAddress(FakeChatPlatform.DefaultPlatform, "channel-10"), AccessLevel.Member, "/story 1");

        Assert.IsType<NotFound>(outcome);
    }

    /// <summary>The home chat subscribes at 07:00 UTC with its briefing posted in #news; a story comes in and the briefing goes out.</summary>
    private async Task DeliverHomeBriefingToNewsAsync(string title)
    {
        await _services.SendAsync(Home, AccessLevel.Moderator, "/subscribe 07:00 Etc/UTC");
        await _services.SendAsync(Home, AccessLevel.Moderator, "/channel set #news");
        await _services.Stories.AddAsync(StoryFactory.Create(title, Start.AddHours(1)), CancellationToken.None);
        _services.Clock.SetUtcNow(Start.AddHours(7).AddMinutes(1));
        var report = await _services.Get<DeliveryService>().RunDueAsync(Start.AddHours(7).AddMinutes(1), CancellationToken.None);
        Assert.Equal(1, report.Sent);
        Assert.Equal(News, _services.Platform.Sent[^1].Chat);
    }
}
