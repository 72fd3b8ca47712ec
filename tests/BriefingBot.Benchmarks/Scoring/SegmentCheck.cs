namespace BriefingBot.Benchmarks.Scoring;

/// <summary>
/// The trafilatura evaluation's metric: a "with" segment found in the output is a true positive, missing a false
/// negative; a "without" segment found is a false positive, absent a true negative. Whitespace is normalised on both
/// sides; counts are summed over the corpus.
/// </summary>
internal sealed class SegmentCheck
{
    public int TruePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int FalsePositives { get; private set; }

    public int TrueNegatives { get; private set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + TrueNegatives + FalsePositives + FalseNegatives);

    public void Add(string output, IEnumerable<string> with, IEnumerable<string> without)
    {
        var text = Normalize(output);
        foreach (var segment in with)
        {
            if (text.Contains(Normalize(segment), StringComparison.Ordinal))
            {
                TruePositives++;
            }
            else
            {
                FalseNegatives++;
            }
        }

        foreach (var segment in without)
        {
            if (text.Contains(Normalize(segment), StringComparison.Ordinal))
            {
                FalsePositives++;
            }
            else
            {
                TrueNegatives++;
            }
        }
    }

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
