using BriefingBot.Core.Topics;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.Topics;

public sealed class TopicTaxonomyTests
{
    [Fact]
    public void Load_ShippedTaxonomy_HasTheRequiredTopics()
    {
        var taxonomy = TopicTaxonomy.Load(Path.Combine(RepositoryPaths.RepositoryRoot(), "config", "topics.json"));

        var names = taxonomy.Topics.Select(t => t.Name).ToList();
        Assert.Superset(
            new HashSet<string> { "world", "politics", "business", "technology", "science", "health", "sport", "entertainment", "climate", "defence" },
            names.ToHashSet());
        Assert.Equal("world", taxonomy.Fallback);
    }

    [Fact]
    public void Parse_TestTaxonomy_ReadsRulesAndCalibration()
    {
        var taxonomy = TopicTestData.Taxonomy();

        Assert.Equal(2, taxonomy.MaxTopics);
        Assert.Equal(3, taxonomy.Topics[0].Keywords["football"]);
        Assert.Equal(["tech"], taxonomy.Topics[1].Aliases);
    }

    [Theory]
    [InlineData("{", "is not valid JSON")]
    [InlineData("""{ "topics": [] }""", "lists no topics")]
    [InlineData("""{ "topics": [ { "keywords": { "a": 1 } } ] }""", "has a topic (number 1) without a \"name\"")]
    [InlineData("""{ "topics": [ { "name": "Sport", "keywords": { "a": 1 } } ] }""", "names are lower-case without spaces")]
    [InlineData("""{ "topics": [ { "name": "sport" } ] }""", "has no keywords, phrases, entities or roles in topic 'sport'")]
    [InlineData("""{ "topics": [ { "name": "sport", "keywords": { "goal": 0 } } ] }""", "gives 'goal' under \"keywords\" in topic 'sport' a weight")]
    [InlineData("""{ "topics": [ { "name": "sport", "keywords": { "world cup": 1 } } ] }""", "keywords are single words; put it under \"phrases\"")]
    [InlineData("""{ "topics": [ { "name": "sport", "keywords": { "a": 1 }, "entityTypes": { "Planet": 1 } } ] }""", "unknown entity type 'Planet'")]
    [InlineData("""{ "topics": [ { "name": "sport", "keywords": { "a": 1 } }, { "name": "sports", "aliases": ["sport"], "keywords": { "b": 1 } } ] }""", "'sport' more than once")]
    [InlineData("""{ "fallback": "news", "topics": [ { "name": "sport", "keywords": { "a": 1 } } ] }""", "fallback topic 'news'")]
    [InlineData("""{ "threshold": 2, "topics": [ { "name": "sport", "keywords": { "a": 1 } } ] }""", "\"threshold\" that is not a number between 0 and 1")]
    public void Parse_BrokenDocument_ErrorNamesFileAndEntry(string json, string expected)
    {
        var exception = Assert.Throws<InvalidDataException>(() => TopicTaxonomy.Parse(json, "my/topics.json"));

        Assert.StartsWith("The topic taxonomy 'my/topics.json' ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFoundNamingIt()
    {
        var exception = Assert.Throws<FileNotFoundException>(() => TopicTaxonomy.Load("/no/such/topics.json"));

        Assert.Contains("/no/such/topics.json", exception.Message, StringComparison.Ordinal);
    }
}
