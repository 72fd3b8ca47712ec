using BriefingBot.Core.People;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Clustering;

/// <summary>
/// What clustering compares, computed once per report: the stemmed content words of the headline (counted twice) and
/// of the lead (the first <see cref="LeadWords"/> content words of the text), and the keys of the entities the story
/// mentions most (full names, and surnames of people, lower-case).
/// </summary>
public sealed class StoryFingerprint
{
    /// <summary>Content words of the text that count: the lead carries the event; later paragraphs drift to background.</summary>
    public const int LeadWords = 80;

    /// <summary>Entities that count, most mentioned first.</summary>
    public const int MaxEntities = 10;

    private const int LeadCharacters = 2500;

    private StoryFingerprint(Dictionary<string, double> terms, HashSet<string> entities)
    {
        Terms = terms;
        Entities = entities;
    }

    /// <summary>Stem to weight (count, headline words twice).</summary>
    public IReadOnlyDictionary<string, double> Terms { get; }

    /// <summary>Lower-case entity keys.</summary>
    public IReadOnlySet<string> Entities { get; }

    public static StoryFingerprint Create(string title, string text, IReadOnlyList<StoryEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var stem in Words.ContentStems(title).Where(Counts))
        {
            terms[stem] = terms.GetValueOrDefault(stem) + 2;
        }

        var lead = text.Length <= LeadCharacters ? text : text[..LeadCharacters];
        foreach (var stem in Words.ContentStems(lead).Where(Counts).Take(LeadWords))
        {
            terms[stem] = terms.GetValueOrDefault(stem) + 1;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities.Where(e => e.Type != EntityType.Misc).OrderByDescending(e => e.Mentions).Take(MaxEntities))
        {
            var name = entity.Name.Trim().ToLowerInvariant();
            if (name.Length < 2)
            {
                continue;
            }

            keys.Add(name);
            var last = name.LastIndexOf(' ');
            if (entity.Type == EntityType.Person && last > 0 && name.Length - last > 3)
            {
                keys.Add(name[(last + 1)..]);
            }
        }

        return new StoryFingerprint(terms, keys);
    }

    /// <summary>Words of three or more characters; numbers only from three digits ("2026", "450"), small ones say little.</summary>
    private static bool Counts(string stem) => stem.Length >= 3;
}
