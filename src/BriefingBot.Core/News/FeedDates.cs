using System.Globalization;

namespace BriefingBot.Core.News;

/// <summary>
/// Parses the dates feeds really contain: RFC 822/1123 with or without a day name, two-digit years, named zones
/// ("EST", "CEST"), "GMT+2"-style offsets, and ISO 8601 / W3C-DTF. A time without a zone is taken as UTC.
/// </summary>
internal static class FeedDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0, ["BST"] = 1, ["IST"] = 1, ["CET"] = 1, ["MET"] = 1,
        ["CEST"] = 2, ["MEST"] = 2, ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3, ["JST"] = 9, ["KST"] = 9, ["HKT"] = 8,
        ["SGT"] = 8, ["AEST"] = 10, ["AEDT"] = 11, ["NZST"] = 12, ["NZDT"] = 13, ["AST"] = -4, ["ADT"] = -3,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10,
    };

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd", "yyyy-MM", "yyyy", "yyyyMMdd'T'HHmmssK",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return null;
        }

        var text = value.Trim();
        if (char.IsAsciiDigit(text[0]) && text.Length >= 4 && char.IsAsciiDigit(text[3]) &&
            DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso))
        {
            return iso;
        }

        return ParseRfc822(text)
            ?? (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any : null);
    }

    private static DateTimeOffset? ParseRfc822(string text)
    {
        var tokens = text.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
        int? day = null, month = null, year = null;
        TimeSpan? time = null;
        TimeSpan offset = TimeSpan.Zero;
        foreach (var token in tokens)
        {
            if (token.Contains(':', StringComparison.Ordinal) && time is null && char.IsAsciiDigit(token[0]))
            {
                time = ParseTime(token, ref offset);
            }
            else if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                if (day is null && number is >= 1 and <= 31 && token.Length <= 2)
                {
                    day = number;
                }
                else if (year is null)
                {
                    year = token.Length <= 2 ? (number < 50 ? 2000 + number : 1900 + number) : number;
                }
            }
            else if (month is null && MonthOf(token) is { } m)
            {
                month = m;
            }
            else if (time is { } clock && token.ToUpperInvariant() is "AM" or "PM")
            {
                var pm = token.Equals("PM", StringComparison.OrdinalIgnoreCase);
                time = clock.Hours switch
                {
                    < 12 when pm => clock + TimeSpan.FromHours(12),
                    12 when !pm => clock - TimeSpan.FromHours(12),
                    _ => clock,
                };
            }
            else if (time is not null && ZoneOf(token) is { } zone)
            {
                offset = zone;
            }
        }

        if (day is null || month is null || year is null || year < 1 || year > 9999 || day > DateTime.DaysInMonth(year.Value, month.Value))
        {
            return null;
        }

        var local = new DateTime(year.Value, month.Value, day.Value, 0, 0, 0, DateTimeKind.Unspecified) + (time ?? TimeSpan.Zero);
        return offset.Duration() <= TimeSpan.FromHours(14) && offset.Seconds == 0 ? new DateTimeOffset(local, offset) : new DateTimeOffset(local, TimeSpan.Zero);
    }

    private static int? MonthOf(string token)
    {
        if (token.Length < 3)
        {
            return null;
        }

        var index = Array.IndexOf(Months, token[..3].ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }

    /// <summary>Parses "hh:mm[:ss]" possibly glued to a zone ("10:00:00+0200", "10:00Z").</summary>
    private static TimeSpan? ParseTime(string token, ref TimeSpan offset)
    {
        var zoneStart = token.IndexOfAny(['+', '-', 'Z', 'z']);
        if (zoneStart > 0 && ZoneOf(token[zoneStart..]) is { } zone)
        {
            offset = zone;
            token = token[..zoneStart];
        }

        var parts = token.Split(':');
        if (parts.Length is < 2 or > 3 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m))
        {
            return null;
        }

        var s = 0.0;
        if (parts.Length == 3 && !double.TryParse(parts[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out s))
        {
            return null;
        }

        return h is >= 0 and <= 24 && m is >= 0 and < 60 && s is >= 0 and < 61
            ? new TimeSpan(h, m, 0) + TimeSpan.FromSeconds(Math.Min(s, 59.999))
            : null;
    }

    /// <summary>"+0200", "-05:00", "EST", "GMT+2", "UTC-03:30", military letters; null when not a zone.</summary>
    private static TimeSpan? ZoneOf(string token)
    {
        if (ZoneHours.TryGetValue(token, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        var signIndex = token.IndexOfAny(['+', '-']);
        if (signIndex > 0 && ZoneHours.TryGetValue(token[..signIndex], out var baseHours))
        {
            return ZoneOf(token[signIndex..]) is { } extra ? TimeSpan.FromHours(baseHours) + extra : null;
        }

        if (signIndex == 0)
        {
            var digits = token[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            if (digits.Length is >= 1 and <= 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                var (h, m) = digits.Length <= 2 ? (n, 0) : (n / 100, n % 100);
                var span = new TimeSpan(h, m, 0);
                return token[0] == '-' ? -span : span;
            }
        }

        if (token.Length == 1 && char.IsAsciiLetter(token[0]))
        {
            // RFC 822 military zones are notoriously inverted in practice; treat them as UTC.
            return TimeSpan.Zero;
        }

        return null;
    }
}
