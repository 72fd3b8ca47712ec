using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Tests.Topics;

/// <summary>A small taxonomy written for the tests.</summary>
internal static class TopicTestData
{
    public const string Json = """
        {
          "titleWeight": 3, "sourceHintWeight": 4, "evidence": 4, "threshold": 0.3, "maxTopics": 2, "fallback": "technology",
          "topics": [
            { "name": "sport", "aliases": ["sports"], "keywords": { "football": 3, "match": 2, "goal": 2 }, "phrases": { "world cup": 3 },
              "roles": { "striker": 3 }, "negative": { "video game": 3 } },
            { "name": "technology", "aliases": ["tech"], "keywords": { "software": 3, "computer": 2, "game": 1 }, "phrases": { "video game": 3 },
              "entities": { "Microsoft": 2 }, "entityTypes": { "Organization": 0.5 } }
          ]
        }
        """;

    public static TopicTaxonomy Taxonomy() => TopicTaxonomy.Parse(Json, "test.json");
}
