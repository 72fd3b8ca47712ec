using System.Globalization;
using System.Text.Json;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Gateway;

public sealed partial class DiscordGatewayClient
{
    private async Task<ConnectionResult> RunConnectionAsync(Uri url, bool resume, CancellationToken cancellationToken)
    {
        await transport.ConnectAsync(WithQuery(url), cancellationToken).ConfigureAwait(false);
        var first = await ReceiveHelloAsync(cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            return new ConnectionResult(GatewayNext.Resume, Healthy: false);
        }

        if (first.Text is not { } helloText)
        {
            return Closed(first.CloseCode, healthy: false);
        }

        var hello = Parse(helloText);
        if (hello.Op != 10 || hello.D is not { } helloData)
        {
            throw new InvalidDataException($"Expected Hello (op 10) first, got op {hello.Op}.");
        }

        var interval = TimeSpan.FromMilliseconds(helloData.Deserialize(DiscordJsonContext.Default.GatewayHello)?.HeartbeatInterval ?? 41250);
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = new HeartbeatState();
        _acked = true;
        var heartbeatLoop = HeartbeatLoopAsync(interval, heartbeat, connection);
        var healthy = false;
        try
        {
            await SendAsync(resume ? ResumeJson() : IdentifyJson(), connection.Token).ConfigureAwait(false);
            while (true)
            {
                var frame = await transport.ReceiveAsync(connection.Token).ConfigureAwait(false);
                if (frame.Text is not { } text)
                {
                    return Closed(frame.CloseCode, healthy);
                }

                var payload = Parse(text);
                if (payload.S is { } sequence)
                {
                    _sequence = sequence;
                }

                switch (payload.Op)
                {
                    case 0:
                        healthy |= OnDispatch(payload, cancellationToken);
                        break;
                    case 1:
                        await SendAsync(HeartbeatJson(), connection.Token).ConfigureAwait(false);
                        break;
                    case 7:
                        LogReconnectRequested();
                        await transport.CloseAsync(GatewayCloseCodes.ClientReconnect, cancellationToken).ConfigureAwait(false);
                        return new ConnectionResult(GatewayNext.Resume, healthy);
                    case 9:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        LogInvalidSession(resumable);
                        await transport.CloseAsync(GatewayCloseCodes.ClientReconnect, cancellationToken).ConfigureAwait(false);
                        return new ConnectionResult(resumable ? GatewayNext.Resume : GatewayNext.Identify, Healthy: false, InvalidSession: !resumable);
                    case 11:
                        _acked = true;
                        adapterConnection.Connected();
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (heartbeat.Zombie && !cancellationToken.IsCancellationRequested)
        {
            LogZombie(interval);
            await transport.CloseAsync(GatewayCloseCodes.ClientReconnect, cancellationToken).ConfigureAwait(false);
            return new ConnectionResult(GatewayNext.Resume, healthy);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await transport.CloseAsync(1000, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            await heartbeatLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>The connection's first frame; null when none came within Discord:HelloTimeout (the connection is then closed).</summary>
    private async Task<GatewayFrame?> ReceiveHelloAsync(CancellationToken cancellationToken)
    {
        var timeout = options.Value.HelloTimeout;
        using var timer = new CancellationTokenSource(timeout, time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await transport.ReceiveAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogNoHello(timeout);
            adapterConnection.Failed("the gateway sent no Hello");
            await transport.CloseAsync(GatewayCloseCodes.ClientReconnect, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, HeartbeatState state, CancellationTokenSource connection)
    {
        var token = connection.Token;
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                if (!_acked)
                {
                    state.Zombie = true;
                    await connection.CancelAsync().ConfigureAwait(false);
                    return;
                }

                _acked = false;
                await SendAsync(HeartbeatJson(), token).ConfigureAwait(false);
                await Task.Delay(interval, time, token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed heartbeat send means the socket is dead: treat it like a zombie and resume.
            LogHeartbeatFailed(exception);
            state.Zombie = true;
            await connection.CancelAsync().ConfigureAwait(false);
        }
    }

    private bool OnDispatch(GatewayPayload payload, CancellationToken cancellationToken)
    {
        switch (payload.T)
        {
            case "READY" when payload.D is { } data:
                var ready = data.Deserialize(DiscordJsonContext.Default.GatewayReady) ?? throw new InvalidDataException("READY without data.");
                LogReady();

                // Reported before the session is published, so whoever sees SessionId also sees the adapter connected.
                adapterConnection.Connected();
                _resumeUrl = new Uri(ready.ResumeGatewayUrl);
                _sessionId = ready.SessionId;
                return true;
            case "RESUMED":
                LogResumed(_sequence ?? 0);
                adapterConnection.Connected();
                return true;
            case "INTERACTION_CREATE" when payload.D is { } data:
                var interaction = data.Deserialize(DiscordJsonContext.Default.Interaction);
                if (interaction is not null)
                {
                    Track(Task.Run(() => HandleInteractionAsync(interaction, cancellationToken), CancellationToken.None));
                }

                return false;
            default:
                return false;
        }
    }

    private async Task HandleInteractionAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            await sink.OnInteractionAsync(interaction, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogInteractionFailed(exception, interaction.Id);
        }
    }

    private void Track(Task task)
    {
        lock (_handlersGate)
        {
            _handlers.Add(task);
        }

        task.ContinueWith(
            done =>
            {
                lock (_handlersGate)
                {
                    _handlers.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task SendAsync(string json, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await transport.SendAsync(json, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private ConnectionResult Closed(int? code, bool healthy)
    {
        var next = GatewayCloseCodes.Classify(code);
        if (next == GatewayNext.Stop)
        {
            StoppedWithCode = code;
            var reason = GatewayCloseCodes.Explain(code);
            LogFatalClose(code ?? 0, reason);
            adapterConnection.Stopped($"the gateway {reason}");
        }
        else
        {
            LogClosed(code ?? 0, next);
            if (!healthy)
            {
                adapterConnection.Failed($"the gateway closed with code {code?.ToString(CultureInfo.InvariantCulture) ?? "none"} before the session was ready");
            }
        }

        return new ConnectionResult(next, healthy);
    }

    private static GatewayPayload Parse(string text) =>
        JsonSerializer.Deserialize(text, DiscordJsonContext.Default.GatewayPayload) ?? throw new InvalidDataException("Empty gateway payload.");

    private string HeartbeatJson() =>
        _sequence is { } s ? string.Create(CultureInfo.InvariantCulture, $"{{\"op\":1,\"d\":{s}}}") : "{\"op\":1,\"d\":null}";

    private string IdentifyJson() => JsonSerializer.Serialize(
        new GatewayIdentify(2, new GatewayIdentifyData(
            Token(), IntentGuilds, new GatewayConnectionProperties("linux", "briefingbot", "briefingbot"), shard is { } s ? [s.Id, s.Count] : null)),
        DiscordJsonContext.Default.GatewayIdentify);

    private string ResumeJson() => JsonSerializer.Serialize(
        new GatewayResume(6, new GatewayResumeData(Token(), _sessionId ?? string.Empty, _sequence ?? 0)),
        DiscordJsonContext.Default.GatewayResume);

    private string Token() => options.Value.BotToken ?? throw new InvalidOperationException("Discord:BotToken is not set.");

    private sealed class HeartbeatState
    {
        public volatile bool Zombie;
    }
}
