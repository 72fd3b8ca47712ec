using BriefingBot.Core.Moderation;
using BriefingBot.Core.Tests.Topics;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Tests.Moderation;

public sealed class FilterRuleValidatorTests
{
    [Fact]
    public void Check_ValidRule_ReturnsNull()
    {
        Assert.Null(FilterRuleValidator.Check(ChatFilter.Empty, new FilterRule(FilterRuleKind.ExcludeKeyword, "football"), FilterLimits.Default));
    }

    [Fact]
    public void Check_TooManyRules_SaysTheLimit()
    {
        var full = new ChatFilter(Enumerable.Range(0, 50).Select(i => new FilterRule(FilterRuleKind.ExcludeKeyword, "word" + i)).ToList());

        var error = FilterRuleValidator.Check(full, new FilterRule(FilterRuleKind.ExcludeKeyword, "more"), FilterLimits.Default);

        Assert.Equal("This chat already has 50 filter rules, the most allowed (50); remove one first.", error);
    }

    [Theory]
    [InlineData(FilterRuleKind.ExcludeKeyword, "A keyword may be at most 100 characters long; this one has 10000.")]
    [InlineData(FilterRuleKind.IncludePattern, "A pattern may be at most 200 characters long; this one has 10000.")]
    public void Check_TenThousandCharacters_Refused(FilterRuleKind kind, string expected)
    {
        Assert.Equal(expected, FilterRuleValidator.Check(ChatFilter.Empty, new FilterRule(kind, new string('x', 10_000)), FilterLimits.Default));
    }

    [Theory]
    [InlineData("(a)\\1")]
    [InlineData("foo(?=bar)")]
    [InlineData("(?>atomic)")]
    public void Check_PatternTheSafeEngineCannotRun_RefusedWithAdvice(string pattern)
    {
        var error = FilterRuleValidator.Check(ChatFilter.Empty, new FilterRule(FilterRuleKind.ExcludePattern, pattern), FilterLimits.Default);

        Assert.Contains("safe regex engine does not support", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidPattern_SaysWhere()
    {
        var error = FilterRuleValidator.Check(ChatFilter.Empty, new FilterRule(FilterRuleKind.ExcludePattern, "[abc"), FilterLimits.Default);

        Assert.StartsWith("The pattern '[abc' is not a valid regular expression:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Duplicate_Refused()
    {
        var filter = ChatFilter.Empty.With(new FilterRule(FilterRuleKind.ExcludeKeyword, "Football"));

        var error = FilterRuleValidator.Check(filter, new FilterRule(FilterRuleKind.ExcludeKeyword, "football "), FilterLimits.Default);

        Assert.Equal("The filter already has the rule exclude keyword 'football '.", error);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("!!!")]
    public void Check_KeywordWithoutLetters_Refused(string value)
    {
        Assert.Equal("A keyword rule needs a value with letters or digits.", FilterRuleValidator.Check(ChatFilter.Empty, new FilterRule(FilterRuleKind.IncludeKeyword, value), FilterLimits.Default));
    }

    [Fact]
    public void Check_UnknownTopic_ListsTheTopics()
    {
        var classifier = new TopicClassifier(TopicTestData.Taxonomy());

        var error = FilterRuleValidator.Check(ChatFilter.Empty, new FilterRule(FilterRuleKind.IncludeTopic, "gardening"), FilterLimits.Default, classifier);

        Assert.Equal("There is no topic 'gardening'. Topics: sport, technology.", error);
        Assert.Null(FilterRuleValidator.Check(ChatFilter.Empty, new FilterRule(FilterRuleKind.IncludeTopic, "tech"), FilterLimits.Default, classifier));
    }

    [Fact]
    public void Without_RuleNumber_RemovesThatRule()
    {
        var filter = ChatFilter.Empty.With(new FilterRule(FilterRuleKind.ExcludeKeyword, "a")).With(new FilterRule(FilterRuleKind.ExcludeKeyword, "b"));

        Assert.Equal("b", Assert.Single(filter.Without(1)!.Rules).Value);
        Assert.Null(filter.Without(3));
    }
}
