using BriefingBot.Core.Stories;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

public sealed partial class WhoService
{
    private const int SeenWithCount = 5;

    /// <summary>Companions are counted over this many of the entity's newest stories.</summary>
    private const int SeenWithStories = 300;

    /// <summary>
    /// Fresh groups from raw groups (one entity type and normalised name each, as <see cref="WhoIndex"/> keeps them): namesakes
    /// split, then a bare surname joins the one full name that ends with it. Pass whole surname families (see
    /// <see cref="WhoIndex"/>): joining never crosses one.
    /// </summary>
    internal static List<EntityGroup> Derive(IEnumerable<(EntityType Type, List<EntityHit> Hits)> raw, Func<string, string> normalise)
    {
        var groups = new List<EntityGroup>();
        foreach (var (type, hits) in raw)
        {
            var group = new EntityGroup();
            if (type == EntityType.Location)
            {
                group.Forms.UnionWith(Gazetteer.PlaceNames(Gazetteer.PlaceKey(hits[0].Entity.Name)).Select(normalise));
            }

            foreach (var hit in hits)
            {
                group.Add(hit, normalise);
            }

            groups.AddRange(SplitNamesakes(group, normalise));
        }

        var bySurname = groups
            .Where(g => g.Type == EntityType.Person && g.Key.Contains(' ', StringComparison.Ordinal))
            .ToLookup(g => g.Key[(g.Key.LastIndexOf(' ') + 1)..], StringComparer.Ordinal);
        var absorbed = new HashSet<EntityGroup>();
        foreach (var single in groups.Where(g => g.Type is EntityType.Person or EntityType.Misc && !g.Key.Contains(' ', StringComparison.Ordinal)))
        {
            var owners = bySurname[single.Key].ToList();
            if (owners.Count == 1)
            {
                owners[0].Absorb(single);
                absorbed.Add(single);
            }
        }

        groups.RemoveAll(absorbed.Contains);
        return groups;
    }

    private static EntityProfile Profile(EntityGroup group, WhoIndex index, int maxStories)
    {
        var newest = group.Newest;
        var withRole = newest.FirstOrDefault(h => h.Entity.Role is not null);
        var roleSource = withRole is null ? null : Mention(withRole.Story, withRole.Entity.RoleSentence ?? withRole.Entity.FirstSentence);
        var stories = newest
            .DistinctBy(h => h.Story.Id)
            .Take(Math.Max(0, maxStories))
            .Select(h => Mention(h.Story, FindSentence(h.Story, h.Entity)))
            .ToList();
        return new EntityProfile(group.Name, group.Type, withRole?.Entity.Role, roleSource, stories, SeenWith(group, index));
    }

    /// <summary>The entities sharing most of this one's newest stories (read from those stories only).</summary>
    private static List<string> SeenWith(EntityGroup group, WhoIndex index)
    {
        var shared = new Dictionary<EntityGroup, int>();
        foreach (var story in group.Newest.Select(h => h.Story).DistinctBy(s => s.Id).Take(SeenWithStories))
        {
            foreach (var other in story.Entities.Select(index.GroupOf).Distinct())
            {
                if (other is not null && other != group)
                {
                    shared[other] = shared.GetValueOrDefault(other) + 1;
                }
            }
        }

        return shared
            .OrderByDescending(x => x.Value)
            .ThenBy(x => x.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Take(SeenWithCount)
            .Select(x => x.Key.Name)
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
