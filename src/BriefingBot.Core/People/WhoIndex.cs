using BriefingBot.Core.Stories;

namespace BriefingBot.Core.People;

/// <summary>
/// The entities of a set of stories, grouped once and indexed for "/who": full names and aliases, the words of every
/// name, and for close spellings the names and words under their first letter. A look-up touches the groups its
/// query can match, not every story. Immutable: <see cref="With"/> returns a new index that shares everything the added
/// stories do not touch. Raw groups (one entity type and normalised name) fall into surname families (people and other
/// names by their last word, organisations and places by themselves); adding stories re-derives only the families they touch.
/// </summary>
public sealed partial class WhoIndex
{
    private readonly Dictionary<(EntityType Type, string Key), List<EntityHit>> _raw;
    private readonly Dictionary<string, List<(EntityType Type, string Key)>> _families;
    private readonly Dictionary<string, List<EntityGroup>> _derived;
    private readonly HashSet<StoryId> _stories;
    private readonly Dictionary<string, List<EntityGroup>> _byForm;
    private readonly Dictionary<string, List<EntityGroup>> _byWord;
    private readonly Dictionary<char, Dictionary<string, List<EntityGroup>>> _formsByInitial;
    private readonly Dictionary<char, Dictionary<string, List<EntityGroup>>> _wordsByInitial;
    private readonly Dictionary<StoryEntity, EntityGroup> _groupOf;

    /// <summary>Posting lists made by the <see cref="With"/> that is building this index: changed in place, not copied.</summary>
    private readonly HashSet<List<EntityGroup>> _owned = new(ReferenceEqualityComparer.Instance);

    private WhoIndex()
    {
        _raw = [];
        _families = new(StringComparer.Ordinal);
        _derived = new(StringComparer.Ordinal);
        _stories = [];
        _byForm = new(StringComparer.Ordinal);
        _byWord = new(StringComparer.Ordinal);
        _formsByInitial = [];
        _wordsByInitial = [];
        _groupOf = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>A copy of <paramref name="other"/>'s tables (the lists in them still shared; copy before changing one).</summary>
    private WhoIndex(WhoIndex other)
    {
        _raw = new(other._raw);
        _families = new(other._families, StringComparer.Ordinal);
        _derived = new(other._derived, StringComparer.Ordinal);
        _stories = new(other._stories);
        _byForm = new(other._byForm, StringComparer.Ordinal);
        _byWord = new(other._byWord, StringComparer.Ordinal);
        _formsByInitial = other._formsByInitial.ToDictionary(b => b.Key, b => new Dictionary<string, List<EntityGroup>>(b.Value, StringComparer.Ordinal));
        _wordsByInitial = other._wordsByInitial.ToDictionary(b => b.Key, b => new Dictionary<string, List<EntityGroup>>(b.Value, StringComparer.Ordinal));
        _groupOf = new(other._groupOf, ReferenceEqualityComparer.Instance);
        EntityCount = other.EntityCount;
    }

    public static WhoIndex Empty { get; } = new();

    /// <summary>How many stories were indexed.</summary>
    public int StoryCount => _stories.Count;

    /// <summary>How many distinct entities (after joining surnames to full names and splitting namesakes).</summary>
    public int EntityCount { get; private set; }

    public static WhoIndex Build(IReadOnlyList<Story> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        return Empty.With(stories);
    }

    /// <summary>Whether the story is in the index.</summary>
    public bool Contains(StoryId id) => _stories.Contains(id);

    /// <summary>A new index with these stories added (stories already in it are skipped); this one is left as it was.</summary>
    public WhoIndex With(IReadOnlyList<Story> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var added = stories.Where(s => !_stories.Contains(s.Id)).DistinctBy(s => s.Id).ToList();
        if (added.Count == 0)
        {
            return this;
        }

        var next = new WhoIndex(this);
        var memo = new Dictionary<string, string>(StringComparer.Ordinal);
        string Normalise(string name) => memo.TryGetValue(name, out var form) ? form : memo[name] = NameMatching.Normalise(name);

        var touched = new HashSet<(EntityType, string)>();
        foreach (var story in added)
        {
            next._stories.Add(story.Id);
            foreach (var entity in story.Entities)
            {
                var name = entity.Type == EntityType.Location ? Gazetteer.PlaceKey(entity.Name) : entity.Name;
                var key = (entity.Type, Normalise(name));
                if (touched.Add(key))
                {
                    var isNew = !next._raw.TryGetValue(key, out var old);
                    next._raw[key] = old is null ? [] : [.. old];
                    if (isNew)
                    {
                        var family = Family(key);
                        next._families[family] = [.. next._families.GetValueOrDefault(family) ?? [], key];
                    }
                }

                next._raw[key].Add(new EntityHit(story, entity));
            }
        }

        foreach (var family in touched.Select(Family).Distinct(StringComparer.Ordinal))
        {
            foreach (var group in _derived.GetValueOrDefault(family) ?? [])
            {
                next.Remove(group);
            }

            var groups = WhoService.Derive(next._families[family].Select(k => (k.Type, next._raw[k])), Normalise);
            next._derived[family] = groups;
            groups.ForEach(next.Add);
        }

        next._owned.Clear();
        return next;
    }

    /// <summary>People (and unknown names) by the last word of the name, so "kishida" and "fumio kishida" meet.</summary>
    private static string Family((EntityType Type, string Key) key) =>
        key.Type is EntityType.Person or EntityType.Misc ? "name:" + key.Key[(key.Key.LastIndexOf(' ') + 1)..] : $"{key.Type}:{key.Key}";
}
