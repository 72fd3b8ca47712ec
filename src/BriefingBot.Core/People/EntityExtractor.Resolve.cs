namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
    /// <summary>Document-level resolution: bare surnames join full names, undecided single words get a type.</summary>
    private static EntityAnalysis Resolve(List<Mention> mentions, List<string> sentences, List<int> sentenceOffsets, HashSet<string> evidence)
    {
        var common = CommonWords(sentences);
        var descriptors = mentions.Where(m => m.Descriptor).ToList();
        mentions = mentions.Where(m => !m.Descriptor).Select(m => LooksLikeName(m, common) ? m : m with { Type = EntityType.Misc }).ToList();
        var people = mentions
            .Where(m => m.Type == EntityType.Person && (m.TokenCount > 1 || m.Role is not null || m.Surface != m.Name))
            .Select(m => m.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var groups = new Dictionary<string, List<Mention>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        var lastSeen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var classified = new List<(Mention Mention, string? Key, EntityType Type)>();
        foreach (var mention in mentions.OrderBy(m => m.Sentence).ThenBy(m => m.Position))
        {
            var (key, type) = Classify(mention, people, lastSeen, evidence, common);
            if (key is not null)
            {
                lastSeen[key] = mention.Sentence;
            }

            classified.Add((mention, key, type));
        }

        var placed = new List<(Mention Mention, string Key)>();
        foreach (var (mention, key, type) in TypeLikeElsewhere(classified))
        {
            // "U.K." and "Britain" are one place.
            var groupKey = type == EntityType.Location ? $"{EntityType.Location}:{Gazetteer.PlaceKey(mention.Name)}" : key;
            if (!groups.TryGetValue(groupKey, out var list))
            {
                groups[groupKey] = list = [];
                order.Add(groupKey);
            }

            list.Add(mention with { Type = type });
            placed.Add((mention, groupKey));
        }

        var entities = order.ToDictionary(key => key, key => ToEntity(key, groups[key], sentences), StringComparer.OrdinalIgnoreCase);
        var spans = placed
            .Where(p => p.Mention.Sentence < sentenceOffsets.Count)
            .Select(p => new EntityMention(sentenceOffsets[p.Mention.Sentence] + p.Mention.Position, p.Mention.Name.Length, entities[p.Key].Type, entities[p.Key].Name))
            .Concat(descriptors
                .Where(d => d.Sentence < sentenceOffsets.Count)
                .Select(d => new EntityMention(sentenceOffsets[d.Sentence] + d.Position, d.Name.Length, EntityType.Misc, d.Name)))
            .OrderBy(m => m.Start)
            .ToList();
        return new EntityAnalysis(order.Select(key => entities[key]).ToList(), spans);
    }

    private static (string? Key, EntityType Type) Classify(Mention mention, List<string> people, Dictionary<string, int> lastSeen, HashSet<string> evidence, HashSet<string> common)
    {
        if (mention.TeamCue && (mention.Type is null or EntityType.Misc || (mention.Type == EntityType.Location && !Gazetteer.IsCountry(mention.Name))) &&
            FindPerson(mention.Name, people, lastSeen) is null)
        {
            return ($"{EntityType.Organization}:{mention.Name}", EntityType.Organization);
        }

        if (mention.TokenCount > 1 && mention.Type is { } known)
        {
            return known == EntityType.Person ? (PersonKey(mention.Name), known) : ($"{known}:{mention.Name}", known);
        }

        if ((mention.Type is EntityType.Person or null || mention.TokenCount == 1) && FindPerson(mention.Name, people, lastSeen) is { } person)
        {
            return (PersonKey(person), EntityType.Person);
        }

        if (mention.Type is { } single)
        {
            return single == EntityType.Person ? (PersonKey(mention.Name), single) : ($"{single}:{mention.Name}", single);
        }

        if (mention.ArticleCue && !common.Contains(mention.Name.ToLowerInvariant()))
        {
            return ($"{EntityType.Organization}:{mention.Name}", EntityType.Organization);
        }

        if (mention.FollowedBySpeech && !(mention.SentenceInitial && mention.Name.EndsWith('s')))
        {
            return (PersonKey(mention.Name), EntityType.Person);
        }

        if (mention.PlaceCue && !mention.SentenceInitial)
        {
            return ($"{EntityType.Location}:{mention.Name}", EntityType.Location);
        }

        var seen = (!mention.SentenceInitial || evidence.Contains(mention.Name)) && !common.Contains(mention.Name.ToLowerInvariant());
        return seen ? ($"Misc:{mention.Name}", EntityType.Misc) : (null, EntityType.Misc);
    }

    /// <summary>Words the text also uses in lower case ("international", "dream"): evidence a capitalised run is not a name.</summary>
    private static HashSet<string> CommonWords(List<string> sentences)
    {
        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in Tokenize(sentence))
            {
                if (char.IsLower(token.Text[0]))
                {
                    common.Add(token.Text);
                }
            }
        }

        return common;
    }

    /// <summary>A multi-word "person" without title or honorific must not contain common words or places.</summary>
    private static bool LooksLikeName(Mention mention, HashSet<string> common)
    {
        if (mention.Type != EntityType.Person || mention.TokenCount < 2 || mention.Role is not null || mention.Surface != mention.Name ||
            EntityLexicon.GivenNames.Contains(mention.Name.Split(' ')[0]))
        {
            return true;
        }

        return !mention.Name.Split(' ').Where(w => !EntityLexicon.Connectors.Contains(w)).Any(w =>
            common.Contains(w.ToLowerInvariant()) || Gazetteer.IsLocation(w) || Gazetteer.Demonyms.ContainsKey(w) || EntityLexicon.OrganizationTails.Contains(w));
    }

    private static string PersonKey(string name) => $"Person:{name}";

    /// <summary>The full name a bare "Kishida" or "Boris" refers to; the most recently mentioned wins.</summary>
    private static string? FindPerson(string word, List<string> people, Dictionary<string, int> lastSeen)
    {
        string? best = null;
        var bestSeen = int.MinValue;
        foreach (var person in people)
        {
            var parts = person.Split(' ');
            if (!parts[^1].Equals(word, StringComparison.OrdinalIgnoreCase) && !parts[0].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var seen = lastSeen.GetValueOrDefault(PersonKey(person), -1);
            if (best is null || seen > bestSeen)
            {
                best = person;
                bestSeen = seen;
            }
        }

        return best;
    }

    private static StoryEntity ToEntity(string key, List<Mention> mentions, List<string> sentences)
    {
        var type = mentions[0].Type ?? EntityType.Misc;
        var name = type == EntityType.Person
            ? key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]
            : mentions.Select(m => m.Name).OrderByDescending(n => n.Length).First();
        var aliases = mentions
            .SelectMany(m => new[] { m.Name, m.Surface })
            .Where(a => !a.Equals(name, StringComparison.OrdinalIgnoreCase) && a.Length < 60)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var withRole = type == EntityType.Person ? mentions.FirstOrDefault(m => m.Role is not null) : null;
        return new StoryEntity(
            name,
            type,
            aliases,
            withRole?.Role,
            withRole is null ? null : sentences[withRole.Sentence],
            sentences[mentions[0].Sentence],
            mentions.Count);
    }
}
