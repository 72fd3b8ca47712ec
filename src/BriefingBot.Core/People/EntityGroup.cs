namespace BriefingBot.Core.People;

/// <summary>The same entity across stories: every story's view of it and every normalised name form.</summary>
/// <remarks>Name, type, story count and the newest-first order are computed once and kept until the next <see cref="Add"/>.</remarks>
internal sealed class EntityGroup
{
    private string? _name;
    private string? _key;
    private EntityType? _type;
    private int _storyCount = -1;
    private List<EntityHit>? _newest;

    public List<EntityHit> Hits { get; } = [];

    public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);

    public string Name => _name ??= Hits
        .GroupBy(h => h.Entity.Name, StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key.Length)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .First().Key;

    /// <summary>The normalised <see cref="Name"/>.</summary>
    public string Key => _key ??= NameMatching.Normalise(Name);

    public EntityType Type => _type ??= Hits
        .GroupBy(h => h.Entity.Type)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key == EntityType.Misc)
        .First().Key;

    public int StoryCount => _storyCount >= 0 ? _storyCount : _storyCount = Hits.Select(h => h.Story.Id).Distinct().Count();

    /// <summary>Hits, newest story first.</summary>
    public IReadOnlyList<EntityHit> Newest => _newest ??= Hits
        .OrderByDescending(h => h.Story.PublishedAt)
        .ThenByDescending(h => h.Story.Id.Value)
        .ToList();

    /// <summary>Computes name, type, story count and order now, so look-ups only read them.</summary>
    public void Freeze() => _ = (Key, Type, StoryCount, Newest);

    /// <param name="hit">One story's view of the entity.</param>
    /// <param name="normalise">The name normaliser (a memoised one while many stories are grouped).</param>
    public void Add(EntityHit hit, Func<string, string>? normalise = null)
    {
        normalise ??= NameMatching.Normalise;
        Hits.Add(hit);
        (_name, _key, _type, _storyCount, _newest) = (null, null, null, -1, null);
        Forms.Add(normalise(hit.Entity.Name));
        foreach (var alias in hit.Entity.Aliases)
        {
            var form = normalise(alias);
            if (form.Length > 0)
            {
                Forms.Add(form);
            }
        }
    }

    public void Absorb(EntityGroup other)
    {
        foreach (var hit in other.Hits)
        {
            Add(hit);
        }
    }
}
