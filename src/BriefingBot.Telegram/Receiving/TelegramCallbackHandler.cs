using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.People;
using BriefingBot.Telegram.Delivery;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Receiving;

/// <summary>
/// Button presses: "More N" posts the /story N text, "Sources" item N's sources, "Stories" the stories of a /who answer.
/// Every callback query is answered, whatever happens, so the client's progress bar stops.
/// </summary>
internal sealed partial class TelegramCallbackHandler(
    ITelegramBotClient client,
    CommandDispatcher dispatcher,
    TelegramHtmlRenderer renderer,
    TelegramSender sender,
    ILogger<TelegramCallbackHandler> logger)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            if (query.Message is { } message && CallbackData.TryParse(query.Data, out var data))
            {
                var chat = TelegramUpdateHandler.AddressOf(message);
                var user = new ChatUser(query.From.Id.ToString(CultureInfo.InvariantCulture), query.From.FirstName);
                var reply = await AnswerAsync(chat, user, data, cancellationToken);
                if (reply.Count > 0)
                {
                    await sender.SendAsync(chat, reply, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFault(ex, query.Data ?? string.Empty);
        }
        finally
        {
            await AnswerQueryAsync(query.Id, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<TelegramMessage>> AnswerAsync(ChatAddress chat, ChatUser user, CallbackData data, CancellationToken cancellationToken)
    {
        switch (data.Kind)
        {
            case CallbackData.More:
                return renderer.Render(await DispatchAsync(chat, user, CommandSpecs.Story.Name, data.Argument, cancellationToken));
            case CallbackData.Sources:
                var story = await DispatchAsync(chat, user, CommandSpecs.Story.Name, data.Argument, cancellationToken);
                return story is StoryOutcome s ? [TelegramHtmlRenderer.RenderSources(s)] : renderer.Render(story);
            case CallbackData.WhoStories:
                var who = await DispatchAsync(chat, user, CommandSpecs.Who.Name, data.Argument, cancellationToken);
                return who is WhoOutcome { Result: WhoResult.Found found } ? [renderer.RenderWhoStories(found.Profile)] : renderer.Render(who);
            default:
                return [];
        }
    }

    /// <summary>Buttons run member commands only, so the caller's level need not be looked up.</summary>
    private Task<CommandOutcome> DispatchAsync(ChatAddress chat, ChatUser user, string command, string argument, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(new CommandInvocation(chat, user, AccessLevel.Member, command, [argument], argument), cancellationToken);

    private async Task AnswerQueryAsync(string queryId, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQuery(queryId, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            LogAnswerFailed(ex);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Telegram button {Data} failed")]
    private partial void LogFault(Exception exception, string data);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "answerCallbackQuery failed")]
    private partial void LogAnswerFailed(Exception exception);
}
