namespace BriefingBot.Benchmarks.Scoring;

/// <summary>
/// ROUGE-1, ROUGE-2 and summary-level ROUGE-L ("ROUGE-Lsum") with ROUGE-1.5.5 conventions, written after the
/// published definitions (Lin 2004) and the widely used re-implementation's summary-level LCS: for every reference
/// sentence, the union of its LCS with each candidate sentence, each token counted at most as often as it occurs.
/// </summary>
internal static class Rouge
{
    public static (RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL) Score(
        IReadOnlyList<string> candidateSentences, IReadOnlyList<string> referenceSentences)
    {
        var candidate = candidateSentences.Select(RougeTokenizer.Tokenize).Where(s => s.Count > 0).ToList();
        var reference = referenceSentences.Select(RougeTokenizer.Tokenize).Where(s => s.Count > 0).ToList();
        var flatCandidate = candidate.SelectMany(s => s).ToList();
        var flatReference = reference.SelectMany(s => s).ToList();
        return (NGram(flatCandidate, flatReference, 1), NGram(flatCandidate, flatReference, 2), SummaryLcs(candidate, reference));
    }

    public static RougeScore NGram(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        var candidateGrams = Grams(candidate, n);
        var referenceGrams = Grams(reference, n);
        var hits = 0;
        foreach (var (gram, count) in candidateGrams)
        {
            if (referenceGrams.TryGetValue(gram, out var referenceCount))
            {
                hits += Math.Min(count, referenceCount);
            }
        }

        return RougeScore.Of(hits, candidateGrams.Values.Sum(), referenceGrams.Values.Sum());
    }

    public static RougeScore SummaryLcs(IReadOnlyList<List<string>> candidate, IReadOnlyList<List<string>> reference)
    {
        var candidateCounts = Counts(candidate.SelectMany(s => s));
        var referenceCounts = Counts(reference.SelectMany(s => s));
        var hits = 0;
        foreach (var sentence in reference)
        {
            var union = new SortedSet<int>();
            foreach (var other in candidate)
            {
                union.UnionWith(LcsIndices(sentence, other));
            }

            foreach (var index in union)
            {
                var token = sentence[index];
                if (candidateCounts.GetValueOrDefault(token) > 0 && referenceCounts.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    candidateCounts[token]--;
                    referenceCounts[token]--;
                }
            }
        }

        return RougeScore.Of(hits, candidate.Sum(s => s.Count), reference.Sum(s => s.Count));
    }

    /// <summary>Indices in <paramref name="reference"/> of one longest common subsequence with <paramref name="candidate"/>.</summary>
    public static List<int> LcsIndices(IReadOnlyList<string> reference, IReadOnlyList<string> candidate)
    {
        var rows = reference.Count;
        var columns = candidate.Count;
        var table = new int[rows + 1, columns + 1];
        for (var i = 1; i <= rows; i++)
        {
            for (var j = 1; j <= columns; j++)
            {
                table[i, j] = string.Equals(reference[i - 1], candidate[j - 1], StringComparison.Ordinal)
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        var indices = new List<int>();
        for (int i = rows, j = columns; i > 0 && j > 0;)
        {
            if (string.Equals(reference[i - 1], candidate[j - 1], StringComparison.Ordinal))
            {
                indices.Add(i - 1);
                i--;
                j--;
            }
            else if (table[i - 1, j] >= table[i, j - 1])
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        indices.Reverse();
        return indices;
    }

    private static Dictionary<string, int> Grams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    private static Dictionary<string, int> Counts(IEnumerable<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }
}
