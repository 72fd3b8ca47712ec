using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// Gateway mode: registers the commands (when changed), then keeps the gateway shards running — on one instance of
/// several per shard selection (<see cref="ExclusiveReceiver"/>): two sessions of a shard would each receive, and
/// answer, every interaction. Instances given different <c>Discord:ShardIds</c> run side by side.
/// </summary>
internal sealed partial class DiscordGatewayService(
    DiscordCommandRegistrar registrar,
    DiscordGatewayShards gateway,
    ExclusiveReceiver receiver,
    [FromKeyedServices(DiscordOptions.SectionName)] AdapterConnection connection,
    IOptions<DiscordOptions> options,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    /// <summary>The lease name for this process's shards: the selection as configured, or all of them.</summary>
    public string GatewayLease => $"discord:gateway:{options.Value.ShardIds?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? "all"}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await registrar.TryEnsureRegisteredAsync(stoppingToken).ConfigureAwait(false);
        await receiver.RunAsync(GatewayLease, gateway.RunAsync, connection, stoppingToken).ConfigureAwait(false);
        if (!stoppingToken.IsCancellationRequested)
        {
            LogStopped();
        }
    }

    [LoggerMessage(EventId = 5061, Level = LogLevel.Critical, Message = "The Discord gateway stopped for good; the bot no longer answers on Discord")]
    private partial void LogStopped();
}
