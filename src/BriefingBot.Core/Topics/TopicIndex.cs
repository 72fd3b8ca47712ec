using BriefingBot.Core.Text;

namespace BriefingBot.Core.Topics;

/// <summary>
/// The taxonomy compiled for matching: every keyword, phrase and negative cue as a stem sequence, indexed by its
/// first stem, so a story is scanned once whatever the number of rules.
/// </summary>
internal sealed class TopicIndex
{
    private readonly Dictionary<string, List<TopicTerm>> _byFirstStem = new(StringComparer.Ordinal);

    public TopicIndex(TopicTaxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        for (var topic = 0; topic < taxonomy.Topics.Count; topic++)
        {
            var definition = taxonomy.Topics[topic];
            AddAll(topic, definition.Keywords, negative: false);
            AddAll(topic, definition.Phrases, negative: false);
            AddAll(topic, definition.Negative, negative: true);
            Roles.Add(definition.Roles.Select(r => (Stems(r.Key), r.Value)).ToList());
            Names[definition.Name] = topic;
            foreach (var alias in definition.Aliases)
            {
                Names[alias.Trim()] = topic;
            }
        }
    }

    public TopicTaxonomy Taxonomy { get; }

    public int TermCount { get; private set; }

    /// <summary>Topic index by name or alias, case-insensitive.</summary>
    public Dictionary<string, int> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per topic: role cues as stems and weights.</summary>
    public List<List<(string[] Stems, double Weight)>> Roles { get; } = [];

    public static string[] Stems(string text) => Words.Tokenize(text).Select(Stemmer.Stem).ToArray();

    /// <summary>Calls <paramref name="found"/> for every term that occurs at each position of <paramref name="stems"/>.</summary>
    public void Scan(string[] stems, Action<TopicTerm> found)
    {
        for (var i = 0; i < stems.Length; i++)
        {
            if (!_byFirstStem.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var term in candidates)
            {
                if (Matches(stems, i, term.Stems))
                {
                    found(term);
                }
            }
        }
    }

    public static bool Contains(string[] haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (Matches(haystack, i, needle))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string[] stems, int start, string[] term)
    {
        if (start + term.Length > stems.Length)
        {
            return false;
        }

        for (var j = 0; j < term.Length; j++)
        {
            if (!string.Equals(stems[start + j], term[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void AddAll(int topic, IReadOnlyDictionary<string, double> terms, bool negative)
    {
        foreach (var (text, weight) in terms)
        {
            var stems = Stems(text);
            if (stems.Length == 0)
            {
                continue;
            }

            if (!_byFirstStem.TryGetValue(stems[0], out var list))
            {
                _byFirstStem[stems[0]] = list = [];
            }

            // "scientist" and "scientists" stem alike: one term, the larger weight.
            var same = list.FindIndex(t => t.Topic == topic && t.Negative == negative && t.Stems.SequenceEqual(stems));
            if (same >= 0)
            {
                list[same] = list[same] with { Weight = Math.Max(weight, list[same].Weight) };
                continue;
            }

            list.Add(new TopicTerm(topic, stems, weight, negative));
            TermCount++;
        }
    }
}
