using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Discord.Delivery;

/// <summary>
/// The nonce of one message of a scheduled briefing: a hash of the briefing's delivery key and the message's index, so a
/// resend of the same delivery carries the same nonces and Discord (with enforce_nonce) answers with the messages it
/// already has. Discord compares nonces per bot, not per channel, so the key must differ between subscriptions.
/// </summary>
public static class DiscordNonce
{
    /// <summary>Discord refuses nonces longer than this.</summary>
    public const int MaxLength = 25;

    /// <summary>24 lowercase hex characters: the first 96 bits of SHA-256 over "key#index".</summary>
    public static string For(string deliveryKey, int messageIndex)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        ArgumentOutOfRangeException.ThrowIfNegative(messageIndex);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{deliveryKey}#{messageIndex}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
