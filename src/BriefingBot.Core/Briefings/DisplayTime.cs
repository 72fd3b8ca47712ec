using System.Globalization;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Briefings;

/// <summary>How every adapter shows times to people (plain text; adapters escape it for their markup).</summary>
public static class DisplayTime
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"2 Mar 2026 07:00 UTC", or "2 Mar 2026 16:00 UTC+09:00" in another zone.</summary>
    public static string Date(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString("d MMM yyyy HH:mm", Culture) + (local.Offset == TimeSpan.Zero ? " UTC" : " UTC" + local.ToString("zzz", Culture));
    }

    /// <summary>"07:30 Europe/London".</summary>
    public static string DeliveryTime(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return $"{subscription.DeliveryTime.ToString("HH:mm", Culture)} {subscription.TimeZoneId}";
    }

    /// <summary>The next delivery in the subscription's own zone ("Mon 2 Mar 2026 07:30 (UTC+00:00)"), or "none".</summary>
    public static string NextDelivery(DateTimeOffset? next, Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (next is not { } instant)
        {
            return "none";
        }

        var local = TimeZoneInfo.ConvertTime(instant, DeliverySchedule.ResolveZone(subscription.TimeZoneId));
        return local.ToString("ddd d MMM yyyy HH:mm", Culture) + " (UTC" + local.ToString("zzz", Culture) + ")";
    }
}
