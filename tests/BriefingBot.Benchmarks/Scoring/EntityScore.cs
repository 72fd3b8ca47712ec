namespace BriefingBot.Benchmarks.Scoring;

/// <summary>Exact-span entity precision, recall and F1 per type and micro-averaged (conlleval): a predicted chunk counts
/// only when a gold chunk has the same first token, last token and type.</summary>
internal sealed class EntityScore
{
    private readonly Dictionary<string, Counts> _byType = new(StringComparer.Ordinal);

    public Counts Overall { get; } = new();

    public IEnumerable<string> Types => _byType.Keys.Order(StringComparer.Ordinal);

    public Counts Of(string type) => _byType.GetValueOrDefault(type) ?? new Counts();

    public void Add(IReadOnlyList<Chunk> gold, IReadOnlyList<Chunk> predicted)
    {
        var goldSet = gold.ToHashSet();
        foreach (var chunk in gold)
        {
            Count(chunk.Type).Gold++;
            Overall.Gold++;
        }

        foreach (var chunk in predicted)
        {
            var counts = Count(chunk.Type);
            counts.Predicted++;
            Overall.Predicted++;
            if (goldSet.Contains(chunk))
            {
                counts.Correct++;
                Overall.Correct++;
            }
        }
    }

    private Counts Count(string type)
    {
        if (!_byType.TryGetValue(type, out var counts))
        {
            _byType[type] = counts = new Counts();
        }

        return counts;
    }

    internal sealed class Counts
    {
        public int Correct { get; set; }

        public int Predicted { get; set; }

        public int Gold { get; set; }

        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
