using BriefingBot.Core.People;

namespace BriefingBot.Core.Topics;

public sealed partial class TopicClassifier
{
    /// <summary>Raw, non-negative evidence per topic (taxonomy order).</summary>
    private static double[] Score(TopicIndex index, TopicDocument document)
    {
        var taxonomy = index.Taxonomy;
        var counts = new Dictionary<TopicTerm, double>(ReferenceEqualityComparer.Instance);
        index.Scan(TopicIndex.Stems(document.Title), term => counts[term] = counts.GetValueOrDefault(term) + taxonomy.TitleWeight);
        index.Scan(TopicIndex.Stems(document.Text), term => counts[term] = counts.GetValueOrDefault(term) + 1);

        var scores = new double[taxonomy.Topics.Count];
        foreach (var (term, count) in counts)
        {
            var value = term.Weight * Math.Log2(1 + count);
            scores[term.Topic] += term.Negative ? -value : value;
        }

        for (var topic = 0; topic < scores.Length; topic++)
        {
            scores[topic] += EntityEvidence(taxonomy.Topics[topic], index.Roles[topic], document.Entities);
        }

        foreach (var hint in document.SourceHints.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (index.Names.TryGetValue(hint.Trim(), out var topic))
            {
                scores[topic] += taxonomy.SourceHintWeight;
            }
        }

        for (var topic = 0; topic < scores.Length; topic++)
        {
            scores[topic] = Math.Max(0, scores[topic]);
        }

        return scores;
    }

    /// <summary>Named entities, roles ("minister") and entity types that point to the topic.</summary>
    private static double EntityEvidence(TopicDefinition topic, List<(string[] Stems, double Weight)> roles, IReadOnlyList<StoryEntity> entities)
    {
        var score = 0.0;
        var types = new Dictionary<EntityType, int>();
        foreach (var entity in entities)
        {
            types[entity.Type] = types.GetValueOrDefault(entity.Type) + 1;
            var mentions = Math.Log2(1 + Math.Max(1, entity.Mentions));
            var named = entity.Aliases.Prepend(entity.Name)
                .Select(name => topic.Entities.TryGetValue(name.Trim(), out var weight) ? weight : 0)
                .Max();
            score += named * mentions;
            if (entity.Role is { Length: > 0 } role && roles.Count > 0)
            {
                var stems = TopicIndex.Stems(role);
                var best = roles.Where(r => TopicIndex.Contains(stems, r.Stems)).Select(r => r.Weight).DefaultIfEmpty(0).Max();
                score += best * mentions;
            }
        }

        foreach (var (type, count) in types)
        {
            if (topic.EntityTypes.TryGetValue(type, out var weight))
            {
                score += weight * Math.Log2(1 + count);
            }
        }

        return score;
    }
}
