namespace BriefingBot.Core.Text;

/// <summary>PageRank over a weighted graph given as a square matrix (weights[from, to]); used to rank sentences.</summary>
public static class PageRank
{
    /// <summary>The PageRank of every node after <paramref name="iterations"/> power iterations.</summary>
    public static double[] Rank(double[,] weights, double damping = 0.85, int iterations = 30)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var n = weights.GetLength(0);
        var outSum = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                outSum[i] += weights[i, j];
            }
        }

        var scores = Enumerable.Repeat(1.0, n).ToArray();
        for (var iteration = 0; iteration < iterations; iteration++)
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

                next[i] = (1 - damping) + (damping * sum);
            }

            scores = next;
        }

        return scores;
    }
}
