using System.Globalization;

namespace BriefingBot.Discord;

/// <summary>A Discord channel snowflake; a distinct type so ids of different kinds cannot mix.</summary>
public readonly record struct DiscordChannelId(ulong Value)
{
    public static DiscordChannelId Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
