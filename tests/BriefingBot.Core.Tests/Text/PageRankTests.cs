using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public sealed class PageRankTests
{
    [Fact]
    public void Rank_Star_CentreRanksHighest()
    {
        // Node 0 is linked both ways to nodes 1, 2 and 3, which are not linked to each other.
        var weights = new double[4, 4];
        for (var leaf = 1; leaf < 4; leaf++)
        {
            weights[0, leaf] = weights[leaf, 0] = 1;
        }

        var scores = PageRank.Rank(weights);

        Assert.All(scores.Skip(1), leaf => Assert.True(scores[0] > leaf));
        Assert.Equal(scores[1], scores[3], 9);
    }

    [Fact]
    public void Rank_NoEdges_EveryNodeGetsTheTeleportShare()
    {
        var scores = PageRank.Rank(new double[3, 3], damping: 0.85);

        Assert.All(scores, score => Assert.Equal(0.15, score, 9));
    }

    [Fact]
    public void Rank_Empty_Empty() => Assert.Empty(PageRank.Rank(new double[0, 0]));
}
