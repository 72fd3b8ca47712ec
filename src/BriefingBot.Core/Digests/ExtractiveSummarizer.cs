using BriefingBot.Core.Text;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Unsupervised extractive summariser for news: scores sentences by position (lead bias, stronger in long articles,
/// where the lead is the editor's summary, weaker in short ones, where nearly every sentence carries the story),
/// centrality (TF-IDF cosine to the whole story, LexRank and TextRank over the sentence graph) and overlap with the headline,
/// discounts sentences that do not stand alone, then picks greedily with maximal marginal relevance inside the sentence and character budget.
/// The chosen sentences are returned verbatim, in their original order.
/// </summary>
public sealed partial class ExtractiveSummarizer : ISummarizer
{
    private const double PositionWeight = 0.5;
    private const double CentralityWeight = 0.3;
    private const double TitleWeight = 0.2;
    private const double Lambda = 0.85;

    /// <summary>Share of TextRank (word overlap) in the centrality; the rest is TF-IDF cosine and LexRank.</summary>
    private const double OverlapShare = 0.3;

    /// <summary>Stand-alone sentences of an article at which the position weight is <see cref="PositionWeight"/>; it scales with the count (x0.25-x4).</summary>
    private const int TypicalSentences = 20;

    public IReadOnlyList<string> Summarize(string title, string text, SummaryBudget budget)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(budget);
        var spans = SentenceSplitter.SplitSpans(text);
        if (spans.Count == 0 || budget.MaxSentences <= 0)
        {
            return [];
        }

        var sentences = spans.Select(s => s.Of(text)).ToArray();
        var candidates = Analyse(title, sentences);
        var chosen = Select(candidates, budget);
        chosen.Sort();
        return chosen.Select(i => sentences[i]).ToArray();
    }

    private static List<int> Select(Candidate[] candidates, SummaryBudget budget)
    {
        var chosen = new List<int>();
        var used = 0;
        while (chosen.Count < budget.MaxSentences)
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            foreach (var candidate in candidates)
            {
                if (chosen.Contains(candidate.Index) || candidate.Excluded)
                {
                    continue;
                }

                var length = candidate.Text.Length + (chosen.Count > 0 ? 1 : 0);
                if (used + length > budget.MaxCharacters)
                {
                    continue;
                }

                var value = Marginal(candidate, candidates, chosen);
                if (value > bestValue)
                {
                    bestValue = value;
                    best = candidate.Index;
                }
            }

            if (best < 0 || (chosen.Count > 0 && candidates[best].Weak))
            {
                break;
            }

            used += candidates[best].Text.Length + (chosen.Count > 0 ? 1 : 0);
            chosen.Add(best);
        }

        if (chosen.Count == 0)
        {
            chosen.Add(ShortestGood(candidates));
        }

        return chosen;
    }

    /// <summary>MMR value; a dangling opener costs less when the sentence before it is already chosen.</summary>
    private static double Marginal(Candidate candidate, Candidate[] candidates, List<int> chosen)
    {
        var score = candidate.Score;
        if (candidate.Dangling && !chosen.Contains(candidate.Index - 1))
        {
            score *= 0.45;
        }

        var redundancy = 0.0;
        foreach (var index in chosen)
        {
            redundancy = Math.Max(redundancy, Cosine(candidate.Vector, candidate.Norm, candidates[index].Vector, candidates[index].Norm));
        }

        return (Lambda * score) - ((1 - Lambda) * redundancy);
    }

    private static int ShortestGood(Candidate[] candidates)
    {
        var pool = candidates.Where(c => !c.Excluded && !c.Weak && !c.Dangling).ToList();
        if (pool.Count == 0)
        {
            pool = candidates.Where(c => !c.Excluded).ToList();
        }

        if (pool.Count == 0)
        {
            pool = [.. candidates];
        }

        return pool.OrderBy(c => c.Text.Length).ThenByDescending(c => c.Score).First().Index;
    }
}
