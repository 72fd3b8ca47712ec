using BriefingBot.Core.Text;

namespace BriefingBot.Core.Digests;

/// <summary>Sentence vectors and the two graph centralities.</summary>
public sealed partial class ExtractiveSummarizer
{
    /// <summary>
    /// LexRank-style centrality: PageRank (damping 0.85) over the sentences' TF-IDF cosine graph, scaled so the most
    /// central sentence scores 1. A sentence is central when sentences that are themselves central resemble it.
    /// </summary>
    private static double[] GraphCentrality(Dictionary<string, double>[] vectors, double[] norms)
    {
        var n = vectors.Length;
        var weights = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var norm = norms[i] * norms[j];
                weights[i, j] = weights[j, i] = norm == 0 ? 0 : Dot(vectors[i], vectors[j]) / norm;
            }
        }

        var scores = PageRank.Rank(weights);
        var max = scores.Length == 0 ? 0 : scores.Max();
        return max <= 0 ? scores : scores.Select(score => score / max).ToArray();
    }

    /// <summary>
    /// TextRank centrality (Mihalcea and Tarau 2004): PageRank over shared words (stop words included) normalised by the
    /// log lengths of both sentences, scaled so the most central sentence scores 1. Unlike the TF-IDF cosine it does not
    /// shrink a long sentence's similarity, so a long sentence that restates the story ranks high.
    /// </summary>
    private static double[] OverlapCentrality(List<string>[] tokens)
    {
        var n = tokens.Length;
        var sets = tokens.Select(words => words.ToHashSet(StringComparer.Ordinal)).ToArray();
        var weights = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (sets[i].Count >= 2 && sets[j].Count >= 2)
                {
                    var (small, large) = sets[i].Count <= sets[j].Count ? (sets[i], sets[j]) : (sets[j], sets[i]);
                    weights[i, j] = weights[j, i] = small.Count(large.Contains) / (Math.Log(sets[i].Count) + Math.Log(sets[j].Count));
                }
            }
        }

        var scores = PageRank.Rank(weights);
        var max = scores.Length == 0 ? 0 : scores.Max();
        return max <= 0 ? scores : scores.Select(score => score / max).ToArray();
    }

    private static Dictionary<string, double> Vectorise(List<string> terms, Dictionary<string, int> documentFrequency, int documents)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            vector[term] = vector.GetValueOrDefault(term) + Math.Log(1.0 + (documents / (double)documentFrequency[term]));
        }

        return vector;
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }

    private static double Cosine(Dictionary<string, double> a, double normA, Dictionary<string, double> b, double normB)
    {
        var norm = normA * normB;
        return norm == 0 ? 0 : Dot(a, b) / norm;
    }

    private static double Norm(Dictionary<string, double> vector)
    {
        var sum = 0.0;
        foreach (var weight in vector.Values)
        {
            sum += weight * weight;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Stemmed content words of a tokenised sentence (stop words removed); stems are cached per article.</summary>
    private static List<string> ContentStems(List<string> words, Dictionary<string, string> stemOf)
    {
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (StopWords.English.Contains(word))
            {
                continue;
            }

            if (!stemOf.TryGetValue(word, out var stem))
            {
                stem = Stemmer.Stem(word);
                stemOf[word] = stem;
            }

            result.Add(stem);
        }

        return result;
    }
}
