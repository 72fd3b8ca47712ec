using BriefingBot.Telegram.Receiving;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Receiving;

public sealed class TelegramAccessTests
{
    [Fact]
    public async Task Subscribe_ByGroupMember_IsDenied()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/subscribe 07:30 Europe/London");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Contains("moderators", Assert.Single(harness.Api.Delivered).Text, StringComparison.Ordinal);
        Assert.Null(await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.Group), CancellationToken.None));
    }

    [Fact]
    public async Task FilterAdd_ByGroupMemberThenAdministrator_OnlyTheAdministratorsRuleIsStoredAndListed()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.SetMemberStatus(TelegramHarness.Group, TelegramHarness.Admin, "administrator");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/filter add exclude-keyword football");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, "/filter add exclude-keyword \"<b>world</b> cup\"");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/filter list");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Equal(3, harness.Api.Delivered.Count);
        Assert.Contains("moderators", harness.Api.Delivered[0].Text, StringComparison.Ordinal);
        Assert.Contains("1. exclude-keyword &lt;b&gt;world&lt;/b&gt; cup", harness.Api.Delivered[2].Text, StringComparison.Ordinal);
        var rule = Assert.Single((await harness.Core.Filters.GetAsync(TelegramHarness.Address(TelegramHarness.Group), CancellationToken.None)).Rules);
        Assert.Equal("<b>world</b> cup", rule.Value);
    }

    [Theory]
    [InlineData("administrator")]
    [InlineData("creator")]
    public async Task Subscribe_ByGroupAdministrator_Subscribes(string status)
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.SetMemberStatus(TelegramHarness.Group, TelegramHarness.Admin, status);
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, "/subscribe 07:30 Europe/London");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Contains("Subscribed", Assert.Single(harness.Api.Delivered).Text, StringComparison.Ordinal);
        var subscription = await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.Group), CancellationToken.None);
        Assert.NotNull(subscription);
        Assert.Equal(TelegramHarness.Admin.ToString(System.Globalization.CultureInfo.InvariantCulture), subscription.SubscribedBy);
    }

    [Fact]
    public async Task Subscribe_ByAnonymousAdmin_SubscribesWithoutLookup()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddMessage(TelegramHarness.Group, 1087968824, "/subscribe", senderChatId: TelegramHarness.Group);

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.NotNull(await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.Group), CancellationToken.None));
        Assert.Empty(harness.Api.Calls("getChatMember"));
    }

    [Fact]
    public async Task Subscribe_InPrivateChat_UserIsModerator()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/subscribe 08:00");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.NotNull(await harness.Core.Subscriptions.GetByChatAsync(TelegramHarness.Address(TelegramHarness.PrivateChat), CancellationToken.None));
    }

    [Fact]
    public async Task AdminCheck_RepeatedCommands_AsksTelegramOnce()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.SetMemberStatus(TelegramHarness.Group, TelegramHarness.Admin, "administrator");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, "/settings");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Admin, "/unsubscribe");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Single(harness.Api.Calls("getChatMember"));
        Assert.Equal(2, harness.Api.Delivered.Count);
    }

    [Fact]
    public async Task Start_CommandMenu_MemberAndModeratorScopes()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.Get<Commands.TelegramCommandMenu>().RegisterAsync(CancellationToken.None);

        var calls = harness.Api.Calls("setMyCommands");
        var byScope = calls.ToDictionary(c => c.Body.TryGetProperty("scope", out var s) ? s.GetProperty("type").GetString() ?? "" : "default", c => c.Body.GetProperty("commands").GetArrayLength());
        // Members: start, help, briefing, story, who, personal (their briefing in their private chat with the bot), settings,
        // filter and channel (their list and show); administrators: all 14.
        Assert.Equal(9, byScope["default"]);
        Assert.Equal(14, byScope["all_chat_administrators"]);
        Assert.Equal(14, byScope["all_private_chats"]);
        Assert.IsType<FakeTelegramBotApi>(harness.Api);
    }
}
