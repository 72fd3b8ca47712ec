using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

public sealed partial class WhoService
{
    /// <summary>
    /// Two people who share a name: a person's stories stay together while their roles share a word ("Finance Minister",
    /// "Prime Minister") or the stories name a common person or organisation; otherwise they become separate people, so
    /// "/who" asks which one is meant. Stories without a role join the person they share companions with, else the first.
    /// </summary>
    private static IEnumerable<EntityGroup> SplitNamesakes(EntityGroup group, Func<string, string> normalise)
    {
        if (group.Type != EntityType.Person || group.Hits.Select(h => h.Entity.Role).Where(r => r is not null).Distinct(StringComparer.Ordinal).Take(2).Count() < 2)
        {
            return [group];
        }

        var people = new List<(EntityGroup Group, HashSet<string> RoleWords, HashSet<string> Companions)>();
        foreach (var hit in group.Newest.OrderBy(h => h.Entity.Role is null))
        {
            var words = RoleWords(hit.Entity.Role);
            var companions = Companions(hit, normalise);
            var index = people.FindIndex(p => p.RoleWords.Overlaps(words) || p.Companions.Overlaps(companions));
            if (index < 0 && (words.Count == 0 || people.Count == 0))
            {
                index = people.Count == 0 ? -1 : 0;
            }

            if (index < 0)
            {
                people.Add((new EntityGroup(), [], []));
                index = people.Count - 1;
            }

            people[index].Group.Add(hit, normalise);
            people[index].RoleWords.UnionWith(words);
            people[index].Companions.UnionWith(companions);
        }

        return people.Select(p => p.Group);
    }

    private static HashSet<string> RoleWords(string? role) =>
        role is null
            ? []
            : Words.Tokenize(role).Select(w => w.ToLowerInvariant()).Where(w => w.Length > 2 && !StopWords.English.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Companions(EntityHit hit, Func<string, string> normalise) =>
        hit.Story.Entities
            .Where(e => e.Type is EntityType.Person or EntityType.Organization && !ReferenceEquals(e, hit.Entity))
            .Select(e => normalise(e.Name))
            .ToHashSet(StringComparer.Ordinal);
}
