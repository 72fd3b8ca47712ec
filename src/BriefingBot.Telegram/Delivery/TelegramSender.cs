using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Delivery;

/// <summary>
/// The one way messages leave for Telegram: through the rate limiter, honouring 429 retry_after itself (the client's
/// RetryThreshold is 0), following a group's migration to a supergroup, and telling permanent failures apart.
/// </summary>
internal sealed partial class TelegramSender(
    ITelegramBotClient client,
    TelegramRateLimiter limiter,
    TelegramChatMigrator migrator,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<TelegramSender> logger)
{
    public async Task<TelegramSendResult> SendAsync(ChatAddress chat, IReadOnlyList<TelegramMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var target = chat;
        var ids = new List<int>(messages.Count);
        var migrations = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            var attempt = await SendOneAsync(target, messages[i], cancellationToken);
            if (attempt.MigrateTo is { } newChatId && migrations++ == 0)
            {
                target = await migrator.MoveAsync(target, newChatId, cancellationToken);
                i--;
                continue;
            }

            if (attempt.Error is not null)
            {
                return new TelegramSendResult(target, ids, attempt.Error, attempt.IsPermanent);
            }

            ids.Add(attempt.MessageId);
        }

        return new TelegramSendResult(target, ids, null, false);
    }

    private async Task<Attempt> SendOneAsync(ChatAddress chat, TelegramMessage message, CancellationToken cancellationToken)
    {
        var chatId = long.Parse(chat.ChatId, CultureInfo.InvariantCulture);
        int? threadId = chat.ThreadId is null ? null : int.Parse(chat.ThreadId, CultureInfo.InvariantCulture);
        var maxAttempts = options.Value.MaxSendAttempts;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Message sent;
                using (await limiter.AcquireAsync(chatId, cancellationToken))
                {
                    sent = await client.SendMessage(
                        chatId,
                        message.Html,
                        parseMode: ParseMode.Html,
                        replyMarkup: message.Keyboard,
                        linkPreviewOptions: message.DisableLinkPreview ? new LinkPreviewOptions { IsDisabled = true } : null,
                        messageThreadId: threadId,
                        cancellationToken: cancellationToken);
                }

                return new Attempt(sent.MessageId, null, false, null);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429 && attempt < maxAttempts)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
                LogThrottled(chat.Key, wait, attempt);
                await Task.Delay(wait, time, cancellationToken);
            }
            catch (ApiRequestException ex) when (ex.Parameters?.MigrateToChatId is { } newChatId)
            {
                return new Attempt(0, null, false, newChatId);
            }
            catch (ApiRequestException ex)
            {
                var permanent = TelegramSendError.IsPermanent(ex);
                LogRefused(chat.Key, ex.ErrorCode, ex.Message, permanent);
                return new Attempt(0, $"Telegram: {ex.Message}", permanent, null);
            }
            catch (RequestException ex)
            {
                LogUnreachable(ex, chat.Key);
                return new Attempt(0, $"Telegram could not be reached: {ex.Message}", false, null);
            }
        }
    }

    private sealed record Attempt(int MessageId, string? Error, bool IsPermanent, long? MigrateTo);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning, Message = "Telegram throttled a send to {Chat}; retrying after {Wait} (attempt {Attempt})")]
    private partial void LogThrottled(string chat, TimeSpan wait, int attempt);

    [LoggerMessage(EventId = 4031, Level = LogLevel.Warning, Message = "Telegram refused a send to {Chat}: {ErrorCode} {Description} (permanent: {Permanent})")]
    private partial void LogRefused(string chat, int errorCode, string description, bool permanent);

    [LoggerMessage(EventId = 4032, Level = LogLevel.Warning, Message = "Telegram could not be reached sending to {Chat}")]
    private partial void LogUnreachable(Exception exception, string chat);
}
