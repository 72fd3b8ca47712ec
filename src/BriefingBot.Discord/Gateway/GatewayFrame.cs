namespace BriefingBot.Discord.Gateway;

/// <summary>What the transport received: a text frame, or the close of the connection with its code.</summary>
public sealed record GatewayFrame(string? Text, int? CloseCode)
{
    public bool IsClose => Text is null;

    public static GatewayFrame Message(string text) => new(text, null);

    public static GatewayFrame Closed(int? code) => new(null, code);
}
