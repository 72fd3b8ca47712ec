using System.Globalization;

namespace BriefingBot.Discord;

/// <summary>A Discord guild snowflake; a distinct type so ids of different kinds cannot mix.</summary>
public readonly record struct DiscordGuildId(ulong Value)
{
    public static DiscordGuildId Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
