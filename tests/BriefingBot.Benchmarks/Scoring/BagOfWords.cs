namespace BriefingBot.Benchmarks.Scoring;

/// <summary>Word-multiset F1 between an output text and an expected text (lower-cased, letters and digits only).</summary>
internal static class BagOfWords
{
    public static RougeScore Compare(string output, string expected)
    {
        var counts = Count(output);
        var expectedCounts = Count(expected);
        var hits = counts.Sum(pair => Math.Min(pair.Value, expectedCounts.GetValueOrDefault(pair.Key)));
        return RougeScore.Of(hits, counts.Values.Sum(), expectedCounts.Values.Sum());
    }

    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in text.ToLowerInvariant().Split(c => !char.IsLetterOrDigit(c)))
        {
            if (word.Length > 0)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }

    private static string[] Split(this string text, Func<char, bool> separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || separator(text[i]))
            {
                if (i > start)
                {
                    parts.Add(text[start..i]);
                }

                start = i + 1;
            }
        }

        return [.. parts];
    }
}
