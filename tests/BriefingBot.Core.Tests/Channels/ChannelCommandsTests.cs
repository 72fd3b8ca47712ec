using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.Channels;

/// <summary>"/channel set|show|clear" through the dispatcher, and delivery to the chosen channel.</summary>
public sealed class ChannelCommandsTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Chat = new(FakeChatPlatform.DefaultPlatform, "group-1");
    private static readonly ChatAddress News = new(FakeChatPlatform.DefaultPlatform, "channel-9");
    private readonly CoreTestServices _services = new(Start);

    public ChannelCommandsTests() => _services.Platform.AddChannel("#news", News, "#news");

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task ChannelSet_NoSubscription_AsksToSubscribeFirstAndPostsNothing()
    {
        var outcome = await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set #news");

        Assert.Contains("/subscribe", Assert.IsType<MessageOutcome>(outcome).Text, StringComparison.Ordinal);
        Assert.Empty(_services.Platform.TestPosts);
        Assert.Null(await _services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None));
        Assert.Empty(_services.Audit.Entries);
    }

    [Fact]
    public async Task ChannelSet_KnownChannel_TestPostTargetStoredAudited()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/subscribe 07:00 Etc/UTC");

        var outcome = Assert.IsType<ChannelOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set #news"));

        Assert.Contains("posted in #news", outcome.Text, StringComparison.Ordinal);
        Assert.Equal("#news", outcome.ChannelName);
        Assert.Equal([News], _services.Platform.TestPosts);
        Assert.Equal(new DeliveryTarget(News, "#news"), (await _services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None))?.DeliverTo);
        var entry = _services.Audit.Entries[^1];
        Assert.Equal(("channel set", ChatCommands.Moderator.Id), (entry.Action, entry.ActorId));
        Assert.Contains("#news (fake:channel-9)", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelSet_PlatformRefuses_ItsSentenceAndNothingStored()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/subscribe");
        _services.Platform.RefuseChannel("#secret", "I can't see #secret: give me View Channel there.");

        var outcome = Assert.IsType<ChannelOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set #secret"));

        Assert.Equal("I can't see #secret: give me View Channel there.", outcome.Text);
        Assert.Null((await _services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None))?.DeliverTo);
        Assert.DoesNotContain(_services.Audit.Entries, e => e.Action == "channel set");
    }

    [Fact]
    public async Task ChannelSet_Member_Denied()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/subscribe");

        Assert.IsType<Denied>(await _services.SendAsync(Chat, AccessLevel.Member, "/channel set #news"));
        Assert.Empty(_services.Platform.TestPosts);
    }

    [Fact]
    public async Task ChannelSet_WithoutChannel_UsageError()
    {
        var outcome = Assert.IsType<UsageError>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set"));

        Assert.Equal("/channel set <channel>", outcome.Command.Usage);
    }

    [Fact]
    public async Task ChannelSet_ThisChatItself_DeliversHere()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/subscribe");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set #news");
        _services.Platform.AddChannel("#home", Chat, "#home");

        Assert.IsType<MessageOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set #home"));

        Assert.Null((await _services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None))?.DeliverTo);
    }

    [Fact]
    public async Task ChannelShowAndClear_MemberSeesTargetModeratorClears()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/subscribe");
        Assert.Contains("in this chat", Assert.IsType<MessageOutcome>(await _services.SendAsync(Chat, AccessLevel.Member, "/channel show")).Text, StringComparison.Ordinal);
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set #news");

        var shown = Assert.IsType<ChannelOutcome>(await _services.SendAsync(Chat, AccessLevel.Member, "/channel show"));
        Assert.Equal("This chat's daily briefing is posted in #news.", shown.Text);
        Assert.IsType<Denied>(await _services.SendAsync(Chat, AccessLevel.Member, "/channel clear"));

        var cleared = Assert.IsType<ChannelOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel clear"));
        Assert.Contains("here again", cleared.Text, StringComparison.Ordinal);
        Assert.Null((await _services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None))?.DeliverTo);
        Assert.Contains("was #news", _services.Audit.Entries[^1].Detail, StringComparison.Ordinal);
        Assert.IsType<MessageOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel clear"));
    }

    [Fact]
    public async Task Settings_WithTarget_OutcomeCarriesIt()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/subscribe");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set #news");

        var settings = Assert.IsType<SettingsOutcome>(await _services.SendAsync(Chat, AccessLevel.Member, "/settings"));

        Assert.Equal(News, settings.Subscription?.DeliverTo?.Chat);
    }

    [Fact]
    public async Task RunDueAsync_WithTarget_PostedInChannelRecordedForHomeChat()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/subscribe 07:00 Etc/UTC");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set #news");
        await _services.Stories.AddAsync(StoryFactory.Create("Budget passes", Start), CancellationToken.None);

        var report = await _services.Get<DeliveryService>().RunDueAsync(Start.AddHours(7).AddMinutes(1), CancellationToken.None);

        Assert.Equal(1, report.Sent);
        Assert.Equal(News, Assert.Single(_services.Platform.Sent).Chat);
        Assert.NotNull(await _services.Chats.GetLastBriefingAsync(Chat, CancellationToken.None));
        Assert.Null(await _services.Chats.GetLastBriefingAsync(News, CancellationToken.None));
    }

    [Fact]
    public async Task RunDueAsync_TargetGoneForGood_DeactivatedWithReasonNamingTheChannel()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/subscribe 07:00 Etc/UTC");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/channel set #news");
        await _services.Stories.AddAsync(StoryFactory.Create("Budget passes", Start), CancellationToken.None);
        _services.Platform.FailNext("The channel no longer exists (Discord 10003).", permanent: true);

        await _services.Get<DeliveryService>().RunDueAsync(Start.AddHours(7).AddMinutes(1), CancellationToken.None);

        var subscription = await _services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None);
        Assert.False(subscription?.IsActive);
        Assert.Equal("Posting to #news failed: The channel no longer exists (Discord 10003).", subscription?.DeactivatedReason);
        var shown = Assert.IsType<ChannelOutcome>(await _services.SendAsync(Chat, AccessLevel.Member, "/channel show"));
        Assert.Contains("stopped", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Channel_Group_SubcommandsWithTheirOwnAccess()
    {
        Assert.Equal("/channel set|show|clear", CommandSpecs.Channel.Usage);
        Assert.Equal(ParameterKind.Channel, Assert.Single(CommandSpecs.ChannelSet.Parameters).Kind);
        Assert.Equal(
            [AccessLevel.Moderator, AccessLevel.Member, AccessLevel.Moderator],
            CommandSpecs.Channel.Subcommands.Select(s => s.Access));
    }
}
