using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// One client connection to the fake gateway, driven by the test: send Hello, expect Identify, ACK heartbeats,
/// send op 7, close with a code. Frames the client sends are read with <see cref="ExpectAsync"/>.
/// </summary>
public sealed class FakeGatewayConnection : IDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Action _drop;
    private long _lastHeartbeatSequence = -1;
    private long _closedAt;
    private readonly List<long> _heartbeatTimes = [];
    private readonly List<long> _ackTimes = [];

    internal FakeGatewayConnection(WebSocket socket, string path, string query, Action drop)
    {
        _socket = socket;
        Path = path;
        Query = query;
        _drop = drop;
    }

    /// <summary>The path the client connected to: "/gateway", or "/gateway/resume" (the resume_gateway_url of <see cref="FakeDiscordServer.ResumeGatewayUrl"/>).</summary>
    public string Path { get; }

    /// <summary>The query string the client connected with ("?v=10&amp;encoding=json").</summary>
    public string Query { get; }

    /// <summary>With <see cref="AutoAck"/>, how long each ACK waits after its heartbeat (a slow or far-away gateway).</summary>
    public TimeSpan AckDelay { get; set; }

    /// <summary>When each heartbeat arrived (Environment.TickCount64), in order.</summary>
    public IReadOnlyList<long> HeartbeatTimes
    {
        get
        {
            lock (_heartbeatTimes)
            {
                return [.. _heartbeatTimes];
            }
        }
    }

    /// <summary>When each ACK was sent (Environment.TickCount64), in order: the i-th answers the i-th heartbeat.</summary>
    public IReadOnlyList<long> AckTimes
    {
        get
        {
            lock (_heartbeatTimes)
            {
                return [.. _ackTimes];
            }
        }
    }

    /// <summary>The sequence number (d) of the last heartbeat the client sent; null before any, or when it sent d:null.</summary>
    public long? LastHeartbeatSequence => Interlocked.Read(ref _lastHeartbeatSequence) is var s and >= 0 ? s : null;

    /// <summary>When true, heartbeats (op 1) are answered with op 11 automatically and not queued for the test.</summary>
    public bool AutoAck { get; set; } = true;

    /// <summary>Heartbeats received so far (answered or not).</summary>
    public int Heartbeats { get; private set; }

    /// <summary>When <see cref="Closed"/> completed (Environment.TickCount64); 0 while open.</summary>
    public long ClosedAt => Interlocked.Read(ref _closedAt);

    /// <summary>Completes with the client's close code (null when the socket just dropped).</summary>
    public Task<int?> Closed => _closed.Task;

    public void Dispose() => _sendLock.Dispose();

    public Task SendAsync(string json) => SendRawAsync(json);

    public Task SendHelloAsync(int heartbeatIntervalMs) => SendAsync($$$"""{"op":10,"d":{"heartbeat_interval":{{{heartbeatIntervalMs}}}}}""");

    public Task SendDispatchAsync(string eventName, long sequence, string dataJson) =>
        SendAsync(string.Create(CultureInfo.InvariantCulture, $$"""{"op":0,"t":"{{eventName}}","s":{{sequence}},"d":{{dataJson}}}"""));

    public Task SendReadyAsync(long sequence, string sessionId, Uri resumeUrl) =>
        SendDispatchAsync("READY", sequence, $$$"""{"v":10,"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","user":{"id":"1","username":"bot"},"guilds":[]}""");

    /// <summary>The next frame the client sent with opcode <paramref name="op"/>; other frames before it fail the wait.</summary>
    public async Task<JsonElement> ExpectAsync(int op, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var frame = await _received.Reader.ReadAsync(cts.Token);
        var actual = frame.GetProperty("op").GetInt32();
        return actual == op ? frame : throw new InvalidOperationException($"Expected op {op} from the client, got {frame}.");
    }

    /// <summary>Drops the TCP connection without a close frame, as a failing network or a crashed gateway node does.</summary>
    public void Drop() => _drop();

    /// <summary>The next frame the client sent other than a heartbeat (op 1), which may come before Identify or Resume.</summary>
    public async Task<JsonElement> NextNonHeartbeatAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            var frame = await _received.Reader.ReadAsync(cts.Token);
            if (frame.GetProperty("op").GetInt32() != 1)
            {
                return frame;
            }
        }
    }

    /// <summary>Closes the connection from the server side with <paramref name="code"/> (4004, 4009, ...).</summary>
    public async Task CloseAsync(int code)
    {
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Interlocked.Exchange(ref _closedAt, Environment.TickCount64);
                    _closed.TrySetResult((int?)result.CloseStatus);
                    return;
                }

                using var document = JsonDocument.Parse(message.ToArray());
                var frame = document.RootElement.Clone();
                if (frame.GetProperty("op").GetInt32() == 1)
                {
                    Heartbeats++;
                    lock (_heartbeatTimes)
                    {
                        _heartbeatTimes.Add(Environment.TickCount64);
                    }

                    var d = frame.GetProperty("d");
                    Interlocked.Exchange(ref _lastHeartbeatSequence, d.ValueKind == JsonValueKind.Number ? d.GetInt64() : -1);
                    if (AutoAck && AckDelay > TimeSpan.Zero)
                    {
                        _ = AckLaterAsync(AckDelay);
                        continue;
                    }

                    if (AutoAck)
                    {
                        await SendAsync("""{"op":11}""");
                        continue;
                    }
                }

                await _received.Writer.WriteAsync(frame, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            Interlocked.Exchange(ref _closedAt, Environment.TickCount64);
            _closed.TrySetResult(null);
        }
    }

    private async Task AckLaterAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay);
            lock (_heartbeatTimes)
            {
                _ackTimes.Add(Environment.TickCount64);
            }

            await SendAsync("""{"op":11}""");
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or IOException)
        {
            // The connection ended while the ACK waited.
        }
    }

    private async Task SendRawAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
