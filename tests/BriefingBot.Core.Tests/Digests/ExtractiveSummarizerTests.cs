using BriefingBot.Core.Digests;
using BriefingBot.Core.Tests.Text;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Digests;

public sealed class ExtractiveSummarizerTests
{
    private const string Article =
        "The city council approved a new budget for public transport on Monday after a long debate.\n\n" +
        "He said the vote was close.\n" +
        "The plan adds forty new buses and extends night services across the city budget area.\n" +
        "Critics argued the transport budget ignores cyclists and pedestrians entirely.\n\n" +
        "\"It is a good day,\" the mayor said.\n" +
        "Officials expect the first new buses to run on public transport routes next spring.\n\n" +
        "Leave a Comment";

    private readonly ExtractiveSummarizer _summarizer = new();

    [Fact]
    public void Summarize_Article_ReturnsVerbatimSentencesInOriginalOrder()
    {
        var summary = _summarizer.Summarize("Council approves transport budget", Article, SummaryBudget.Story);

        var sentences = new SentenceSplitter().Split(Article);
        var positions = summary.Select(s => sentences.ToList().IndexOf(s)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.All(summary, s => Assert.Contains(s, Article, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 400)]
    [InlineData(2, 200)]
    [InlineData(3, 400)]
    [InlineData(8, 1400)]
    public void Summarize_AnyBudget_StaysWithinSentencesAndCharacters(int maxSentences, int maxCharacters)
    {
        var summary = _summarizer.Summarize("Council approves transport budget", Article, new SummaryBudget(maxSentences, maxCharacters));

        Assert.NotEmpty(summary);
        Assert.True(summary.Count <= maxSentences);
        Assert.True(string.Join(' ', summary).Length <= maxCharacters);
    }

    [Fact]
    public void Summarize_DanglingOpenerWithAlternatives_LeavesItOut()
    {
        var summary = _summarizer.Summarize("Council approves transport budget", Article, SummaryBudget.Briefing);

        Assert.DoesNotContain("He said the vote was close.", summary);
        Assert.DoesNotContain("Leave a Comment", summary);
        Assert.Equal("The city council approved a new budget for public transport on Monday after a long debate.", summary[0]);
    }

    [Fact]
    public void Summarize_EverySentenceLongerThanBudget_ReturnsShortestGoodSentence()
    {
        var text = "This first sentence is rather long and goes on for quite some time indeed. Short but complete sentence here now. Another long sentence follows that also goes on for a while.";

        var summary = _summarizer.Summarize("", text, new SummaryBudget(3, 10));

        Assert.Equal(["Short but complete sentence here now."], summary);
    }

    [Fact]
    public void Summarize_EmptyText_ReturnsNothing()
    {
        Assert.Empty(_summarizer.Summarize("Title", "  ", SummaryBudget.Briefing));
    }

    [Fact]
    public void Summarize_TextRepeatingTheHeadline_SkipsTheHeadline()
    {
        var text = "Council approves transport budget\n\nThe city council approved a new budget for buses on Monday. Critics say it ignores cyclists completely.";

        var summary = _summarizer.Summarize("Council approves transport budget", text, SummaryBudget.Briefing);

        Assert.DoesNotContain("Council approves transport budget", summary);
    }

    [Fact]
    public void Summarize_SeedStory_GivesAtMostThreeSentencesWithinBriefingBudget()
    {
        var summary = _summarizer.Summarize(SeedStory.Title, SeedStory.Text, SummaryBudget.Briefing);

        Assert.InRange(summary.Count, 1, 3);
        Assert.True(string.Join(' ', summary).Length <= 400);
        Assert.Contains("Boris Johnson", summary[0], StringComparison.Ordinal);
        Assert.DoesNotContain(summary, s => s.StartsWith("He ", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_Paraphrase_GivesAtMostThreeSentencesWithinBriefingBudget()
    {
        var summary = _summarizer.Summarize(SeedStory.Title, SeedStory.Paraphrase, SummaryBudget.Briefing);

        Assert.InRange(summary.Count, 1, 3);
        Assert.True(string.Join(' ', summary).Length <= 400);
        Assert.DoesNotContain("Leave a Comment", summary);
    }
}
