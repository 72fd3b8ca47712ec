using System.Net.WebSockets;
using System.Text.Json;
using BriefingBot.Core.Chats;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// One gateway session over an <see cref="IGatewayTransport"/>: Hello, heartbeats with jitter and ACK tracking
/// (a missed ACK is a zombie: close and resume), Identify (GUILDS) or Resume with the last sequence, op 7 and op 9,
/// fatal close codes, and capped exponential backoff between failed connections. INTERACTION_CREATE goes to the
/// <see cref="IDiscordInteractionSink"/> off the receive loop. A sharded bot runs one client per shard
/// (<see cref="DiscordGatewayShards"/>), each with its own transport, session and resume state; their Identify calls
/// take turns through a shared <see cref="IdentifyGate"/>.
/// </summary>
public sealed partial class DiscordGatewayClient(
    IGatewayTransport transport,
    IGatewayUrlProvider urls,
    IDiscordInteractionSink sink,
    AdapterConnection adapterConnection,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayClient> logger,
    GatewayShard? shard = null,
    IdentifyGate? identifyGate = null) : IDisposable
{
    private const int IntentGuilds = 1;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Lock _handlersGate = new();
    private readonly HashSet<Task> _handlers = [];
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long? _sequence;
    private volatile bool _acked;

    /// <summary>The current session, null before READY or after an invalid session.</summary>
    public string? SessionId => _sessionId;

    /// <summary>The fatal close code the client stopped on, if it stopped on one.</summary>
    public int? StoppedWithCode { get; private set; }

    /// <summary>The last sequence number received.</summary>
    public long? LastSequence => _sequence;

    /// <summary>Connects, and reconnects, until cancelled or a fatal close code arrives.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var scope = shard is { } s ? ShardScope(logger, s) : null;
        var failures = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var resume = _sessionId is not null && _resumeUrl is not null && _sequence is not null;
                ConnectionResult result;
                try
                {
                    if (!resume && shard is { } turn && identifyGate is not null)
                    {
                        await identifyGate.WaitTurnAsync(turn, cancellationToken).ConfigureAwait(false);
                    }

                    var url = resume && _resumeUrl is { } resumeUrl ? resumeUrl : await urls.GetIdentifyUrlAsync(cancellationToken).ConfigureAwait(false);
                    result = await RunConnectionAsync(url, resume, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is WebSocketException or HttpRequestException or IOException or JsonException or InvalidDataException)
                {
                    LogConnectionFailed(exception);
                    adapterConnection.Failed(exception.Message);
                    result = new ConnectionResult(GatewayNext.Resume, Healthy: false);
                }

                if (result.Next == GatewayNext.Stop)
                {
                    return;
                }

                if (result.Next == GatewayNext.Identify)
                {
                    _sessionId = null;
                    _resumeUrl = null;
                    _sequence = null;
                }

                failures = result.Healthy ? 0 : failures + 1;
                var delay = result.InvalidSession ? Max(Backoff(failures), InvalidSessionDelay()) : Backoff(failures);
                if (delay > TimeSpan.Zero)
                {
                    LogReconnecting(delay, failures);
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            Task[] running;
            lock (_handlersGate)
            {
                running = [.. _handlers];
            }

            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    public void Dispose() => _sendLock.Dispose();

    private TimeSpan Backoff(int failures)
    {
        if (failures == 0)
        {
            return TimeSpan.Zero;
        }

        var o = options.Value;
        var exponential = o.ReconnectBaseDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = exponential < o.ReconnectMaxDelay ? exponential : o.ReconnectMaxDelay;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    /// <summary>Discord: after op 9 d:false wait a random 1-5 s, then identify.</summary>
    private TimeSpan InvalidSessionDelay()
    {
        var o = options.Value;
        return o.InvalidSessionMinDelay + ((o.InvalidSessionMaxDelay - o.InvalidSessionMinDelay) * Random.Shared.NextDouble());
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static Uri WithQuery(Uri url) =>
        string.IsNullOrEmpty(url.Query) ? new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/?v=10&encoding=json") : url;

    /// <param name="Next">Resume, identify or stop.</param>
    /// <param name="Healthy">The connection reached READY or RESUMED (resets the backoff).</param>
    /// <param name="InvalidSession">op 9 with d:false ended the connection: Discord's 1-5 s wait applies before the Identify.</param>
    private sealed record ConnectionResult(GatewayNext Next, bool Healthy, bool InvalidSession = false);
}
