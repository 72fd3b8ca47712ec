using BriefingBot.Core.Delivery;
using BriefingBot.Telegram.Receiving;
using BriefingBot.Testing;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Delivery;

/// <summary>"/personal" in a group: the member's own briefing in their private chat with the bot (chat id = user id).</summary>
public sealed class TelegramPersonalTests
{
    [Fact]
    public async Task Personal_MemberInAGroup_GreetedInPrivateAndTheScheduledBriefingArrivesThere()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/personal 07:00 Europe/London");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        var delivered = harness.Api.Delivered;
        Assert.Equal([TelegramHarness.Member, TelegramHarness.Group], delivered.Select(d => d.ChatId));
        Assert.Contains("personal daily briefing will arrive here", delivered[0].Text, StringComparison.Ordinal);
        Assert.Contains("your private chat with the bot", delivered[1].Text, StringComparison.Ordinal);
        var personal = await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.Member), CancellationToken.None);
        Assert.NotNull(personal);
        Assert.Null(await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.Group), CancellationToken.None));

        await harness.Core.Stories.AddAsync(StoryFactory.Create("Harbour <bridge> reopens", TelegramHarness.Start.AddMinutes(-30)), CancellationToken.None);
        harness.Core.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 7, 0, 30, TimeSpan.Zero));
        var report = await harness.Get<DeliveryService>().RunDueAsync(harness.Core.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(1, report.Sent);
        var briefing = harness.Api.Delivered[^1];
        Assert.Equal(TelegramHarness.Member, briefing.ChatId);
        Assert.Contains("Harbour &lt;bridge&gt; reopens", briefing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_UserNeverStartedTheBot_ToldToStartItAndNothingSubscribed()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.FailSends(TelegramHarness.Member, new FakeTelegramFault(403, "Forbidden: bot can't initiate conversation with a user"));
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/personal");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        var reply = Assert.Single(harness.Api.Delivered);
        Assert.Equal(TelegramHarness.Group, reply.ChatId);
        Assert.Contains("open a private chat with @", reply.Text, StringComparison.Ordinal);
        Assert.Contains("press Start", reply.Text, StringComparison.Ordinal);
        Assert.Null(await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.Member), CancellationToken.None));
    }

    [Fact]
    public async Task Personal_AnonymousAdministrator_AskedToPostAsThemselves()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddMessage(TelegramHarness.Group, 1087968824, "/personal", senderChatId: TelegramHarness.Group); // GroupAnonymousBot, posting as the group

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        var reply = Assert.Single(harness.Api.Delivered);
        Assert.Contains("post /personal as yourself", reply.Text, StringComparison.Ordinal);
    }
}
