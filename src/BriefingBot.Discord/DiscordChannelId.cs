using System.Globalization;

namespace BriefingBot.Discord;

/// <summary>A Discord channel snowflake; a distinct type so ids of different kinds cannot mix.</summary>
public readonly record struct DiscordChannelId(ulong Value)
{
    public static DiscordChannelId Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    /// <summary>Parses a snowflake (digits only); false for anything else.</summary>
    public static bool TryParse(string? text, out DiscordChannelId id)
    {
        var ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0;
        id = new DiscordChannelId(value);
        return ok;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
