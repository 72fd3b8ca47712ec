using BriefingBot.Core.Briefings;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Tests.Briefings;

public sealed class StoryRankerTests
{
    private static readonly IReadOnlyList<TopicScore> Sport = [new("sport", 0.8)];

    [Fact]
    public void Rank_StoryFromThreeOutletsHalfADayOld_BeforeASingleReportFromNow()
    {
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var single = RankerStories.Story(1, "Fresh single report", now);
        var covered = WithOutlets(RankerStories.Story(2, "Widely covered", now.AddHours(-12)), "Wire", "Daily", "Post");

        Assert.Equal([2, 1], StoryRanker.Rank([single, covered], now).Select(s => s.Id.Value));
        Assert.Equal((1 + Math.Log2(3)) * 0.75, StoryRanker.Score(covered, now), 6);
    }

    [Fact]
    public void Rank_EqualCoverage_FresherFirst()
    {
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var older = WithOutlets(RankerStories.Story(1, "Older", now.AddHours(-6)), "Wire", "Daily");
        var newer = WithOutlets(RankerStories.Story(2, "Newer", now.AddHours(-1)), "Wire", "Daily");

        Assert.Equal([2, 1], StoryRanker.Rank([older, newer], now).Select(s => s.Id.Value));
    }

    [Fact]
    public void Score_TwoFeedsOfOneOutlet_CountOnce()
    {
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var story = WithOutlets(RankerStories.Story(1, "Story", now), "Wire", "wire ", "Daily");

        Assert.Equal(2, StoryRanker.Outlets(story.Sources).Count);
        Assert.Equal(2 * 1.25, StoryRanker.Score(story, now), 6);
    }

    [Fact]
    public void Score_DevelopingStory_FreshFromItsLatestReport()
    {
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var story = RankerStories.Story(1, "Developing", now.AddHours(-24)) with { UpdatedAt = now };

        Assert.Equal(1.25, StoryRanker.Score(story, now), 6);
        Assert.Equal(0.5, StoryRanker.Score(RankerStories.Story(2, "Stale", now.AddHours(-24)), now), 6);
    }

    [Fact]
    public void PreferenceFactor_NoPreference_IsOne()
    {
        Assert.Equal(1, StoryRanker.PreferenceFactor(Sport, TopicPreference.None));
    }

    [Fact]
    public void PreferenceFactor_IncludedTopic_LiftsByConfidence()
    {
        var preference = TopicPreference.Of(["Sport"], []);

        Assert.Equal(1.9, StoryRanker.PreferenceFactor(Sport, preference), 6);
        Assert.Equal(1.5, StoryRanker.PreferenceFactor([new TopicScore("sport", 0)], preference), 6);
        Assert.Equal(1, StoryRanker.PreferenceFactor([new TopicScore("business", 0.9)], preference));
    }

    [Fact]
    public void PreferenceFactor_ExcludedTopic_Lowers()
    {
        var factor = StoryRanker.PreferenceFactor(Sport, TopicPreference.Of([], ["sport"]));

        Assert.Equal(1 - (0.8 * 0.9), factor, 6);
    }

    [Fact]
    public void Rank_WithPreference_PutsPreferredTopicFirst()
    {
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var newer = RankerStories.Story(1, "Cup final tonight", now);
        var older = RankerStories.Story(2, "New phone launched", now.AddHours(-3));
        IReadOnlyList<TopicScore> TopicsOf(Core.Stories.Story s) => s.Title.Contains("phone", StringComparison.Ordinal) ? [new("technology", 0.7)] : Sport;

        var plain = StoryRanker.Rank([older, newer], now, TopicPreference.None, TopicsOf);
        var preferred = StoryRanker.Rank([older, newer], now, TopicPreference.Of(["technology"], []), TopicsOf);
        var avoided = StoryRanker.Rank([older, newer], now, TopicPreference.Of([], ["sport"]), TopicsOf);

        Assert.Equal([newer, older], plain);
        Assert.Equal([older, newer], preferred);
        Assert.Equal([older, newer], avoided);
        Assert.Equal(plain, StoryRanker.Rank([older, newer], now));
    }

    private static Core.Stories.Story WithOutlets(Core.Stories.Story story, params string[] names) =>
        story with { Sources = names.Select((n, i) => new Core.Stories.StorySource($"s{i}", n, story.Title, null, story.PublishedAt)).ToList() };
}
