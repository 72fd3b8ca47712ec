using BriefingBot.Core.Briefings;
using BriefingBot.Core.Delivery;
using BriefingBot.Testing;

namespace BriefingBot.Telegram.Tests.Delivery;

public sealed class TelegramFanOutTests
{
    [Fact]
    public async Task SendBriefing_ManyChatsThrough429Storm_EachDeliveredExactlyOnce()
    {
        const int Chats = 120;
        await using var harness = await TelegramHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["Telegram:GlobalRatePerSecond"] = "200", ["Telegram:MaxSendAttempts"] = "10" },
            realClock: true);
        harness.Api.GlobalCeilingPerSecond = 60; // below our own rate: the fake answers the excess with 429 retry_after 1
        await harness.Core.Stories.AddAsync(StoryFactory.Create("Harbour bridge reopens", TelegramHarness.Start.AddHours(-1)), CancellationToken.None);
        var briefing = await harness.Get<BriefingService>().ComposeForChatAsync(TelegramHarness.Address(1), TelegramHarness.Start, CancellationToken.None);
        var platform = harness.Get<IEnumerable<IChatPlatform>>().Single(p => p.Platform == "telegram");

        var results = await Task.WhenAll(Enumerable.Range(1, Chats)
            .Select(chat => platform.SendBriefingAsync(TelegramHarness.Address(chat), briefing, CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.True(harness.Api.Throttled > 0, "the storm did not happen");
        Assert.Equal(Enumerable.Range(1, Chats).Select(c => (long)c), harness.Api.Delivered.Select(d => d.ChatId ?? 0).Order());
    }

    [Fact]
    public async Task SendBriefing_SeveralToOneChat_PacedUnderTelegramsPerChatLimit()
    {
        await using var harness = await TelegramHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["Telegram:PerChatRatePerSecond"] = "1", ["Telegram:MaxSendAttempts"] = "1" },
            realClock: true);

        // Telegram's own limit, with 100 ms of slack for the loopback's timing jitter between our pacing and the fake.
        harness.Api.PerChatCeiling = 1;
        harness.Api.PerChatWindow = TimeSpan.FromMilliseconds(900);
        var (platform, briefing) = await PlatformAndBriefingAsync(harness);

        var results = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => platform.SendBriefingAsync(TelegramHarness.Address(TelegramHarness.PrivateChat), briefing, CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(0, harness.Api.Throttled);
        Assert.Equal(3, harness.Api.Delivered.Count);
    }

    [Fact]
    public async Task SendBriefing_GroupAtItsMinuteLimit_NextSendWaitsInTheQueueInsteadOfDrawing429()
    {
        const long OtherGroup = -100300;
        await using var harness = await TelegramHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["Telegram:GroupRatePerMinute"] = "3", ["Telegram:MaxSendAttempts"] = "1" },
            realClock: true);
        harness.Api.GroupCeilingPerMinute = 3;
        var (platform, briefing) = await PlatformAndBriefingAsync(harness);
        Task<SendResult> Send(long chat, CancellationToken token = default) => platform.SendBriefingAsync(TelegramHarness.Address(chat), briefing, token);

        // Each group has its own minute: three sends to each go straight out.
        var first = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { Send(TelegramHarness.Group), Send(OtherGroup) }));
        Assert.All(first, r => Assert.True(r.Succeeded, r.Error));

        // A fourth to the same group within the minute is held back by our queue, not sent to be refused.
        using var cancel = new CancellationTokenSource();
        var fourth = Send(TelegramHarness.Group, cancel.Token);
        await Task.WhenAny(fourth, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.False(fourth.IsCompleted, "the fourth send to the group did not wait for the group's minute");
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fourth);

        Assert.Equal(0, harness.Api.Throttled);
        Assert.Equal(6, harness.Api.Delivered.Count);
    }

    private static async Task<(IChatPlatform Platform, Briefing Briefing)> PlatformAndBriefingAsync(TelegramHarness harness)
    {
        await harness.Core.Stories.AddAsync(StoryFactory.Create("Harbour bridge reopens", TelegramHarness.Start.AddHours(-1)), CancellationToken.None);
        var briefing = await harness.Get<BriefingService>().ComposeForChatAsync(TelegramHarness.Address(1), TelegramHarness.Start, CancellationToken.None);
        return (harness.Get<IEnumerable<IChatPlatform>>().Single(p => p.Platform == "telegram"), briefing);
    }
}
