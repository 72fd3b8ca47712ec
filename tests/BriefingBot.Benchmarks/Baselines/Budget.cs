namespace BriefingBot.Benchmarks.Baselines;

/// <summary>Fits a baseline's sentences, best first, into a sentence and character budget.</summary>
internal static class Budget
{
    /// <summary>
    /// The sentences of <paramref name="preferred"/> (indices into <paramref name="sentences"/>, best first) taken while
    /// they fit, a sentence that does not fit passed over, at most <paramref name="count"/>; in their original order.
    /// </summary>
    public static List<string> Fit(IReadOnlyList<string> sentences, IEnumerable<int> preferred, int count, int maxCharacters)
    {
        var chosen = new List<int>();
        var used = 0;
        foreach (var index in preferred)
        {
            if (chosen.Count == count)
            {
                break;
            }

            var length = sentences[index].Length + (chosen.Count > 0 ? 1 : 0);
            if (used + length <= maxCharacters)
            {
                chosen.Add(index);
                used += length;
            }
        }

        return chosen.Order().Select(i => sentences[i]).ToList();
    }
}
