using BriefingBot.Core.Briefings;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Tests.Briefings;

public sealed class StoryRankerTests
{
    private static readonly IReadOnlyList<TopicScore> Sport = [new("sport", 0.8)];

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
}
