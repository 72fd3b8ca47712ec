namespace BriefingBot.Core.Topics;

/// <summary>Assigns topics from the taxonomy (config/topics.json) to a story.</summary>
public interface ITopicClassifier
{
    /// <summary>The topic names of the taxonomy, in file order.</summary>
    IReadOnlyList<string> TopicNames { get; }

    /// <summary>One or more topics, best first, each with a confidence in [0, 1]; weak topics are left out.</summary>
    IReadOnlyList<TopicScore> Classify(TopicDocument document);

    /// <summary>The taxonomy's name for <paramref name="nameOrAlias"/> ("tech" -> "technology"), or null when it names no topic.</summary>
    string? Resolve(string nameOrAlias);
}
