using BriefingBot.Benchmarks.Scoring;
using BriefingBot.Core.Text;

namespace BriefingBot.Benchmarks.Baselines;

/// <summary>
/// TextRank (Mihalcea and Tarau 2004) for sentence extraction: a graph of sentences weighted by word overlap
/// normalised by log lengths, PageRank with damping 0.85, the top k sentences in their original order.
/// </summary>
internal static class TextRankBaseline
{
    private const double Damping = 0.85;

    public static IReadOnlyList<string> Summarize(string text, int count)
    {
        var sentences = SentenceSplitter.SplitSpans(text).Select(span => span.Of(text)).ToList();
        if (sentences.Count <= count)
        {
            return sentences;
        }

        var words = sentences.Select(s => RougeTokenizer.Tokenize(s).ToHashSet(StringComparer.Ordinal)).ToList();
        var n = sentences.Count;
        var weights = new double[n, n];
        var outSum = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j || words[i].Count < 2 || words[j].Count < 2)
                {
                    continue;
                }

                var overlap = words[i].Count(words[j].Contains);
                weights[i, j] = overlap / (Math.Log(words[i].Count) + Math.Log(words[j].Count));
                outSum[i] += weights[i, j];
            }
        }

        var scores = Enumerable.Repeat(1.0, n).ToArray();
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    if (outSum[j] > 0)
                    {
                        sum += weights[j, i] / outSum[j] * scores[j];
                    }
                }

                next[i] = (1 - Damping) + (Damping * sum);
            }

            scores = next;
        }

        return Enumerable.Range(0, n).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(count).Order()
            .Select(i => sentences[i]).ToList();
    }
}
