namespace BriefingBot.Discord.Gateway;

/// <summary>
/// The gateway's byte pipe: one connection at a time, text frames in and out, close with a code. The websocket
/// implementation is <see cref="WebSocketGatewayTransport"/>; tests script an in-memory one.
/// </summary>
public interface IGatewayTransport : IAsyncDisposable
{
    /// <summary>Opens a new connection, dropping any previous one.</summary>
    Task ConnectAsync(Uri url, CancellationToken cancellationToken);

    Task SendAsync(string text, CancellationToken cancellationToken);

    /// <summary>The next whole text frame, or <see cref="GatewayFrame.Closed"/> when the connection ended.</summary>
    Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes the connection with <paramref name="code"/> (not 1000/1001 when the session should stay resumable).</summary>
    Task CloseAsync(int code, CancellationToken cancellationToken);
}
