using System.Text.Json;
using System.Threading.Channels;
using BriefingBot.Discord.Gateway;

namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>An in-memory gateway: the test pushes server frames and reads what the client sent, per connection.</summary>
public sealed class ScriptedGatewayTransport : IGatewayTransport
{
    private readonly Channel<Uri> _connects = Channel.CreateUnbounded<Uri>();
    private readonly Channel<JsonElement> _sent = Channel.CreateUnbounded<JsonElement>();
    private readonly Lock _gate = new();
    private Channel<GatewayFrame> _incoming = Channel.CreateUnbounded<GatewayFrame>();

    /// <summary>Answer every heartbeat with op 11.</summary>
    public bool AutoAck { get; set; } = true;

    public List<int> ClientCloseCodes { get; } = [];

    public int Heartbeats { get; private set; }

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _incoming = Channel.CreateUnbounded<GatewayFrame>();
        }

        _connects.Writer.TryWrite(url);
        return Task.CompletedTask;
    }

    public Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var frame = JsonDocument.Parse(text).RootElement.Clone();
        if (frame.GetProperty("op").GetInt32() == 1)
        {
            Heartbeats++;
            if (AutoAck)
            {
                Push("""{"op":11}""");
            }

            return Task.CompletedTask;
        }

        _sent.Writer.TryWrite(frame);
        return Task.CompletedTask;
    }

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        Channel<GatewayFrame> incoming;
        lock (_gate)
        {
            incoming = _incoming;
        }

        return await incoming.Reader.ReadAsync(cancellationToken);
    }

    public Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ClientCloseCodes.Add(code);
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Push(string json)
    {
        lock (_gate)
        {
            _incoming.Writer.TryWrite(GatewayFrame.Message(json));
        }
    }

    public void PushClose(int code)
    {
        lock (_gate)
        {
            _incoming.Writer.TryWrite(GatewayFrame.Closed(code));
        }
    }

    public async Task<Uri> NextConnectAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _connects.Reader.ReadAsync(cts.Token);
    }

    /// <summary>The next non-heartbeat frame the client sent; it must have opcode <paramref name="op"/>.</summary>
    public async Task<JsonElement> ExpectSentAsync(int op)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var frame = await _sent.Reader.ReadAsync(cts.Token);
        Assert.Equal(op, frame.GetProperty("op").GetInt32());
        return frame;
    }

    public bool HasConnectPending => _connects.Reader.Count > 0;
}
