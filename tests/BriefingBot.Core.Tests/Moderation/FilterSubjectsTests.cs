using BriefingBot.Core.Moderation;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Tests.Topics;
using BriefingBot.Core.Topics;
using Microsoft.Extensions.Caching.Memory;

namespace BriefingBot.Core.Tests.Moderation;

public sealed class FilterSubjectsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Of_SameStoryTwice_PreparedOnceWithTopics()
    {
        var subjects = new FilterSubjects(_cache, new TopicClassifier(TopicTestData.Taxonomy()));
        var story = Story(1, "Striker scores in the football match", "wire");

        var first = subjects.Of(story);

        Assert.Same(first, subjects.Of(story with { }));
        Assert.Contains("sport", first.Topics);
    }

    [Fact]
    public void Of_StoryGainedASource_PreparedAgain()
    {
        var subjects = new FilterSubjects(_cache, new TopicClassifier(TopicTestData.Taxonomy()));
        var story = Story(1, "Rates held", "wire");

        var before = subjects.Of(story);
        var after = subjects.Of(story with { Sources = [.. story.Sources, new StorySource("bbc", "BBC", "Rates held", null, Now)] });

        Assert.NotSame(before, after);
        Assert.Equal(["wire", "bbc"], after.Sources);
    }

    private static Story Story(long id, string title, string source) =>
        new(new StoryId(id), title, title + ".", [title + "."], [title + "."], [new StorySource(source, source, title, null, Now)], [], Now, Now);
}
