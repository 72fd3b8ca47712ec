using BriefingBot.Telegram.Receiving;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BriefingBot.Telegram.Tests;

public sealed class TelegramTokenLoggingTests
{
    [Fact]
    public async Task Logs_CommandsAndFailedSends_NeverContainToken()
    {
        using var logs = new FakeLoggerProvider();
        await using var harness = await TelegramHarness.StartAsync(configure: services => services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        harness.Api.FailSends(TelegramHarness.PrivateChat, FakeTelegramFault.Blocked());
        harness.Api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/help");
        harness.Api.AddMessage(TelegramHarness.Group, TelegramHarness.Member, "/subscribe");

        await harness.Get<TelegramPoller>().PollOnceAsync(CancellationToken.None);

        var records = logs.Collector.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.DoesNotContain("TEST-token", $"{r.Message} {r.Exception}", StringComparison.Ordinal));
    }
}
