using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Hosting;

/// <summary>Gateway mode: registers the commands (when changed), then keeps the gateway session running.</summary>
internal sealed partial class DiscordGatewayService(
    DiscordCommandRegistrar registrar,
    DiscordGatewayClient gateway,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await registrar.EnsureRegisteredAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Old commands keep working; the next start tries again.
            LogRegistrationFailed(exception);
        }

        await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        LogStopped();
    }

    [LoggerMessage(EventId = 5060, Level = LogLevel.Error, Message = "Registering the Discord commands failed")]
    private partial void LogRegistrationFailed(Exception exception);

    [LoggerMessage(EventId = 5061, Level = LogLevel.Critical, Message = "The Discord gateway stopped for good; the bot no longer answers on Discord")]
    private partial void LogStopped();
}
