using System.Globalization;

namespace BriefingBot.Discord;

/// <summary>A Discord interaction snowflake; a distinct type so ids of different kinds cannot mix.</summary>
public readonly record struct DiscordInteractionId(ulong Value)
{
    public static DiscordInteractionId Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
