namespace BriefingBot.Benchmarks.Scoring;

/// <summary>Precision, recall and F1 of one ROUGE variant for one summary.</summary>
internal readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    public static RougeScore Of(int hits, int candidateCount, int referenceCount)
    {
        var precision = candidateCount == 0 ? 0 : (double)hits / candidateCount;
        var recall = referenceCount == 0 ? 0 : (double)hits / referenceCount;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new RougeScore(precision, recall, f1);
    }
}
