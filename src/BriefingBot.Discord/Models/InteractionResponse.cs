namespace BriefingBot.Discord.Models;

/// <summary>An interaction callback: type 1 PONG, 4 message, 5 deferred message.</summary>
public sealed record InteractionResponse(int Type, MessagePayload? Data = null)
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
}
