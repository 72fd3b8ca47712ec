using BriefingBot.Benchmarks.Scoring;

namespace BriefingBot.Benchmarks.Tests;

/// <summary>ROUGE on cases small enough to count by hand.</summary>
public sealed class RougeTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Score_OneWordDifferent_CountsUnigramsBigramsAndLcs()
    {
        // the cat sat on the mat / the cat was on the mat: 5 of 6 unigrams, 3 of 5 bigrams, LCS "the cat on the mat".
        var (r1, r2, rl) = Rouge.Score(["the cat sat on the mat"], ["the cat was on the mat"]);

        Assert.Equal(5.0 / 6, r1.F1, Tolerance);
        Assert.Equal(3.0 / 5, r2.F1, Tolerance);
        Assert.Equal(5.0 / 6, rl.F1, Tolerance);
    }

    [Fact]
    public void Score_RepeatedWord_ClippedToReferenceCount()
    {
        // "the the the" against "the cat": one "the" matches; P = 1/3, R = 1/2.
        var (r1, _, _) = Rouge.Score(["the the the"], ["the cat"]);

        Assert.Equal(1.0 / 3, r1.Precision, Tolerance);
        Assert.Equal(1.0 / 2, r1.Recall, Tolerance);
        Assert.Equal(0.4, r1.F1, Tolerance);
    }

    [Fact]
    public void Score_SummaryLevelLcs_UnionOverCandidateSentences()
    {
        // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
        // Union LCS = w1 w2 w3 w5: R = 4/5, P = 4/10, F = 0.5333...
        var (_, _, rl) = Rouge.Score(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], ["w1 w2 w3 w4 w5"]);

        Assert.Equal(4.0 / 5, rl.Recall, Tolerance);
        Assert.Equal(4.0 / 10, rl.Precision, Tolerance);
        Assert.Equal(2 * 0.8 * 0.4 / 1.2, rl.F1, Tolerance);
    }

    [Fact]
    public void Score_SentenceOrderSwapped_LsumPerfectWhereJoinedLcsIsNot()
    {
        var (_, _, rl) = Rouge.Score(["w4 w5 w6", "w1 w2 w3"], ["w1 w2 w3", "w4 w5 w6"]);

        Assert.Equal(1.0, rl.F1, Tolerance);
        Assert.Equal(3, Rouge.LcsIndices(["w1", "w2", "w3", "w4", "w5", "w6"], ["w4", "w5", "w6", "w1", "w2", "w3"]).Count);
    }

    [Fact]
    public void Score_NoOverlapOrEmpty_Zero()
    {
        Assert.Equal(0, Rouge.Score(["alpha"], ["omega"]).Rouge1.F1);
        Assert.Equal(0, Rouge.Score([], ["omega"]).RougeL.F1);
    }

    [Fact]
    public void Tokenize_PunctuationCaseAndStems_AsRouge155()
    {
        Assert.Equal(["u", "s", "base", "firm", "s", "run", "dog", "cat"], RougeTokenizer.Tokenize("U.S.-based firm's Running dogs, cats!"));
    }

    [Fact]
    public void Score_InflectedForms_MatchAfterStemming()
    {
        var (r1, _, _) = Rouge.Score(["Ministers were meeting"], ["minister meets"]);

        Assert.Equal(2.0 / 3, r1.Precision, Tolerance);
        Assert.Equal(1.0, r1.Recall, Tolerance);
    }
}
