using BriefingBot.Core.Text;

namespace BriefingBot.Core.Digests;

public sealed partial class ExtractiveSummarizer
{
    /// <summary>Openers that point back to an earlier sentence ("He said...", "But...").</summary>
    private static readonly HashSet<string> DanglingOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "this", "these", "those", "that", "his", "her", "their", "its", "but",
        "however", "also", "and", "meanwhile", "yet", "so", "still", "such", "then", "instead", "moreover",
        "furthermore", "besides", "otherwise", "thus", "therefore", "hence", "nevertheless", "nonetheless",
        "there", "both", "we", "i", "or", "which", "additionally", "likewise", "similarly",
    };

    private static readonly string[] AttributionWords =
        ["said", "says", "told", "according", "asked", "added", "insisted", "warned", "explained", "wrote", "argued", "claimed", "stated"];

    private static Candidate[] Analyse(string title, string[] sentences)
    {
        var tokens = sentences.Select(Words.Tokenize).ToArray();
        var stemOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var stems = tokens.Select(words => ContentStems(words, stemOf)).ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in stems)
        {
            foreach (var term in terms.Distinct())
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var vectors = stems.Select(terms => Vectorise(terms, documentFrequency, sentences.Length)).ToArray();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, weight) in vector)
            {
                centroid[term] = centroid.GetValueOrDefault(term) + weight;
            }
        }

        var norms = vectors.Select(Norm).ToArray();
        var centroidNorm = Norm(centroid);
        var graphRank = GraphCentrality(vectors, norms);
        var overlapRank = OverlapCentrality(tokens);
        var goodSentences = tokens.Count(words => words.Count >= 6);
        var positionWeight = PositionWeight * Math.Clamp(goodSentences / (double)TypicalSentences, 0.25, 4);
        var titleStems = Words.ContentStems(title).ToHashSet(StringComparer.Ordinal);
        var normalisedTitle = string.Join(' ', Words.Tokenize(title));
        var result = new Candidate[sentences.Length];
        var rank = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            var text = sentences[i];
            var wordCount = tokens[i].Count;
            var excluded = wordCount == 0 || (normalisedTitle.Length > 0 && string.Join(' ', tokens[i]) == normalisedTitle);
            var weak = wordCount < 6 || !SentenceShape.EndsWithTerminal(text);
            var position = 1.0 / (1 + rank);
            if (!weak && !excluded)
            {
                rank++;
            }

            var titleOverlap = titleStems.Count == 0 ? 0 : stems[i].Distinct().Count(titleStems.Contains) / (double)titleStems.Count;
            var centrality = ((1 - OverlapShare) * 0.5 * (Cosine(vectors[i], norms[i], centroid, centroidNorm) + graphRank[i])) + (OverlapShare * overlapRank[i]);
            var score = (positionWeight * position) + (CentralityWeight * centrality) + (TitleWeight * titleOverlap);
            score *= Penalty(text, tokens[i], weak);
            result[i] = new Candidate(i, text, vectors[i], norms[i], score, IsDangling(tokens[i]), weak, excluded);
        }

        return result;
    }

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

    private static double Penalty(string text, List<string> words, bool weak)
    {
        var factor = weak ? 0.2 : 1.0;
        if (words.Count > 55)
        {
            factor *= 0.7;
        }

        if (IsUnattributedQuote(text, words))
        {
            factor *= 0.5;
        }

        if (text.EndsWith('?'))
        {
            factor *= 0.7;
        }

        return factor;
    }

    private static bool IsDangling(List<string> words) => words.Count > 0 && DanglingOpeners.Contains(words[0]);

    private static bool IsUnattributedQuote(string text, List<string> words)
    {
        if (text.Length == 0 || text[0] is not ('"' or '“' or '\'' or '‘'))
        {
            return false;
        }

        return !AttributionWords.Any(w => words.Contains(w));
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

    private sealed record Candidate(int Index, string Text, Dictionary<string, double> Vector, double Norm, double Score, bool Dangling, bool Weak, bool Excluded);
}
