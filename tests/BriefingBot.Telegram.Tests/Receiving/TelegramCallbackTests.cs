using BriefingBot.Telegram.Receiving;
using BriefingBot.Testing;

namespace BriefingBot.Telegram.Tests.Receiving;

public sealed class TelegramCallbackTests
{
    [Fact]
    public async Task MoreButton_AfterBriefing_PostsStoryAndAnswersQuery()
    {
        await using var harness = await TelegramHarness.StartAsync();
        await harness.Core.Stories.AddAsync(StoryFactory.Create("Harbour <bridge> reopens", TelegramHarness.Start.AddHours(-1)), CancellationToken.None);
        harness.Api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/briefing");
        var poller = harness.Get<TelegramPoller>();
        await poller.PollOnceAsync(CancellationToken.None);

        harness.Api.AddCallback(TelegramHarness.PrivateChat, TelegramHarness.Member, "more:1");
        harness.Api.AddCallback(TelegramHarness.PrivateChat, TelegramHarness.Member, "src:1");
        await poller.PollOnceAsync(CancellationToken.None);

        Assert.Equal(2, harness.Api.Calls("answerCallbackQuery").Count);
        var delivered = harness.Api.Delivered;
        Assert.Equal(3, delivered.Count);
        Assert.StartsWith("<b>1. Harbour &lt;bridge&gt; reopens</b>", delivered[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("<b>Sources for 1.", delivered[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownButton_StillAnswered()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddCallback(TelegramHarness.PrivateChat, TelegramHarness.Member, "nonsense");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Single(harness.Api.Calls("answerCallbackQuery"));
        Assert.Empty(harness.Api.Delivered);
    }

    [Fact]
    public async Task MoreButton_NoBriefingYet_ExplainsAndAnswers()
    {
        await using var harness = await TelegramHarness.StartAsync();
        harness.Api.AddCallback(TelegramHarness.Group, TelegramHarness.Member, "more:3");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Single(harness.Api.Calls("answerCallbackQuery"));
        Assert.Contains("has not had a briefing yet", Assert.Single(harness.Api.Delivered).Text, StringComparison.Ordinal);
    }
}
