using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Telegram.Receiving;
using BriefingBot.Testing;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Delivery;

/// <summary>Briefings to Telegram channels: /subscribe in the channel itself, or "/channel set @newschannel" from a group.</summary>
public sealed class TelegramChannelTests
{
    private const long Channel = -100300;
    private const string Username = "newschannel";

    [Fact]
    public async Task ChannelSet_GroupAdminWhoAdministersTheChannel_TestPostThenScheduledBriefingGoesThere()
    {
        await using var harness = await StartAsync();
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, "/subscribe 07:00 Europe/London");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, "/channel set @newschannel");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/settings");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        var delivered = harness.Api.Delivered;
        Assert.Equal([TelegramHarness.Group, Channel, TelegramHarness.Group, TelegramHarness.Group], delivered.Select(d => d.ChatId));
        Assert.Equal("Daily briefings for this chat will be posted here.", delivered[1].Text);
        Assert.Contains("posted in @newschannel", delivered[2].Text, StringComparison.Ordinal);
        Assert.Contains("Posted in: @newschannel", delivered[3].Text, StringComparison.Ordinal);
        var subscription = await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.Group), CancellationToken.None);
        Assert.Equal(new DeliveryTarget(TelegramHarness.Address(Channel), "@newschannel"), subscription?.DeliverTo);

        await harness.Core.Stories.AddAsync(StoryFactory.Create("Ferry & rail strike called off", TelegramHarness.Start.AddMinutes(-30)), CancellationToken.None);
        harness.Core.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 7, 0, 30, TimeSpan.Zero));
        var report = await harness.Get<DeliveryService>().RunDueAsync(harness.Core.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(1, report.Sent);
        var briefing = harness.Api.Delivered[^1];
        Assert.Equal(Channel, briefing.ChatId);
        Assert.Contains("Ferry &amp; rail strike", briefing.Text, StringComparison.Ordinal);
        Assert.NotNull(await harness.Core.Chats.GetLastBriefingAsync(TelegramHarness.Address(TelegramHarness.Group), CancellationToken.None));
    }

    [Fact]
    public async Task ChannelSet_ByNumericId_Accepted()
    {
        await using var harness = await StartAsync();
        await SubscribeGroupAsync(harness);
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, $"/channel set {Channel}");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Equal(TelegramHarness.Address(Channel), (await GroupSubscriptionAsync(harness))?.DeliverTo?.Chat);
    }

    [Fact]
    public async Task ChannelSet_ByGroupMember_DeniedWithoutLookingTheChannelUp()
    {
        await using var harness = await StartAsync();
        await SubscribeGroupAsync(harness);
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/channel set @newschannel");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Contains("moderators", Assert.Single(harness.Api.Delivered).Text, StringComparison.Ordinal);
        Assert.Empty(harness.Api.Calls("getChat"));
        Assert.Null((await GroupSubscriptionAsync(harness))?.DeliverTo);
    }

    [Theory]
    [InlineData("@nosuchchannel", "I can't find @nosuchchannel: check the name, and add me to it as an administrator who can post messages.")]
    [InlineData("@private_person", "@private_person is a private chat, not a channel or group.")]
    [InlineData("newschannel", "'newschannel' is not a channel: give its @username or its numeric id (-100…).")]
    public async Task ChannelSet_NotAUsableChannel_TheSentence(string reference, string expected)
    {
        await using var harness = await StartAsync();
        harness.Api.AddChat(555, "private", "Someone", "private_person");
        await SubscribeGroupAsync(harness);
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, $"/channel set {reference}");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Equal(expected, Assert.Single(harness.Api.Delivered).Text);
        Assert.Null((await GroupSubscriptionAsync(harness))?.DeliverTo);
    }

    [Fact]
    public async Task ChannelSet_BotMayNotPostThere_AskedToBeMadeAdministrator()
    {
        await using var harness = await StartAsync();
        await SubscribeGroupAsync(harness);
        harness.Api.FailSends(Channel, new FakeTelegramFault(403, "Forbidden: bot is not a member of the channel chat"));
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, "/channel set @newschannel");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Equal(
            "Add me to @newschannel as an administrator who can post messages, then try again.",
            Assert.Single(harness.Api.Delivered).Text);
        Assert.Null((await GroupSubscriptionAsync(harness))?.DeliverTo);
    }

    [Fact]
    public async Task ChannelSet_GroupAdminNotAdministratorOfTheChannel_RefusedWithoutTestPost()
    {
        await using var harness = await StartAsync();
        await SubscribeGroupAsync(harness);
        harness.Api.SetMemberStatus(Channel, TelegramHarness.Admin, "member");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, "/channel set @newschannel");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Equal("Only an administrator of @newschannel can have briefings posted there.", Assert.Single(harness.Api.Delivered).Text);
    }

    [Fact]
    public async Task ChannelSet_AnonymousGroupAdmin_AskedToRunItAsThemselves()
    {
        await using var harness = await StartAsync();
        await SubscribeGroupAsync(harness);
        harness.Api.AddMessage(TelegramHarness.Group, 1087968824, "/channel set @newschannel", senderChatId: TelegramHarness.Group);

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Contains("run /channel set as yourself", Assert.Single(harness.Api.Delivered).Text, StringComparison.Ordinal);
        Assert.Null((await GroupSubscriptionAsync(harness))?.DeliverTo);
    }

    [Fact]
    public async Task ScheduledBriefing_TargetGroupUpgradedToSupergroup_ResentThereAndTargetFollows()
    {
        const long OldGroup = -4001;
        const long Supergroup = -1009004001;
        await using var harness = await StartAsync();
        await SubscribeGroupAsync(harness);
        await harness.Core.Subscriptions.SetDeliveryTargetAsync(
            TelegramHarness.Address(TelegramHarness.Group), new DeliveryTarget(TelegramHarness.Address(OldGroup), "Readers"), CancellationToken.None);
        await harness.Core.Stories.AddAsync(StoryFactory.Create("Ferry & rail strike called off", TelegramHarness.Start.AddMinutes(-30)), CancellationToken.None);
        harness.Api.FailSends(OldGroup, FakeTelegramFault.MigratedTo(Supergroup));
        harness.Core.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 7, 0, 30, TimeSpan.Zero));

        var report = await harness.Get<DeliveryService>().RunDueAsync(harness.Core.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(1, report.Sent);
        Assert.Equal(Supergroup, Assert.Single(harness.Api.Delivered).ChatId);
        Assert.Equal(new DeliveryTarget(TelegramHarness.Address(Supergroup), "Readers"), (await GroupSubscriptionAsync(harness))?.DeliverTo);
    }

    [Fact]
    public async Task Subscribe_PostedInTheChannelItself_ChannelSubscribedAndAnsweredThere()
    {
        await using var harness = await StartAsync();
        harness.Api.AddChannelPost(Channel, "/subscribe 07:00 Europe/London");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        var answer = Assert.Single(harness.Api.Delivered);
        Assert.Equal(Channel, answer.ChatId);
        Assert.Contains("Subscribed", answer.Text, StringComparison.Ordinal);
        var subscription = await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(Channel), CancellationToken.None);
        Assert.True(subscription?.IsActive);
        Assert.Null(subscription?.DeliverTo);
        Assert.Empty(harness.Api.Calls("getChatMember"));
    }

    private static async Task<TelegramHarness> StartAsync()
    {
        var harness = await TelegramHarness.StartAsync();
        harness.Api.AddChat(Channel, "channel", "News Channel", Username);
        harness.Api.SetMemberStatus(TelegramHarness.Group, TelegramHarness.Admin, "administrator");
        harness.Api.SetMemberStatus(Channel, TelegramHarness.Admin, "creator");
        return harness;
    }

    private static Task<Subscription> SubscribeGroupAsync(TelegramHarness harness) =>
        harness.Core.Subscriptions.UpsertAsync(TelegramHarness.Address(TelegramHarness.Group), "7", new TimeOnly(7, 0), "Europe/London", TelegramHarness.Start, CancellationToken.None);

    private static Task<Subscription?> GroupSubscriptionAsync(TelegramHarness harness) =>
        harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.Group), CancellationToken.None);
}
