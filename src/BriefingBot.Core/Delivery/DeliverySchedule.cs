using BriefingBot.Core.Chats;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// Wall-clock maths for daily briefings, DST-correct: a local time skipped by spring-forward is due at the first
/// valid minute after the gap; a local time that occurs twice (fall-back) is due at its first occurrence.
/// </summary>
public static class DeliverySchedule
{
    /// <summary>The instant the briefing for <paramref name="localDate"/> is due.</summary>
    public static DateTimeOffset DueInstant(DateOnly localDate, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = localDate.ToDateTime(time, DateTimeKind.Unspecified);
        var guard = 0;
        while (zone.IsInvalidTime(local) && guard++ < 24 * 60)
        {
            local = local.AddMinutes(1);
        }

        if (zone.IsAmbiguousTime(local))
        {
            // Both offsets are valid; the larger offset is the earlier instant (daylight time, before the clocks go back).
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, offset);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The local date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The next due instant at or after <paramref name="now"/> (and not before the subscription began).</summary>
    public static DateTimeOffset NextDue(Subscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var zone = ResolveZone(subscription.TimeZoneId);
        var from = now > subscription.CreatedAt ? now : subscription.CreatedAt;
        var date = LocalDate(from, zone).AddDays(-1);
        for (var i = 0; i < 4; i++, date = date.AddDays(1))
        {
            var due = DueInstant(date, subscription.DeliveryTime, zone);
            if (due >= from)
            {
                return due;
            }
        }

        throw new InvalidOperationException("No due instant within three days; the time zone data is inconsistent.");
    }

    /// <summary>
    /// The local dates whose briefing has come due by <paramref name="now"/> (yesterday's and today's, so a slot
    /// just before midnight is not lost across a restart), with their due instants, oldest first.
    /// Slots before the subscription began are not included.
    /// </summary>
    public static IReadOnlyList<(DateOnly LocalDate, DateTimeOffset Due)> DueSlots(Subscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var zone = ResolveZone(subscription.TimeZoneId);
        var today = LocalDate(now, zone);
        var slots = new List<(DateOnly, DateTimeOffset)>(2);
        foreach (var date in new[] { today.AddDays(-1), today })
        {
            var due = DueInstant(date, subscription.DeliveryTime, zone);
            if (due <= now && due >= subscription.CreatedAt)
            {
                slots.Add((date, due));
            }
        }

        return slots;
    }

    /// <summary>
    /// As <see cref="DueSlots(Subscription, DateTimeOffset)"/>, without the slots whose local date falls on one of the chat's
    /// <paramref name="quietDays"/> (no briefing on those days: "/schedule quiet mon,sun").
    /// </summary>
    public static IReadOnlyList<(DateOnly LocalDate, DateTimeOffset Due)> DueSlots(Subscription subscription, DateTimeOffset now, WeekDays quietDays) =>
        quietDays.IsEmpty ? DueSlots(subscription, now) : [.. DueSlots(subscription, now).Where(slot => !quietDays.Contains(slot.LocalDate.DayOfWeek))];

    /// <summary>As <see cref="NextDue(Subscription, DateTimeOffset)"/>, skipping the chat's quiet days (unless every day is quiet).</summary>
    public static DateTimeOffset NextDue(Subscription subscription, DateTimeOffset now, WeekDays quietDays)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var zone = ResolveZone(subscription.TimeZoneId);
        var due = NextDue(subscription, now);
        for (var i = 0; i < 7 && quietDays.Contains(LocalDate(due, zone).DayOfWeek); i++)
        {
            due = NextDue(subscription, due.AddMinutes(1));
        }

        return due;
    }

    /// <summary>Finds an IANA zone, or UTC for an id the system no longer knows (stored data outlives tzdata).</summary>
    public static TimeZoneInfo ResolveZone(string timeZoneId) =>
        Commands.ArgumentBinder.TryFindTimeZone(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
