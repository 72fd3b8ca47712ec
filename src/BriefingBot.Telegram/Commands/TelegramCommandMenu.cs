using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Commands;

/// <summary>
/// setMyCommands from the shared catalog: member commands for everyone, all commands for chat administrators and in
/// private chats (where the user moderates their own subscription). Menus only hide; the dispatcher enforces access.
/// </summary>
internal sealed partial class TelegramCommandMenu(ITelegramBotClient client, CommandCatalog catalog, ILogger<TelegramCommandMenu> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var members = Commands(AccessLevel.Member);
        var moderators = Commands(AccessLevel.Moderator);
        try
        {
            await client.SetMyCommands(members, BotCommandScope.Default(), cancellationToken: cancellationToken);
            await client.SetMyCommands(moderators, BotCommandScope.AllPrivateChats(), cancellationToken: cancellationToken);
            await client.SetMyCommands(moderators, BotCommandScope.AllChatAdministrators(), cancellationToken: cancellationToken);
            LogRegistered(members.Count, moderators.Count);
        }
        catch (RequestException ex)
        {
            LogFailed(ex);
        }
    }

    private List<BotCommand> Commands(AccessLevel access) =>
        catalog.Specs.Where(s => s.Access <= access).Select(s => new BotCommand(s.Name, s.Description)).ToList();

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Telegram command menu set: {Members} for everyone, {Moderators} for administrators")]
    private partial void LogRegistered(int members, int moderators);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "setMyCommands failed; commands still work when typed")]
    private partial void LogFailed(Exception exception);
}
