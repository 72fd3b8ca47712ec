namespace BriefingBot.Benchmarks.Scoring;

/// <summary>Precision, recall and F1 of predicted sentence boundaries (character offsets) against gold ones.</summary>
internal sealed class BoundaryScore
{
    public int Hits { get; private set; }

    public int Predicted { get; private set; }

    public int Gold { get; private set; }

    public double Precision => Predicted == 0 ? 0 : (double)Hits / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Hits / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(IReadOnlySet<int> predicted, IReadOnlySet<int> gold)
    {
        Predicted += predicted.Count;
        Gold += gold.Count;
        Hits += predicted.Count(gold.Contains);
    }
}
