namespace BriefingBot.Core.People;

/// <summary>The same entity across stories: every story's view of it and every normalised name form.</summary>
internal sealed class EntityGroup
{
    public List<EntityHit> Hits { get; } = [];

    public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);

    public string Name => Hits
        .GroupBy(h => h.Entity.Name, StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key.Length)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .First().Key;

    public EntityType Type => Hits
        .GroupBy(h => h.Entity.Type)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key == EntityType.Misc)
        .First().Key;

    public int StoryCount => Hits.Select(h => h.Story.Id).Distinct().Count();

    /// <summary>Hits, newest story first.</summary>
    public IEnumerable<EntityHit> Newest => Hits
        .OrderByDescending(h => h.Story.PublishedAt)
        .ThenByDescending(h => h.Story.Id.Value);

    public void Add(EntityHit hit)
    {
        Hits.Add(hit);
        Forms.Add(NameMatching.Normalise(hit.Entity.Name));
        foreach (var alias in hit.Entity.Aliases)
        {
            var form = NameMatching.Normalise(alias);
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
