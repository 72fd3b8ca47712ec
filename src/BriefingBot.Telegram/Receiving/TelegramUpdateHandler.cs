using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Telegram.Commands;
using BriefingBot.Telegram.Delivery;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Receiving;

/// <summary>
/// Turns one update into work: a command in a message, caption or channel post is dispatched and answered in the same
/// chat and forum topic; a button press runs its command and is always answered; member changes refresh the admin cache;
/// a group's migration moves its subscription. Faults are caught here, once, logged and answered with an apology.
/// </summary>
internal sealed partial class TelegramUpdateHandler(
    TelegramBotIdentity identity,
    TelegramAccessResolver access,
    CommandDispatcher dispatcher,
    TelegramHtmlRenderer renderer,
    TelegramSender sender,
    TelegramChatMigrator migrator,
    TelegramCallbackHandler callbacks,
    ILogger<TelegramUpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if ((update.Message ?? update.ChannelPost) is { } message)
        {
            await HandleMessageAsync(message, cancellationToken);
        }
        else if (update.CallbackQuery is { } query)
        {
            await callbacks.HandleAsync(query, cancellationToken);
        }
        else if (update.ChatMember is { } change)
        {
            access.Forget(change.Chat.Id, change.NewChatMember.User.Id);
        }
    }

    /// <summary>Where replies to <paramref name="message"/> go: its chat, and its forum topic when it was posted in one.</summary>
    public static ChatAddress AddressOf(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var thread = message.IsTopicMessage && message.MessageThreadId is { } id ? id.ToString(CultureInfo.InvariantCulture) : null;
        return new ChatAddress(TelegramChatPlatform.PlatformName, message.Chat.Id.ToString(CultureInfo.InvariantCulture), thread);
    }

    private async Task HandleMessageAsync(Message message, CancellationToken cancellationToken)
    {
        var chat = AddressOf(message);
        if (message.MigrateToChatId is { } newChatId)
        {
            await migrator.MoveAsync(chat, newChatId, cancellationToken);
            return;
        }

        var username = await identity.GetUsernameAsync(cancellationToken);
        if (!CommandText.TryParse(message.Text ?? message.Caption, username, out var parsed))
        {
            return;
        }

        try
        {
            var level = await access.ResolveAsync(message, cancellationToken);
            var invocation = new CommandInvocation(chat, UserOf(message), level, parsed.Name, parsed.Arguments, parsed.RawArguments);
            var outcome = await dispatcher.DispatchAsync(invocation, cancellationToken);
            await sender.SendAsync(chat, renderer.Render(outcome), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFault(ex, parsed.Name, chat.Key);
            await sender.SendAsync(chat, [TelegramHtmlRenderer.Apology()], cancellationToken);
        }
    }

    /// <summary>
    /// The person, or for anonymous admins and channel posts the chat they post as (Telegram names no person then; the
    /// From of an anonymous admin's message is the shared GroupAnonymousBot).
    /// </summary>
    private static ChatUser UserOf(Message message) =>
        message.SenderChat is { } senderChat
            ? new ChatUser(senderChat.Id.ToString(CultureInfo.InvariantCulture), senderChat.Title ?? "anonymous administrator")
            : message.From is { } from
            ? new ChatUser(from.Id.ToString(CultureInfo.InvariantCulture), string.Join(' ', new[] { from.FirstName, from.LastName }.Where(n => !string.IsNullOrEmpty(n))))
            : new ChatUser(message.Chat.Id.ToString(CultureInfo.InvariantCulture), message.Chat.Title ?? "channel");

    [LoggerMessage(EventId = 4000, Level = LogLevel.Error, Message = "Telegram command /{Command} in {Chat} failed")]
    private partial void LogFault(Exception exception, string command, string chat);
}
