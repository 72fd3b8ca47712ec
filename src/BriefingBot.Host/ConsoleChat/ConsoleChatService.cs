using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.ConsoleChat;

/// <summary>
/// The local chat adapter: each line from stdin is a command, dispatched by the shared dispatcher and rendered as
/// plain text. The person at the console is the moderator of their own chat, as in a private chat.
/// </summary>
internal sealed partial class ConsoleChatService(
    CommandDispatcher dispatcher,
    PlainTextRenderer renderer,
    ConsoleChannel channel,
    IHostApplicationLifetime lifetime,
    IOptions<ConsoleChatOptions> options,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    private static readonly ChatUser LocalUser = new("console-user", Environment.UserName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var chat = new ChatAddress(ConsoleChatPlatform.PlatformName, options.Value.ChatId);
        await WriteAsync("BriefingBot console chat. Type /help for commands, Ctrl+C to quit.", stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var line = await channel.Input.ReadLineAsync(stoppingToken).AsTask().WaitAsync(stoppingToken);
            if (line is null)
            {
                LogEndOfInput();
                if (options.Value.StopOnEndOfInput)
                {
                    lifetime.StopApplication();
                }

                return;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                await WriteAsync(await AnswerAsync(chat, line, stoppingToken), stoppingToken);
            }
        }
    }

    private async Task<string> AnswerAsync(ChatAddress chat, string line, CancellationToken cancellationToken)
    {
        if (!CommandText.TryParse(line, null, out var parsed))
        {
            return "Commands start with '/'. Type /help to see them.";
        }

        try
        {
            var invocation = new CommandInvocation(chat, LocalUser, AccessLevel.Moderator, parsed.Name, parsed.Arguments, parsed.RawArguments);
            return renderer.Render(await dispatcher.DispatchAsync(invocation, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFault(ex, parsed.Name);
            return "Sorry, something went wrong while answering that. It has been logged; please try again.";
        }
    }

    private async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        await channel.Output.WriteLineAsync(text.AsMemory(), cancellationToken);
        await channel.Output.FlushAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Error, Message = "Console command /{Command} failed")]
    private partial void LogFault(Exception exception, string command);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Console input ended")]
    private partial void LogEndOfInput();
}
