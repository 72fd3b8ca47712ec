using BriefingBot.Core.People;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Tests.Topics;

public sealed class TopicClassifierTests
{
    private readonly TopicClassifier _classifier = new(TopicTestData.Taxonomy());

    [Fact]
    public void Classify_SportStory_SportFirstWithHighConfidence()
    {
        var topics = _classifier.Classify(TopicDocument.FromText("Late goal wins the match", "The football team scored twice in the World Cup match."));

        var best = topics[0];
        Assert.Equal("sport", best.Name);
        Assert.InRange(best.Confidence, 0.6, 1);
        Assert.Single(topics);
    }

    [Fact]
    public void Classify_PluralsAndInflections_MatchStemmedKeywords()
    {
        var topics = _classifier.Classify(TopicDocument.FromText("Footballs and goals", "Matches were played."));

        Assert.Equal("sport", topics[0].Name);
    }

    [Fact]
    public void Classify_PhraseWithNegativeCue_MovesToOtherTopic()
    {
        var topics = _classifier.Classify(TopicDocument.FromText("A new video game", "The video game is about football."));

        Assert.Equal("technology", topics[0].Name);
    }

    [Fact]
    public void Classify_TitleWeighsMoreThanBody()
    {
        Assert.Equal("technology", _classifier.Classify(TopicDocument.FromText("Software update", "There was a goal."))[0].Name);
        Assert.Equal("sport", _classifier.Classify(TopicDocument.FromText("A goal", "There was a software update."))[0].Name);
    }

    [Fact]
    public void Classify_NoEvidence_FallbackWithZeroConfidence()
    {
        var topic = Assert.Single(_classifier.Classify(TopicDocument.FromText("Weather", "It rained.")));

        Assert.Equal(new TopicScore("technology", 0), topic);
    }

    [Fact]
    public void Classify_SourceHintAlias_AddsEvidence()
    {
        var topics = _classifier.Classify(new TopicDocument("Results", "A goal.", [], ["tech"]));

        Assert.Equal("technology", topics[0].Name);
    }

    [Fact]
    public void Classify_EntityAndRoleCues_CountForTheirTopics()
    {
        var striker = new StoryEntity("Jane Doe", EntityType.Person, [], "the team's striker", null, "s", 3);
        var microsoft = new StoryEntity("Microsoft", EntityType.Organization, [], null, null, "s", 2);

        Assert.Equal("sport", _classifier.Classify(new TopicDocument("Interview", "She spoke.", [striker], []))[0].Name);
        Assert.Equal("technology", _classifier.Classify(new TopicDocument("Interview", "It spoke.", [microsoft], []))[0].Name);
    }

    [Fact]
    public void Classify_MixedStory_ListsBothBestFirstWithinBounds()
    {
        var topics = _classifier.Classify(TopicDocument.FromText("Football club buys software", "The football club's computer software."));

        Assert.Equal(2, topics.Count);
        Assert.True(topics[0].Confidence >= topics[1].Confidence);
        Assert.All(topics, t => Assert.InRange(t.Confidence, 0.3, 1));
    }

    [Fact]
    public void Resolve_Alias_ReturnsTopicName()
    {
        Assert.Equal("technology", _classifier.Resolve("TECH"));
        Assert.Null(_classifier.Resolve("gardening"));
        Assert.Equal(["sport", "technology"], _classifier.TopicNames);
    }
}
