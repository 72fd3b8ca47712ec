using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Tests.Commands;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("/who Kishida", "who", new[] { "Kishida" })]
    [InlineData("/WHO   Kishida  ", "who", new[] { "Kishida" })]
    [InlineData("/who@NewsBot Kishida", "who", new[] { "Kishida" })]
    [InlineData("/who \"Boris Johnson\"", "who", new[] { "Boris Johnson" })]
    [InlineData("/who \u201CBoris Johnson\u201D", "who", new[] { "Boris Johnson" })]
    [InlineData("/subscribe 07:30 Europe/London", "subscribe", new[] { "07:30", "Europe/London" })]
    [InlineData("/help", "help", new string[0])]
    public void TryParse_CommandLine_SplitsNameAndArguments(string text, string name, string[] arguments)
    {
        Assert.True(CommandText.TryParse(text, "NewsBot", out var parsed));
        Assert.Equal(name, parsed.Name);
        Assert.Equal(arguments, parsed.Arguments);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/who@OtherBot Kishida")]
    public void TryParse_NotACommandForThisBot_ReturnsFalse(string text)
    {
        Assert.False(CommandText.TryParse(text, "NewsBot", out _));
    }

    [Fact]
    public void TryParse_RestOfLine_KeepsRawArguments()
    {
        Assert.True(CommandText.TryParse("/who  Fumio   Kishida", null, out var parsed));
        Assert.Equal("Fumio   Kishida", parsed.RawArguments);
    }
}
