using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Tests.Commands;

public sealed class ArgumentBinderTests
{
    [Fact]
    public void TryBind_TimeAndZone_BindsBoth()
    {
        Assert.True(ArgumentBinder.TryBind(CommandSpecs.Subscribe, ["07:30", "Asia/Tokyo"], out var args, out _));
        Assert.Equal(new TimeOnly(7, 30), args.GetTimeOfDay("time"));
        Assert.Equal("Asia/Tokyo", args.GetTimeZone("zone").Id);
    }

    [Fact]
    public void TryBind_OnlyZone_SkipsOptionalTime()
    {
        Assert.True(ArgumentBinder.TryBind(CommandSpecs.Subscribe, ["Asia/Tokyo"], out var args, out _));
        Assert.False(args.Has("time"));
        Assert.Equal("Asia/Tokyo", args.GetTimeZone("zone").Id);
    }

    [Fact]
    public void TryBind_ZoneInOtherCase_FindsIt()
    {
        Assert.True(ArgumentBinder.TryBind(CommandSpecs.Subscribe, ["europe/london"], out var args, out _));
        Assert.Equal("Europe/London", args.GetTimeZone("zone").Id);
    }

    [Theory]
    [InlineData("25:00", "not a time of day")]
    [InlineData("7am", "not a time of day")]
    [InlineData("Mars/Olympus", "not a known IANA time zone")]
    public void TryBind_BadSubscribeArguments_SaysWhatIsWrong(string token, string expected)
    {
        Assert.False(ArgumentBinder.TryBind(CommandSpecs.Subscribe, [token], out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBind_BadZoneAfterTime_SaysZoneIsUnknown()
    {
        Assert.False(ArgumentBinder.TryBind(CommandSpecs.Subscribe, ["07:30", "Nowhere/Town"], out _, out var problem));
        Assert.Contains("Nowhere/Town", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Missing <number>")]
    [InlineData(new[] { "two" }, "not a number")]
    [InlineData(new[] { "0" }, "between 1 and 50")]
    [InlineData(new[] { "1", "2" }, "Too many arguments")]
    public void TryBind_BadStoryNumber_SaysWhatIsWrong(string[] tokens, string expected)
    {
        Assert.False(ArgumentBinder.TryBind(CommandSpecs.Story, tokens, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBind_RestOfLine_JoinsTokens()
    {
        Assert.True(ArgumentBinder.TryBind(CommandSpecs.Who, ["Fumio", "Kishida"], out var args, out _));
        Assert.Equal("Fumio Kishida", args.GetText("name"));
    }
}
