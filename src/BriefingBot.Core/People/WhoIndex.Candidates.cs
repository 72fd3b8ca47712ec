using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

public sealed partial class WhoIndex
{
    /// <summary>The group a story's entity was put in.</summary>
    internal EntityGroup? GroupOf(StoryEntity entity) => _groupOf.GetValueOrDefault(entity);

    /// <summary>Groups with a name form equal to the query, or with a longer form holding every word of it.</summary>
    internal IEnumerable<EntityGroup> ExactCandidates(string query)
    {
        var found = new HashSet<EntityGroup>();
        if (_byForm.TryGetValue(query, out var exact))
        {
            found.UnionWith(exact);
        }

        var postings = query.Split(' ').Select(w => _byWord.GetValueOrDefault(w)).ToList();
        if (postings.All(p => p is not null))
        {
            found.UnionWith(postings.MinBy(p => p?.Count ?? 0) ?? []);
        }

        return found;
    }

    /// <summary>
    /// Groups with a name (or, for one-word queries, a word of a name) that starts with the query's first letter and is at
    /// least <paramref name="threshold"/> similar to it (Jaro-Winkler). Close spellings almost always keep the first letter.
    /// </summary>
    internal IEnumerable<EntityGroup> SimilarCandidates(string query, double threshold)
    {
        var found = new HashSet<EntityGroup>();
        Collect(_formsByInitial, query, threshold, found);
        if (!query.Contains(' ', StringComparison.Ordinal))
        {
            Collect(_wordsByInitial, query, threshold, found);
        }

        return found;
    }

    private static void Collect(Dictionary<char, Dictionary<string, List<EntityGroup>>> buckets, string query, double threshold, HashSet<EntityGroup> found)
    {
        if (!buckets.TryGetValue(query[0], out var bucket))
        {
            return;
        }

        foreach (var (text, groups) in bucket)
        {
            if (JaroWinkler.Similarity(query, text) >= threshold)
            {
                found.UnionWith(groups);
            }
        }
    }

    private static Dictionary<string, List<EntityGroup>> Bucket(Dictionary<char, Dictionary<string, List<EntityGroup>>> buckets, char initial)
    {
        if (!buckets.TryGetValue(initial, out var bucket))
        {
            buckets[initial] = bucket = new Dictionary<string, List<EntityGroup>>(StringComparer.Ordinal);
        }

        return bucket;
    }
}
