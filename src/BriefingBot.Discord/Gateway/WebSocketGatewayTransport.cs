using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace BriefingBot.Discord.Gateway;

/// <summary><see cref="IGatewayTransport"/> over <see cref="ClientWebSocket"/>; a new socket per connection.</summary>
public sealed class WebSocketGatewayTransport : IGatewayTransport, IDisposable
{
    private const int MaxFrameBytes = 16 * 1024 * 1024;
    private ClientWebSocket? _socket;

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        _socket?.Abort();
        _socket?.Dispose();
        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
    }

    public Task SendAsync(string text, CancellationToken cancellationToken) =>
        Socket().SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        var socket = Socket();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                ValueWebSocketReceiveResult result;
                try
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                }
                catch (WebSocketException)
                {
                    return GatewayFrame.Closed(null);
                }

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return GatewayFrame.Closed((int?)socket.CloseStatus);
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > MaxFrameBytes)
                {
                    return GatewayFrame.Closed(null);
                }

                if (result.EndOfMessage)
                {
                    return GatewayFrame.Message(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        if (_socket is { State: WebSocketState.Open or WebSocketState.CloseReceived } socket)
        {
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, null, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                // Already gone: nothing left to close.
            }
        }

        _socket?.Abort();
    }

    public void Dispose()
    {
        _socket?.Dispose();
        _socket = null;
    }

    /// <remarks>Synchronous underneath; also <see cref="IDisposable"/> so containers disposed synchronously can release it.</remarks>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private ClientWebSocket Socket() => _socket ?? throw new InvalidOperationException("The gateway transport is not connected.");
}
