using System.Globalization;

namespace BriefingBot.Storage.Sql;

/// <summary>
/// How values are written as text, by both providers. Timestamps are UTC with seven fractional digits and a 'Z', all the same
/// width, so comparing the text (bytewise: PostgreSQL columns use the "C" collation) compares the instants. The
/// instant round-trips exactly, to the 100 ns tick; the original offset does not.
/// </summary>
internal static class StorageText
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm:ss.fffffff";

    public static string FromTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static string? FromTimestamp(DateTimeOffset? value) => value is { } v ? FromTimestamp(v) : null;

    public static DateTimeOffset ToTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ToNullableTimestamp(string? text) => text is null ? null : ToTimestamp(text);

    public static string FromDate(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string FromTime(TimeOnly value) => value.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static TimeOnly ToTime(string text) => TimeOnly.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture);
}
