using BriefingBot.Telegram.Rendering;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Plain words, nothing to escape — 東京 🗞", "Plain words, nothing to escape — 東京 🗞")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("&", "&amp;")]
    [InlineData("a&&b", "a&amp;&amp;b")]
    [InlineData("\"quoted\" & <b>", "&quot;quoted&quot; &amp; &lt;b&gt;")]
    [InlineData("ends with >", "ends with &gt;")]
    [InlineData("&amp; already", "&amp;amp; already")]
    public void Escape_EverySpecialCharacterAndNothingElse(string text, string expected)
    {
        Assert.Equal(expected, TelegramHtml.Escape(text));
    }

    [Fact]
    public void Escape_NothingToEscape_ReturnsTheSameString()
    {
        var text = "Harbour bridge reopens after repairs";

        Assert.Same(text, TelegramHtml.Escape(text));
    }
}
