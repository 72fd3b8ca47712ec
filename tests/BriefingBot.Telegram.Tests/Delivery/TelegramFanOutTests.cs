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
}
