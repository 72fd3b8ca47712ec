using BriefingBot.Benchmarks.Scoring;
using BriefingBot.Core.Text;

namespace BriefingBot.Benchmarks.Baselines;

/// <summary>
/// TextRank (Mihalcea and Tarau 2004) for sentence extraction: a graph of sentences weighted by word overlap
/// normalised by log lengths, PageRank with damping 0.85, the top k sentences in their original order (under a character
/// budget: the best-ranked that fit).
/// </summary>
internal static class TextRankBaseline
{
    private const double Damping = 0.85;

    public static IReadOnlyList<string> Summarize(string text, int count, int maxCharacters = int.MaxValue)
    {
        var sentences = SentenceSplitter.SplitSpans(text).Select(span => span.Of(text)).ToList();
        if (sentences.Count <= count && sentences.Sum(s => s.Length + 1) - 1 <= maxCharacters)
        {
            return sentences;
        }

        var words = sentences.Select(s => RougeTokenizer.Tokenize(s).ToHashSet(StringComparer.Ordinal)).ToList();
        var n = sentences.Count;
        var weights = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && words[i].Count >= 2 && words[j].Count >= 2)
                {
                    weights[i, j] = words[i].Count(words[j].Contains) / (Math.Log(words[i].Count) + Math.Log(words[j].Count));
                }
            }
        }

        var scores = PageRank.Rank(weights, Damping, iterations: 50);
        return Budget.Fit(sentences, Enumerable.Range(0, n).OrderByDescending(i => scores[i]).ThenBy(i => i), count, maxCharacters);
    }
}
