using BriefingBot.Core.Ingestion;
using BriefingBot.Core.State;
using BriefingBot.Host.Hosting;
using BriefingBot.Storage;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Tests;

/// <summary>The real host (SQLite, scheduler, AddTelegramAdapter) polling a fake Bot API.</summary>
public sealed class TelegramHostEndToEndTests
{
    [Fact]
    public async Task Host_WithTelegramToken_AnswersWhoInPrivateChatAndKeepsOffset()
    {
        using var data = new TempDirectory();
        await using var api = await FakeTelegramBotApi.StartAsync();
        var update = api.AddMessage(5005, 5005, "/who Kishida");
        var args = BotHarness.OfflineArgs(
            data.Path,
            "--Telegram:BotToken=123456:host-test",
            $"--Telegram:ApiBaseUrl={api.BaseUrl}",
            "--Telegram:PollingTimeoutSeconds=1");
        using var host = BriefingHostBuilder.Create(args, runBot: true, RepoPaths.Root).Build();
        await host.Services.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
        await host.Services.GetRequiredService<NewsCycle>().RunAsync(CancellationToken.None);

        await host.StartAsync();
        var state = host.Services.GetRequiredService<IStateStore>();
        string? offset = null;
        for (var i = 0; i < 400 && (api.Delivered.Count == 0 || offset is null); i++)
        {
            await Task.Delay(25);
            offset = await state.GetAsync("telegram", "polling-offset", CancellationToken.None);
        }

        await host.StopAsync();

        var reply = Assert.Single(api.Delivered);
        Assert.Equal(5005, reply.ChatId);
        Assert.Contains("Kishida", reply.Text, StringComparison.Ordinal);
        Assert.NotEmpty(api.Calls("setMyCommands"));
        Assert.Single(api.Calls("deleteWebhook"));
        Assert.Equal((update + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), offset);
    }
}
