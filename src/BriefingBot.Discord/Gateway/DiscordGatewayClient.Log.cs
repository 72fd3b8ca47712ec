using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Gateway;

public sealed partial class DiscordGatewayClient
{
    /// <summary>Every log line of a shard's client carries the shard ("shard 1/4").</summary>
    private static readonly Func<ILogger, GatewayShard, IDisposable?> ShardScope = LoggerMessage.DefineScope<GatewayShard>("Discord {Shard}");

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Discord gateway ready")]
    private partial void LogReady();

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Discord gateway session resumed at sequence {Sequence}")]
    private partial void LogResumed(long sequence);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "No heartbeat ACK within {Interval}: zombie connection, reconnecting")]
    private partial void LogZombie(TimeSpan interval);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Discord asked for a reconnect (op 7)")]
    private partial void LogReconnectRequested();

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Invalid session (op 9), resumable: {Resumable}")]
    private partial void LogInvalidSession(bool resumable);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Gateway closed with {Code}; next: {Next}")]
    private partial void LogClosed(int code, GatewayNext next);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Critical, Message = "Gateway closed with fatal code {Code}: {Reason}. Not reconnecting; the rest of the bot keeps running")]
    private partial void LogFatalClose(int code, string reason);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Gateway connection failed")]
    private partial void LogConnectionFailed(Exception exception);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Information, Message = "Reconnecting to the gateway in {Delay} (failure {Failures})")]
    private partial void LogReconnecting(TimeSpan delay, int failures);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Error, Message = "Interaction {InteractionId} failed")]
    private partial void LogInteractionFailed(Exception exception, string interactionId);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "Heartbeat send failed")]
    private partial void LogHeartbeatFailed(Exception exception);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Warning, Message = "No Hello from the gateway within {Timeout}: closing the connection and opening a new one")]
    private partial void LogNoHello(TimeSpan timeout);
}
