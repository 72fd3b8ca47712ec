using System.Diagnostics;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToPlainText_ScriptAndEntities_DropsScriptAndDecodes() =>
        Assert.Equal("Hello & bye", HtmlText.ToPlainText("<script>alert(1)</script>Hello &amp; bye"));

    [Fact]
    public void ToPlainText_Paragraphs_BecomeBlankLineSeparated() =>
        Assert.Equal("One two.\n\nThree.\nFour", HtmlText.ToPlainText("<p>One\n   <b>two</b>.</p><p>Three.<br/>Four</p>"));

    [Fact]
    public void ToPlainText_StyleNoscriptAndComments_AreDropped() =>
        Assert.Equal("Visible text", HtmlText.ToPlainText("<style>p{color:red}</style><!-- hidden --><noscript>enable JS</noscript>Visible <i>text</i>"));

    [Fact]
    public void ToPlainText_LessThanInText_IsKept() =>
        Assert.Equal("3 < 5 and x&y", HtmlText.ToPlainText("3 < 5 and x&y"));

    [Fact]
    public void ToPlainText_QuotedGreaterThanInAttribute_DoesNotEndTag() =>
        Assert.Equal("link", HtmlText.ToPlainText("<a title=\"a > b\" href='x'>link</a>"));

    [Fact]
    public void ToPlainText_NullOrEmpty_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, HtmlText.ToPlainText(null));
        Assert.Equal(string.Empty, HtmlText.ToPlainText("<p> </p>"));
    }

    [Fact]
    public void ToPlainText_NonBreakingSpaces_CollapseToOneSpace() =>
        Assert.Equal("a b", HtmlText.ToPlainText("a&nbsp;&nbsp; b"));

    [Fact]
    public void ToPlainText_UnclosedScript_DropsRest() =>
        Assert.Equal("before", HtmlText.ToPlainText("before<script>while(1){}"));

    [Theory]
    [InlineData("<a<a<a<a")]
    [InlineData("<a href=\"")]
    [InlineData("<!--")]
    [InlineData("<p title='")]
    public void ToPlainText_HostileRepetition_FinishesQuickly(string unit)
    {
        var input = string.Concat(Enumerable.Repeat(unit, 200_000));
        var stopwatch = Stopwatch.StartNew();
        _ = HtmlText.ToPlainText(input);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }
}
