namespace BriefingBot.Benchmarks.Delivery;

/// <summary>
/// How the delivery benchmarks spread subscriptions: over 96 quarter-hour slots and 40 time zones on every continent
/// (half-hour and quarter-hour offsets among them), subscription i in zone i % 40 and slot (i / 40) % 96.
/// </summary>
internal static class SpreadSchedule
{
    public const int Slots = 96;

    public static readonly string[] Zones =
    [
        "Etc/UTC", "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Athens", "Europe/Moscow", "Europe/Istanbul", "Africa/Cairo",
        "Africa/Lagos", "Africa/Johannesburg", "Africa/Nairobi", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka",
        "Asia/Bangkok", "Asia/Shanghai", "Asia/Singapore", "Asia/Tokyo", "Asia/Seoul", "Australia/Perth", "Australia/Adelaide", "Australia/Sydney",
        "Pacific/Auckland", "Pacific/Chatham", "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver", "America/Phoenix",
        "America/Chicago", "America/New_York", "America/Halifax", "America/St_Johns", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
        "America/Mexico_City", "America/Bogota", "Atlantic/Azores",
    ];

    /// <summary>Subscription <paramref name="i"/>'s local delivery time and zone.</summary>
    public static (TimeOnly Time, string Zone) For(int i) =>
        (TimeOnly.MinValue.Add(TimeSpan.FromMinutes(15 * (i / Zones.Length % Slots))), Zones[i % Zones.Length]);
}
