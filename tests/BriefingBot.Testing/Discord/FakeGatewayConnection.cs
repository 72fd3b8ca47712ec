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

    internal FakeGatewayConnection(WebSocket socket, string query)
    {
        _socket = socket;
        Query = query;
    }

    /// <summary>The query string the client connected with ("?v=10&amp;encoding=json").</summary>
    public string Query { get; }

    /// <summary>When true, heartbeats (op 1) are answered with op 11 automatically and not queued for the test.</summary>
    public bool AutoAck { get; set; } = true;

    /// <summary>Heartbeats received so far (answered or not).</summary>
    public int Heartbeats { get; private set; }

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
                    _closed.TrySetResult((int?)result.CloseStatus);
                    return;
                }

                using var document = JsonDocument.Parse(message.ToArray());
                var frame = document.RootElement.Clone();
                if (frame.GetProperty("op").GetInt32() == 1)
                {
                    Heartbeats++;
                    if (AutoAck)
                    {
                        await SendAsync("""{"op":11}""");
                        continue;
                    }
                }

                await _received.Writer.WriteAsync(frame, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            _closed.TrySetResult(null);
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
