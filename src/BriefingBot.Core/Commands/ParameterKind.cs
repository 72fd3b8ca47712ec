namespace BriefingBot.Core.Commands;

public enum ParameterKind
{
    /// <summary>One word, or a quoted phrase.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>A local time of day, HH:MM (24-hour).</summary>
    TimeOfDay,

    /// <summary>An IANA time zone id such as Europe/London.</summary>
    TimeZone,

    /// <summary>A channel of this platform: #name/mention on Discord, @username or -100… id on Telegram.</summary>
    Channel,
}
