using BriefingBot.Core.News;

namespace BriefingBot.Core.Tests.News;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Mon, 30 Nov 2026 14:05:00 GMT", "2026-11-30T14:05:00+00:00")]
    [InlineData("30 Nov 2026 14:05:00 +0100", "2026-11-30T14:05:00+01:00")]
    [InlineData("Mon, 30 Nov 2026 09:05:00 EST", "2026-11-30T09:05:00-05:00")]
    [InlineData("Mon, 30 Nov 2026 16:05:00 GMT+2", "2026-11-30T16:05:00+02:00")]
    [InlineData("Sat, 13 Dec 03 18:30:02 GMT", "2003-12-13T18:30:02+00:00")]
    [InlineData("Thu, 5 May 2022 16:30 PDT", "2022-05-05T16:30:00-07:00")]
    [InlineData("2026-11-30T14:05:00Z", "2026-11-30T14:05:00+00:00")]
    [InlineData("2026-11-30T14:05:00.123+09:00", "2026-11-30T14:05:00.123+09:00")]
    [InlineData("2026-11-30", "2026-11-30T00:00:00+00:00")]
    [InlineData("Monday, November 30, 2026 2:05 PM", "2026-11-30T14:05:00+00:00")]
    public void Parse_RealWorldFormats_ReturnsInstant(string input, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2026 10:00:00 GMT")]
    [InlineData("Mon, 99 Zzz 2026")]
    public void Parse_Garbage_ReturnsNull(string? input) => Assert.Null(FeedDates.Parse(input));
}
