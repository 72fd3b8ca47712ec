using BriefingBot.Core.News;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Topics;

/// <summary>
/// Rule-based topic classifier over the taxonomy. Each topic's score sums its cues with diminishing returns
/// (weight x log2(1 + occurrences), headline occurrences counting <see cref="TopicTaxonomy.TitleWeight"/> times),
/// minus its negative cues, plus entity, role and feed-hint cues. A topic's confidence is its score over
/// (all scores + <see cref="TopicTaxonomy.Evidence"/>); the best topic is always kept, others from
/// <see cref="TopicTaxonomy.Threshold"/>. Pure and thread-safe.
/// </summary>
public sealed partial class TopicClassifier : ITopicClassifier
{
    private readonly Lazy<TopicIndex> _index;

    public TopicClassifier(TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var index = new TopicIndex(taxonomy);
        _index = new Lazy<TopicIndex>(index);
    }

    /// <summary>Reads <see cref="NewsOptions.TopicsFile"/> when first needed (errors name the file).</summary>
    public TopicClassifier(IOptions<NewsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _index = new Lazy<TopicIndex>(() => new TopicIndex(TopicTaxonomy.Load(options.Value.TopicsFile)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public TopicTaxonomy Taxonomy => _index.Value.Taxonomy;

    public IReadOnlyList<string> TopicNames => Taxonomy.Topics.Select(t => t.Name).ToList();

    public string? Resolve(string nameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        return _index.Value.Names.TryGetValue(nameOrAlias.Trim(), out var topic) ? Taxonomy.Topics[topic].Name : null;
    }

    public IReadOnlyList<TopicScore> Classify(TopicDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var index = _index.Value;
        var taxonomy = index.Taxonomy;
        var scores = Score(index, document);
        var total = scores.Sum();
        var ranked = Enumerable.Range(0, scores.Length)
            .Where(i => scores[i] > 0)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .Select(i => new TopicScore(taxonomy.Topics[i].Name, Math.Round(scores[i] / (total + taxonomy.Evidence), 3)))
            .ToList();
        if (ranked.Count == 0)
        {
            return [new TopicScore(taxonomy.Fallback, 0)];
        }

        return ranked.Take(1)
            .Concat(ranked.Skip(1).TakeWhile(t => t.Confidence >= taxonomy.Threshold))
            .Take(taxonomy.MaxTopics)
            .ToList();
    }
}
