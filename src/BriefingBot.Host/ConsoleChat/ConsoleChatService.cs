using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Ingestion;
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
    NewsReadiness news,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IOptions<ConsoleChatOptions> options,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    private static readonly ChatUser LocalUser = new("console-user", Environment.UserName);

    /// <summary>How long the first command waits for the ingest pass that starts with the bot.</summary>
    private static readonly TimeSpan FirstPassWait = TimeSpan.FromSeconds(60);

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
                await WaitForNewsAsync(stoppingToken);
                await WriteAsync(await AnswerAsync(chat, line, stoppingToken), stoppingToken);
            }
        }
    }

    /// <summary>Commands typed (or piped) before the first ingest pass has finished wait for it, once.</summary>
    private async Task WaitForNewsAsync(CancellationToken cancellationToken)
    {
        if (news.IsReady)
        {
            return;
        }

        await WriteAsync("Reading the news sources, one moment...", cancellationToken);
        if (!await news.WaitAsync(FirstPassWait, time, cancellationToken))
        {
            LogNewsNotReady(FirstPassWait);
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

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "The first ingest pass has not finished after {Wait}; answering with the news stored so far")]
    private partial void LogNewsNotReady(TimeSpan wait);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Console input ended")]
    private partial void LogEndOfInput();
}
