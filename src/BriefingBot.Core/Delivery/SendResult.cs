namespace BriefingBot.Core.Delivery;

/// <summary>How one send to a chat went. Permanent failures (blocked, kicked, chat gone) end the subscription.</summary>
public sealed record SendResult(bool Succeeded, string? MessageId, string? Error, bool IsPermanent)
{
    public static SendResult Sent(string? messageId) => new(true, messageId, null, false);

    public static SendResult Failed(string error, bool permanent) => new(false, null, error, permanent);
}
