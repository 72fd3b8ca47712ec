using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using BriefingBot.Telegram.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;

namespace BriefingBot.Telegram.Receiving;

/// <summary>The Telegram adapter's life: the command menu at start, then polling (on one instance of several: <see cref="ExclusiveReceiver"/>) or the webhook endpoint until stopped.</summary>
internal sealed partial class TelegramBotService(
    TelegramCommandMenu menu,
    TelegramPoller poller,
    ExclusiveReceiver receiver,
    TelegramWebhookServer webhook,
    [FromKeyedServices(TelegramOptions.SectionName)] AdapterConnection connection,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<TelegramBotService> logger) : BackgroundService
{
    /// <summary>The lease name of the one instance that polls (<see cref="ExclusiveReceiver"/>).</summary>
    public const string PollingLease = "telegram:polling";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await menu.RegisterAsync(stoppingToken);
        if (options.Value.Mode == TelegramMode.Polling)
        {
            // One poller per token across instances: two would knock each other's getUpdates off (409).
            await receiver.RunAsync(PollingLease, poller.RunAsync, connection, stoppingToken);
            return;
        }

        if (!await StartWebhookAsync(stoppingToken))
        {
            return;
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            await webhook.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>setWebhook until it succeeds (backing off while the Bot API cannot be reached); false when the token is rejected.</summary>
    private async Task<bool> StartWebhookAsync(CancellationToken stoppingToken)
    {
        var backoff = new DoublingBackoff();
        while (true)
        {
            try
            {
                await webhook.StartAsync(stoppingToken);
                connection.Connected();
                return true;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                LogTokenRejected();
                connection.Stopped("the Bot API rejected the bot token (401 Unauthorized); check Telegram:BotToken and restart");
                await webhook.StopAsync(CancellationToken.None);
                return false;
            }
            catch (RequestException ex)
            {
                connection.Failed(ex.Message);
                var wait = backoff.Next();
                LogWebhookFailed(ex, wait);
                await Task.Delay(wait, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = 4065, Level = LogLevel.Critical, Message = "Telegram rejected the bot token (401 Unauthorized) at setWebhook: check Telegram:BotToken. The Telegram adapter has stopped; the rest of the bot keeps running")]
    private partial void LogTokenRejected();

    [LoggerMessage(EventId = 4066, Level = LogLevel.Warning, Message = "setWebhook failed; retrying in {Backoff}")]
    private partial void LogWebhookFailed(Exception exception, TimeSpan backoff);
}
