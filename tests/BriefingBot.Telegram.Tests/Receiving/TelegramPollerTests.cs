using BriefingBot.Core.Chats;
using BriefingBot.Telegram.Receiving;
using Microsoft.Extensions.DependencyInjection;
using BriefingBot.Testing.Stores;

namespace BriefingBot.Telegram.Tests.Receiving;

public sealed class TelegramPollerTests
{
    [Fact]
    public async Task PollOnce_CommandInForumTopic_RepliesInSameChatAndThread()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/help", threadId: 77);

        Assert.Equal(1, await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None));

        var reply = Assert.Single(harness.Api.Delivered);
        Assert.Equal(TelegramHarness.Group, reply.ChatId);
        Assert.Equal(77, reply.ThreadId);
        Assert.Equal("html", reply.Property("parse_mode"), ignoreCase: true);
        Assert.Contains("/briefing", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TokenRejected_StopsPollingAndReportsTheAdapterDown()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.RejectToken = true;

        await harness.Get<TelegramPoller>().RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var status = harness.Core.Services.GetRequiredKeyedService<AdapterConnection>("Telegram").Status(AdapterConnection.DefaultTolerance);
        Assert.Equal(AdapterConnectionState.Down, status.State);
        Assert.Contains("Telegram:BotToken", status.Description, StringComparison.Ordinal);
        Assert.Single(harness.Api.Calls("getUpdates").Concat(harness.Api.Calls("deleteWebhook")));
    }

    [Fact]
    public async Task PollOnce_Answered_ReportsTheAdapterConnected()
    {
        await using var harness = await TelegramHarness.StartAsync();

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Equal(AdapterConnectionState.Connected, harness.Core.Services.GetRequiredKeyedService<AdapterConnection>("Telegram").Status(AdapterConnection.DefaultTolerance).State);
    }

    [Fact]
    public async Task PollOnce_CommandMentioningThisBotOrInCaption_IsAnswered()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/help@BriefingTestBot");
        harness.Api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, null, caption: "/settings");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Equal(2, harness.Api.Delivered.Count);
        Assert.Contains("Settings for this chat", harness.Api.Delivered[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollOnce_CommandForAnotherBot_IsIgnored()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/who@OtherBot Kishida");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "just chatting");

        Assert.Equal(2, await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None));

        Assert.Empty(harness.Api.Delivered);
    }

    [Fact]
    public async Task PollOnce_AfterRestart_ResumesFromSavedOffsetWithoutRepeating()
    {
        var state = new InMemoryStateStore();
        await using var api = await Testing.Telegram.FakeTelegramBotApi.StartAsync();
        api.IgnoreOffset = true; // Telegram sends the old updates again: only the saved offset prevents repeats.
        api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/help");
        var second = api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/settings");
        await using (var first = await TelegramHarness.StartAsync(api, state))
        {
            Assert.Equal(2, await first.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None));
        }

        Assert.Equal((second + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), await state.GetAsync(TelegramPoller.StateScope, TelegramPoller.OffsetKey, CancellationToken.None));
        api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/start");
        await using (var restarted = await TelegramHarness.StartAsync(api, state))
        {
            Assert.Equal(1, await restarted.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None));
        }

        Assert.Equal(3, api.Delivered.Count);
        Assert.All(api.Calls("getUpdates").Skip(1), call => Assert.Equal(second + 1, call.Body.GetProperty("offset").GetInt32()));
    }

    [Fact]
    public async Task PollOnce_HandlerCancelled_OffsetNotAdvancedSoUpdateComesAgain()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/help");
        var poller = harness.Get<TelegramPoller>();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poller.PollOnceAsync(cancelled.Token));
        Assert.Null(await harness.Core.State.GetAsync(TelegramPoller.StateScope, TelegramPoller.OffsetKey, CancellationToken.None));

        Assert.Equal(1, await poller.PollOnceAsync(CancellationToken.None));
        Assert.Single(harness.Api.Delivered);
    }
}
