using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Core.News;

/// <summary>Source ids of chat-added feeds: "chat-" and 12 hex digits of the URL's SHA-256 (scheme and host lower-cased).</summary>
public static class ChatSourceIds
{
    public const string Prefix = "chat-";

    public static string For(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var canonical = url.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..12];
    }

    /// <summary>True for the id of a chat-added feed.</summary>
    public static bool IsChatSource(string sourceId) =>
        sourceId.StartsWith(Prefix, StringComparison.Ordinal);
}
