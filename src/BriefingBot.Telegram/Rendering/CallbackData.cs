using System.Globalization;
using System.Text;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// The data carried by inline buttons (at most 64 bytes): "more:N" (item N in full), "src:N" (item N's sources),
/// "who:NAME" (the stories a name appears in).
/// </summary>
public sealed record CallbackData(string Kind, string Argument)
{
    public const int MaxBytes = 64;
    public const string More = "more";
    public const string Sources = "src";
    public const string WhoStories = "who";

    public string Encode() => $"{Kind}:{Argument}";

    /// <summary>Null when the encoded form would exceed Telegram's 64-byte limit.</summary>
    public static string? TryEncode(string kind, string argument)
    {
        var data = new CallbackData(kind, argument).Encode();
        return Encoding.UTF8.GetByteCount(data) <= MaxBytes ? data : null;
    }

    public static string ForItem(string kind, int number) => $"{kind}:{number.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? data, out CallbackData parsed)
    {
        parsed = new CallbackData(string.Empty, string.Empty);
        var colon = data?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (data is null || colon <= 0 || colon == data.Length - 1)
        {
            return false;
        }

        parsed = new CallbackData(data[..colon], data[(colon + 1)..]);
        return true;
    }
}
