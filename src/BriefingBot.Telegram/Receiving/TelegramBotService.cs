using BriefingBot.Telegram.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram.Receiving;

/// <summary>The Telegram adapter's life: the command menu at start, then polling or the webhook endpoint until stopped.</summary>
internal sealed class TelegramBotService(
    TelegramCommandMenu menu,
    TelegramPoller poller,
    TelegramWebhookServer webhook,
    IOptions<TelegramOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await menu.RegisterAsync(stoppingToken);
        if (options.Value.Mode == TelegramMode.Polling)
        {
            await poller.RunAsync(stoppingToken);
            return;
        }

        await webhook.StartAsync(stoppingToken);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            await webhook.StopAsync(CancellationToken.None);
        }
    }
}
