using BriefingBot.Core.Stories;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

/// <summary>
/// The entities of a set of stories, grouped once and indexed for "/who": full names and aliases, the words of every
/// name, and for close spellings the names and words under their first letter. A look-up touches the groups its
/// query can match, not every story. Immutable once built; build a new one when the stories change.
/// </summary>
public sealed class WhoIndex
{
    private readonly Dictionary<string, List<EntityGroup>> _byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntityGroup>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<char, Dictionary<string, List<EntityGroup>>> _formsByInitial = [];
    private readonly Dictionary<char, Dictionary<string, List<EntityGroup>>> _wordsByInitial = [];
    private readonly Dictionary<StoryEntity, EntityGroup> _groupOf = new(ReferenceEqualityComparer.Instance);

    private WhoIndex(List<EntityGroup> groups, int storyCount)
    {
        Groups = groups;
        StoryCount = storyCount;
        foreach (var group in groups)
        {
            group.Freeze();
            foreach (var hit in group.Hits)
            {
                _groupOf[hit.Entity] = group;
            }

            foreach (var form in group.Forms.Where(f => f.Length > 0))
            {
                AddTo(_byForm, form, group);
                AddTo(Bucket(_formsByInitial, form[0]), form, group);
                foreach (var word in form.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    AddTo(_byWord, word, group);
                    if (word.Length >= 3)
                    {
                        AddTo(Bucket(_wordsByInitial, word[0]), word, group);
                    }
                }
            }
        }
    }

    public static WhoIndex Empty { get; } = new([], 0);

    /// <summary>How many stories were indexed.</summary>
    public int StoryCount { get; }

    /// <summary>How many distinct entities (after joining surnames to full names and splitting namesakes).</summary>
    public int EntityCount => Groups.Count;

    internal List<EntityGroup> Groups { get; }

    public static WhoIndex Build(IReadOnlyList<Story> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        return stories.Count == 0 ? Empty : new WhoIndex(WhoService.BuildGroups(stories), stories.Count);
    }

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

    private static void AddTo(Dictionary<string, List<EntityGroup>> map, string key, EntityGroup group)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != group)
        {
            list.Add(group);
        }
    }
}
