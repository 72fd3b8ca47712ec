using BriefingBot.Core.Briefings;
using BriefingBot.Core.Delivery;
using BriefingBot.Testing;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Delivery;

public sealed class TelegramChatPlatformTests
{
    [Fact]
    public async Task DeliveryRun_SubscribedChatAtDueTime_BriefingSentWithoutLinkPreviews()
    {
        await using var harness = await TelegramHarness.StartAsync();
        await SubscribeWithNewsAsync(harness, TelegramHarness.PrivateChat);
        harness.Core.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 7, 0, 30, TimeSpan.Zero));

        var report = await harness.Get<DeliveryService>().RunDueAsync(harness.Core.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(1, report.Sent);
        var sent = Assert.Single(harness.Api.Delivered);
        Assert.Equal(TelegramHarness.PrivateChat, sent.ChatId);
        Assert.Contains("Your daily briefing", sent.Text, StringComparison.Ordinal);
        Assert.Contains("Ferry &amp; rail strike", sent.Text, StringComparison.Ordinal);
        Assert.True(sent.Body.GetProperty("link_preview_options").GetProperty("is_disabled").GetBoolean());
    }

    [Fact]
    public async Task SendBriefing_Throttled_WaitsRetryAfterThenDeliversOnce()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.FailSends(TelegramHarness.PrivateChat, FakeTelegramFault.TooManyRequests(3));
        var platform = Telegram(harness);

        var sending = platform.SendBriefingAsync(TelegramHarness.Address(TelegramHarness.PrivateChat), await BriefingAsync(harness), CancellationToken.None);
        await Eventually.TrueAsync(() => harness.Api.Calls("sendMessage").Count == 1, TimeSpan.FromSeconds(5));
        harness.Core.Clock.Advance(TimeSpan.FromSeconds(2));
        await Task.Delay(200);
        Assert.False(sending.IsCompleted, "resent before retry_after elapsed");
        Assert.Single(harness.Api.Calls("sendMessage"));

        while (!sending.IsCompleted)
        {
            harness.Core.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(sending, Task.Delay(50));
        }

        var result = await sending;
        Assert.True(result.Succeeded);
        Assert.Equal(2, harness.Api.Calls("sendMessage").Count);
        Assert.Single(harness.Api.Delivered);
    }

    [Theory]
    [InlineData(403, "Forbidden: bot was blocked by the user")]
    [InlineData(403, "Forbidden: user is deactivated")]
    [InlineData(403, "Forbidden: bot was kicked from the supergroup chat")]
    [InlineData(400, "Bad Request: chat not found")]
    public async Task DeliveryRun_ChatGoneForTheBot_PermanentFailureDeactivatesSubscription(int status, string description)
    {
        await using var harness = await TelegramHarness.StartAsync();
        await SubscribeWithNewsAsync(harness, TelegramHarness.PrivateChat);
        harness.Api.FailSends(TelegramHarness.PrivateChat, new FakeTelegramFault(status, description));
        harness.Core.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 7, 1, 0, TimeSpan.Zero));

        var result = await Telegram(harness).SendBriefingAsync(TelegramHarness.Address(TelegramHarness.PrivateChat), await BriefingAsync(harness), CancellationToken.None);
        Assert.True(result.IsPermanent);

        harness.Api.FailSends(TelegramHarness.PrivateChat, new FakeTelegramFault(status, description));
        await harness.Get<DeliveryService>().RunDueAsync(harness.Core.Clock.GetUtcNow(), CancellationToken.None);
        var subscription = await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.PrivateChat), CancellationToken.None);
        Assert.NotNull(subscription);
        Assert.False(subscription.IsActive);
        Assert.Contains(description, subscription.DeactivatedReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendBriefing_ServerError_TemporaryFailure()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.FailSends(TelegramHarness.PrivateChat, new FakeTelegramFault(500, "Internal Server Error"));

        var result = await Telegram(harness).SendBriefingAsync(TelegramHarness.Address(TelegramHarness.PrivateChat), await BriefingAsync(harness), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.IsPermanent);
    }

    [Fact]
    public async Task DeliveryRun_GroupUpgradedToSupergroup_MovesSubscriptionAndResends()
    {
        const long OldGroup = -4001;
        const long Supergroup = -1009004001;
        await using var harness = await TelegramHarness.StartAsync();
        await SubscribeWithNewsAsync(harness, OldGroup);
        harness.Api.FailSends(OldGroup, FakeTelegramFault.MigratedTo(Supergroup));
        harness.Core.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 7, 0, 30, TimeSpan.Zero));

        var report = await harness.Get<DeliveryService>().RunDueAsync(harness.Core.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(1, report.Sent);
        Assert.Equal(Supergroup, Assert.Single(harness.Api.Delivered).ChatId);
        Assert.Null(await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(OldGroup), CancellationToken.None));
        Assert.NotNull(await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(Supergroup), CancellationToken.None));
        Assert.NotNull(await harness.Core.Chats.GetLastBriefingAsync(TelegramHarness.Address(Supergroup), CancellationToken.None));
    }

    private static IChatPlatform Telegram(TelegramHarness harness) =>
        harness.Get<IEnumerable<IChatPlatform>>().Single(p => p.Platform == "telegram");

    private static async Task SubscribeWithNewsAsync(TelegramHarness harness, long chatId)
    {
        await harness.Core.Subscriptions.UpsertAsync(TelegramHarness.Address(chatId), "7", new TimeOnly(7, 0), "Europe/London", TelegramHarness.Start, CancellationToken.None);
        await harness.Core.Stories.AddAsync(StoryFactory.Create("Ferry & rail strike called off", TelegramHarness.Start.AddMinutes(-30)), CancellationToken.None);
    }

    private static async Task<Briefing> BriefingAsync(TelegramHarness harness)
    {
        await harness.Core.Stories.AddAsync(StoryFactory.Create("Harbour bridge reopens", TelegramHarness.Start.AddMinutes(-10)), CancellationToken.None);
        return await harness.Get<BriefingService>().ComposeForChatAsync(TelegramHarness.Address(TelegramHarness.PrivateChat), TelegramHarness.Start, CancellationToken.None);
    }
}
