using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("**bold** _it_ ~~x~~ `code` ||spoiler||", @"\*\*bold\*\* \_it\_ \~\~x\~\~ \`code\` \|\|spoiler\|\|")]
    [InlineData("[click](https://evil.test)", @"\[click\]\(https://evil.test\)")]
    [InlineData("> quote\n# heading\n- item", "\\> quote\n\\# heading\n\\- item")]
    [InlineData("a - b > c # d", "a - b > c # d")]
    public void Escape_Markdown_IsInert(string input, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(input));

    [Theory]
    [InlineData("@everyone look")]
    [InlineData("hi @here")]
    [InlineData("<@123> and <@&456> and <#789>")]
    public void Escape_Mentions_AreBroken(string input)
    {
        var escaped = DiscordMarkdown.Escape(input);

        Assert.DoesNotContain("@everyone", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("<#", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Shorten_LongText_CutsAtWordWithEllipsis()
    {
        var shortened = DiscordMarkdown.Shorten("alpha beta gamma delta", 12);

        Assert.Equal("alpha beta…", shortened);
        Assert.True(shortened.Length <= 12);
    }

    [Fact]
    public void Shorten_CutAfterEscape_DoesNotLeaveDanglingBackslash()
    {
        var shortened = DiscordMarkdown.Shorten(new string('a', 9) + @"\*" + new string('b', 20), 11);

        Assert.DoesNotContain(@"\…", shortened, StringComparison.Ordinal);
    }
}
