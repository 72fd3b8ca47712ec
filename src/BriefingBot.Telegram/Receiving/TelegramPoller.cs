using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Receiving;

/// <summary>
/// getUpdates long polling with the offset kept in <see cref="IStateStore"/>, saved only after an update was handled:
/// a restart neither loses an update (it is fetched again) nor repeats one that was handled (the offset moved past it).
/// Telegram.Bot's own receiver moves the offset before handling, so it is not used.
/// </summary>
internal sealed partial class TelegramPoller(
    ITelegramBotClient client,
    TelegramUpdateHandler handler,
    IStateStore state,
    [FromKeyedServices(TelegramOptions.SectionName)] AdapterConnection connection,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPoller> logger)
{
    public const string StateScope = "telegram";
    public const string OffsetKey = "polling-offset";

    public static readonly UpdateType[] AllowedUpdates =
        [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.ChatMember, UpdateType.MyChatMember];

    private int? _offset;

    /// <summary>Polls until cancelled (then returns), backing off after errors (a 409 means another poller or a webhook holds the token).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var webhookCleared = false;
        var backoff = new DoublingBackoff();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookCleared)
                {
                    // A webhook left from webhook mode makes getUpdates answer 409.
                    await client.DeleteWebhook(cancellationToken: cancellationToken);
                    webhookCleared = true;
                }

                await PollOnceAsync(cancellationToken);
                backoff.Reset();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                // A revoked or mistyped token does not heal by retrying: say so once, plainly, and stop this adapter.
                LogTokenRejected();
                connection.Stopped("the Bot API rejected the bot token (401 Unauthorized); check Telegram:BotToken and restart");
                return;
            }
            catch (Exception ex)
            {
                connection.Failed(ex.Message);
                var wait = backoff.Next();
                if (ex is ApiRequestException { ErrorCode: 409 })
                {
                    LogConflict();
                }
                else
                {
                    LogPollFailed(ex, wait);
                }

                try
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One getUpdates call; each update is handled, then the offset past it is saved. Returns how many were handled.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        var offset = _offset ??= await LoadOffsetAsync(cancellationToken);
        var updates = await client.GetUpdates(offset, 100, options.Value.PollingTimeoutSeconds, AllowedUpdates, cancellationToken);
        connection.Connected();
        var handled = 0;
        foreach (var update in updates.OrderBy(u => u.Id))
        {
            if (update.Id < offset)
            {
                LogDuplicate(update.Id);
                continue;
            }

            await handler.HandleAsync(update, cancellationToken);
            offset = update.Id + 1;
            _offset = offset;
            await state.SetAsync(StateScope, OffsetKey, offset.ToString(CultureInfo.InvariantCulture), time.GetUtcNow(), cancellationToken);
            handled++;
        }

        return handled;
    }

    private async Task<int> LoadOffsetAsync(CancellationToken cancellationToken)
    {
        var saved = await state.GetAsync(StateScope, OffsetKey, cancellationToken);
        return int.TryParse(saved, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : 0;
    }

    [LoggerMessage(EventId = 4050, Level = LogLevel.Debug, Message = "Telegram update {UpdateId} was already handled; ignored")]
    private partial void LogDuplicate(int updateId);

    [LoggerMessage(EventId = 4051, Level = LogLevel.Warning, Message = "getUpdates conflict (409): another poller or a webhook uses this token")]
    private partial void LogConflict();

    [LoggerMessage(EventId = 4053, Level = LogLevel.Critical, Message = "Telegram rejected the bot token (401 Unauthorized): check Telegram:BotToken. The Telegram adapter has stopped; the rest of the bot keeps running")]
    private partial void LogTokenRejected();

    [LoggerMessage(EventId = 4052, Level = LogLevel.Warning, Message = "Telegram polling failed; retrying in {Backoff}")]
    private partial void LogPollFailed(Exception exception, TimeSpan backoff);
}
