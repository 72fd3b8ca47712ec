using BriefingBot.Core.Stories;

namespace BriefingBot.Core.People;

/// <summary>
/// Answers "/who NAME" from stored stories: groups the stories' entities, matches the query by full name,
/// alias, surname or a close spelling, and reports the most recent role, recent stories and companions.
/// Pure: no I/O, no clock. The grouping is done once per set of stories (<see cref="WhoIndex"/>); a look-up reads only
/// the groups its query can match.
/// </summary>
public sealed partial class WhoService : IWhoService
{
    private const double FuzzyThreshold = 0.92;
    private const double SuggestionThreshold = 0.72;
    private const double ComparableMargin = 0.02;

    public WhoResult Lookup(string query, IReadOnlyList<Story> stories, int maxStories = 5) =>
        Lookup(query, WhoIndex.Build(stories), maxStories);

    public WhoResult Lookup(string query, WhoIndex index, int maxStories = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(index);
        var normalised = NameMatching.Normalise(query);
        if (normalised.Length == 0 || index.EntityCount == 0)
        {
            return new WhoResult.Unknown(query, []);
        }

        var strong = Scored(normalised, index.ExactCandidates(normalised)).Where(x => x.Score >= 2).ToList();
        if (strong.Count == 0)
        {
            strong = Scored(normalised, index.SimilarCandidates(normalised, FuzzyThreshold)).Where(x => x.Score - 1 >= FuzzyThreshold).ToList();
        }

        if (strong.Count == 0)
        {
            return new WhoResult.Unknown(query, Suggestions(normalised, index));
        }

        var best = strong.Max(x => x.Score);
        var tier = strong
            .Where(x => best >= 2 ? Math.Floor(x.Score) == Math.Floor(best) : best - x.Score <= ComparableMargin)
            .Select(x => x.Group)
            .ToList();
        if (tier.Count == 1)
        {
            return new WhoResult.Found(Profile(tier[0], index, maxStories));
        }

        var candidates = tier
            .OrderByDescending(g => g.StoryCount)
            .ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new EntityCandidate(g.Name, g.Type, g.Newest.FirstOrDefault(h => h.Entity.Role is not null)?.Entity.Role, g.StoryCount))
            .ToList();
        return new WhoResult.Ambiguous(query, candidates);
    }

    private static IEnumerable<(EntityGroup Group, double Score)> Scored(string normalised, IEnumerable<EntityGroup> groups) =>
        groups.Select(g => (Group: g, Score: NameMatching.Score(normalised, g.Key, g.Forms)));

    private static List<string> Suggestions(string normalised, WhoIndex index) =>
        index.SimilarCandidates(normalised, SuggestionThreshold)
            .Select(g => (g.Name, Similarity: NameMatching.Similarity(normalised, g.Forms)))
            .Where(x => x.Similarity >= SuggestionThreshold)
            .OrderByDescending(x => x.Similarity)
            .ThenBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .Select(x => x.Name)
            .ToList();
}
