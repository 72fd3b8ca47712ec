using BriefingBot.Core.Stories;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

public sealed partial class WhoService
{
    private const int SeenWithCount = 5;

    /// <summary>Groups entities by type and normalised name; a bare surname joins the one full name that ends with it.</summary>
    private static List<EntityGroup> BuildGroups(IReadOnlyList<Story> stories)
    {
        var byKey = new Dictionary<string, EntityGroup>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var entity in story.Entities)
            {
                var name = entity.Type == EntityType.Location ? Gazetteer.PlaceKey(entity.Name) : entity.Name;
                var key = $"{entity.Type}:{NameMatching.Normalise(name)}";
                if (!byKey.TryGetValue(key, out var group))
                {
                    byKey[key] = group = new EntityGroup();
                }

                group.Add(new EntityHit(story, entity));
                if (entity.Type == EntityType.Location)
                {
                    group.Forms.UnionWith(Gazetteer.PlaceNames(name).Select(NameMatching.Normalise));
                }
            }
        }

        var groups = byKey.Values.SelectMany(SplitNamesakes).ToList();
        foreach (var single in groups.Where(g => g.Type is EntityType.Person or EntityType.Misc && !NameMatching.Normalise(g.Name).Contains(' ', StringComparison.Ordinal)).ToList())
        {
            var surname = NameMatching.Normalise(single.Name);
            var owners = groups
                .Where(g => g != single && g.Type == EntityType.Person && NameMatching.Normalise(g.Name).EndsWith(" " + surname, StringComparison.Ordinal))
                .ToList();
            if (owners.Count == 1)
            {
                owners[0].Absorb(single);
                groups.Remove(single);
            }
        }

        return groups;
    }

    private static EntityProfile Profile(EntityGroup group, List<EntityGroup> groups, int maxStories)
    {
        var newest = group.Newest.ToList();
        var withRole = newest.FirstOrDefault(h => h.Entity.Role is not null);
        var roleSource = withRole is null ? null : Mention(withRole.Story, withRole.Entity.RoleSentence ?? withRole.Entity.FirstSentence);
        var stories = newest
            .DistinctBy(h => h.Story.Id)
            .Take(Math.Max(0, maxStories))
            .Select(h => Mention(h.Story, FindSentence(h.Story, h.Entity)))
            .ToList();
        return new EntityProfile(group.Name, group.Type, withRole?.Entity.Role, roleSource, stories, SeenWith(group, groups));
    }

    private static List<string> SeenWith(EntityGroup group, List<EntityGroup> groups)
    {
        var storyIds = group.Hits.Select(h => h.Story.Id).ToHashSet();
        return groups
            .Where(g => g != group)
            .Select(g => (g.Name, Count: g.Hits.Select(h => h.Story.Id).Distinct().Count(storyIds.Contains)))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Take(SeenWithCount)
            .Select(x => x.Name)
            .ToList();
    }

    private static EntityStoryMention Mention(Story story, string sentence)
    {
        var source = story.Sources.Count > 0 ? story.Sources[0] : null;
        return new EntityStoryMention(story.Id, story.Title, story.PublishedAt, source?.Link, source?.SourceName ?? "", sentence);
    }

    /// <summary>The first sentence of the story naming the entity (full name first, then aliases, longest first).</summary>
    private static string FindSentence(Story story, StoryEntity entity)
    {
        var sentences = SentenceSplitter.SplitSpans(story.Text).Select(s => s.Of(story.Text)).ToList();
        var names = new[] { entity.Name }.Concat(entity.Aliases.OrderByDescending(a => a.Length));
        foreach (var name in names)
        {
            var hit = sentences.FirstOrDefault(s => s.Contains(name, StringComparison.OrdinalIgnoreCase));
            if (hit is not null)
            {
                return hit;
            }
        }

        return entity.FirstSentence;
    }
}
