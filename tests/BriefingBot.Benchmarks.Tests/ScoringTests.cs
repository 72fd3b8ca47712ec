using BriefingBot.Benchmarks.Evaluations;
using BriefingBot.Benchmarks.Scoring;

namespace BriefingBot.Benchmarks.Tests;

public sealed class ScoringTests
{
    [Fact]
    public void SegmentCheck_WithAndWithout_CountsAsTrafilatura()
    {
        var check = new SegmentCheck();

        check.Add("The  main\ntext here. Share this", with: ["main text", "missing part"], without: ["Share this", "Cookie policy"]);

        Assert.Equal(1, check.TruePositives);
        Assert.Equal(1, check.FalseNegatives);
        Assert.Equal(1, check.FalsePositives);
        Assert.Equal(1, check.TrueNegatives);
        Assert.Equal(0.5, check.F1, 1e-9);
    }

    [Fact]
    public void BoundaryScore_PartialMatch_PrecisionAndRecall()
    {
        var score = new BoundaryScore();

        score.Add(new HashSet<int> { 10, 20, 25 }, new HashSet<int> { 10, 20, 30, 40 });

        Assert.Equal(2.0 / 3, score.Precision, 1e-9);
        Assert.Equal(0.5, score.Recall, 1e-9);
    }

    [Fact]
    public void SplitTokenized_PtbStyleHighlights_OneSentenceEach()
    {
        Assert.Equal(["Gary Locke will be confirmed on Friday .", "The club went unbeaten !", "He paid tribute"],
            SummaryData.SplitTokenized("Gary Locke will be confirmed on Friday . The club went unbeaten ! He paid tribute"));
    }
}
