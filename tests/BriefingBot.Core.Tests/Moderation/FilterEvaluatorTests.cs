using System.Diagnostics;
using BriefingBot.Core.Moderation;

namespace BriefingBot.Core.Tests.Moderation;

public sealed class FilterEvaluatorTests
{
    private static readonly FilterSubject Match = Story("Arsenal win the derby", "The football match ended 2-1 at the Emirates.", "bbc-sport", "sport");
    private static readonly FilterSubject Chips = Story("New chips from Intel", "The processor doubles battery life, the company said.", "the-verge", "technology", "business");

    [Fact]
    public void Evaluate_EmptyFilter_PassesEverything()
    {
        var decision = Evaluator().Evaluate(Match);

        Assert.True(decision.Passed);
        Assert.Equal("no rule excludes it", decision.Reason);
    }

    [Fact]
    public void Evaluate_ExcludedKeyword_FailsNamingTheKeyword()
    {
        var decision = Evaluator(new FilterRule(FilterRuleKind.ExcludeKeyword, "Football")).Evaluate(Match);

        Assert.False(decision.Passed);
        Assert.Equal("excluded by keyword 'Football'", decision.Reason);
        Assert.True(Evaluator(new FilterRule(FilterRuleKind.ExcludeKeyword, "football")).Evaluate(Chips).Passed);
    }

    [Fact]
    public void Evaluate_KeywordInsideAnotherWord_DoesNotMatch()
    {
        var evaluator = Evaluator(new FilterRule(FilterRuleKind.ExcludeKeyword, "foot"), new FilterRule(FilterRuleKind.ExcludeKeyword, "derby win"));

        Assert.True(evaluator.Evaluate(Match).Passed);
    }

    [Fact]
    public void Evaluate_Phrase_MatchesAcrossPunctuationAndCase()
    {
        var evaluator = Evaluator(new FilterRule(FilterRuleKind.ExcludeKeyword, "football match"));

        Assert.Equal("excluded by keyword 'football match'", evaluator.Evaluate(Match).Reason);
    }

    [Fact]
    public void Evaluate_IncludeTopicNotPresent_FailsWithReason()
    {
        var decision = Evaluator(new FilterRule(FilterRuleKind.IncludeTopic, "technology")).Evaluate(Match);

        Assert.False(decision.Passed);
        Assert.Equal("no included topic matched", decision.Reason);
    }

    [Fact]
    public void Evaluate_IncludeTopicAlias_ResolvedBeforeMatching()
    {
        var filter = new ChatFilter([new FilterRule(FilterRuleKind.IncludeTopic, "tech"), new FilterRule(FilterRuleKind.IncludeKeyword, "election")]);
        var evaluator = new FilterEvaluator(filter, FilterLimits.Default, name => name == "tech" ? "technology" : null);

        Assert.Equal("included by topic 'tech'", evaluator.Evaluate(Chips).Reason);
        Assert.Equal("no included topic or keyword matched", evaluator.Evaluate(Match).Reason);
    }

    [Fact]
    public void Evaluate_ExcludeBeatsInclude()
    {
        var evaluator = Evaluator(new FilterRule(FilterRuleKind.IncludeTopic, "technology"), new FilterRule(FilterRuleKind.ExcludeTopic, "business"));

        Assert.Equal("excluded by topic 'business'", evaluator.Evaluate(Chips).Reason);
    }

    [Fact]
    public void Evaluate_Sources_DenyAndAllow()
    {
        Assert.Equal("source 'BBC-Sport' is denied", Evaluator(new FilterRule(FilterRuleKind.DenySource, "BBC-Sport")).Evaluate(Match).Reason);
        var allowOnly = Evaluator(new FilterRule(FilterRuleKind.AllowSource, "the-verge"));
        Assert.Equal("no allowed source reported it", allowOnly.Evaluate(Match).Reason);
        Assert.True(allowOnly.Evaluate(Chips).Passed);
    }

    [Fact]
    public void Evaluate_DeniedSourceWithAnotherReport_StillPasses()
    {
        var story = new FilterSubject("Pact signed", "Text.", ["bbc-world", "npr-news"], ["world"]);

        Assert.True(Evaluator(new FilterRule(FilterRuleKind.DenySource, "bbc-world")).Evaluate(story).Passed);
    }

    [Theory]
    [InlineData("Zürich", "Bankers in ZURICH agree")]
    [InlineData("zurich", "Bankers in Zürich agree")]
    [InlineData("straße", "Die STRASSE ist gesperrt")]
    [InlineData("東京", "東京都で地震が発生した")]
    [InlineData("Москва", "Talks in МОСКВА resumed")]
    [InlineData("서울", "서울에서 회담이 열렸다")]
    [InlineData("ＢＢＣ", "The BBC reported it")]
    public void Evaluate_UnicodeKeyword_MatchesNormalisedText(string keyword, string text)
    {
        var decision = Evaluator(new FilterRule(FilterRuleKind.ExcludeKeyword, keyword)).Evaluate(new FilterSubject(text, string.Empty, ["s"], []));

        Assert.False(decision.Passed);
    }

    [Fact]
    public void Evaluate_Pattern_MatchesCaseInsensitively()
    {
        var decision = Evaluator(new FilterRule(FilterRuleKind.ExcludePattern, @"\bderb(y|ies)\b")).Evaluate(Match);

        Assert.Equal(@"excluded by pattern '\bderb(y|ies)\b'", decision.Reason);
    }

    [Fact]
    public void Evaluate_CatastrophicBacktrackingPattern_AnswersQuickly()
    {
        var evaluator = Evaluator(new FilterRule(FilterRuleKind.ExcludePattern, "(a+)+$"), new FilterRule(FilterRuleKind.ExcludePattern, "^(\\w+\\s?)*$"));
        var bomb = new FilterSubject(new string('a', 50_000) + "!", new string('a', 50_000) + "!", ["s"], []);

        var stopwatch = Stopwatch.StartNew();
        var decision = evaluator.Evaluate(bomb);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.True(decision.Passed);
    }

    [Fact]
    public void Constructor_InvalidRule_ThrowsWithTheValidatorsMessage()
    {
        var exception = Assert.Throws<ArgumentException>(() => Evaluator(new FilterRule(FilterRuleKind.IncludePattern, "(unclosed")));

        Assert.StartsWith("The pattern '(unclosed' is not a valid regular expression", exception.Message, StringComparison.Ordinal);
    }

    private static FilterEvaluator Evaluator(params FilterRule[] rules) => new(new ChatFilter(rules), FilterLimits.Default);

    private static FilterSubject Story(string title, string text, string source, params string[] topics) => new(title, text, [source], topics);
}
