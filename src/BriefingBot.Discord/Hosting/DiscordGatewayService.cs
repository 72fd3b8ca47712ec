using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Hosting;

/// <summary>Gateway mode: registers the commands (when changed), then keeps the gateway shards running.</summary>
internal sealed partial class DiscordGatewayService(
    DiscordCommandRegistrar registrar,
    DiscordGatewayShards gateway,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await registrar.TryEnsureRegisteredAsync(stoppingToken).ConfigureAwait(false);
        await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        LogStopped();
    }

    [LoggerMessage(EventId = 5061, Level = LogLevel.Critical, Message = "The Discord gateway stopped for good; the bot no longer answers on Discord")]
    private partial void LogStopped();
}
