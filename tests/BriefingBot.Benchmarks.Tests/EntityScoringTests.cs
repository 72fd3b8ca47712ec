using BriefingBot.Benchmarks.Scoring;

namespace BriefingBot.Benchmarks.Tests;

public sealed class EntityScoringTests
{
    [Fact]
    public void Chunks_Iob1_IOpensChunkAndBSplitsAdjacentSameType()
    {
        // IOB1: I- opens a chunk after O; B- only splits two adjacent chunks of one type.
        string[] tags = ["I-MISC", "I-MISC", "O", "I-PER", "I-PER", "I-LOC", "B-LOC", "I-LOC"];

        var chunks = Chunks.From(tags);

        Assert.Equal([new Chunk(0, 2, "MISC"), new Chunk(3, 5, "PER"), new Chunk(5, 6, "LOC"), new Chunk(6, 8, "LOC")], chunks);
    }

    [Fact]
    public void Chunks_Iob2_BStartsEveryChunk()
    {
        string[] tags = ["B-PER", "I-PER", "B-PER", "O", "B-ORG", "I-ORG", "I-ORG"];

        Assert.Equal([new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 7, "ORG")], Chunks.From(tags));
    }

    [Fact]
    public void Chunks_TypeChangeInsideIRun_StartsNewChunk()
    {
        string[] tags = ["I-ORG", "I-LOC", "B-LOC"];

        Assert.Equal([new Chunk(0, 1, "ORG"), new Chunk(1, 2, "LOC"), new Chunk(2, 3, "LOC")], Chunks.From(tags));
    }

    [Fact]
    public void Chunks_SentenceStart_EndsChunk()
    {
        string[] tags = ["O", "I-LOC", "I-LOC", "I-LOC"];

        Assert.Equal([new Chunk(1, 2, "LOC"), new Chunk(2, 4, "LOC")], Chunks.From(tags, [0, 2]));
    }

    [Fact]
    public void EntityScore_ExactSpanAndType_OnlyExactMatchesCount()
    {
        var score = new EntityScore();
        Chunk[] gold = [new(0, 2, "PER"), new(4, 5, "LOC"), new(7, 9, "ORG")];
        Chunk[] predicted = [new(0, 2, "PER"), new(4, 5, "ORG"), new(7, 8, "ORG"), new(10, 11, "MISC")];

        score.Add(gold, predicted);

        Assert.Equal(1, score.Overall.Correct);
        Assert.Equal(0.25, score.Overall.Precision, 1e-9);
        Assert.Equal(1.0 / 3, score.Overall.Recall, 1e-9);
        Assert.Equal(1.0, score.Of("PER").F1, 1e-9);
        Assert.Equal(0, score.Of("LOC").Correct);
        Assert.Equal(2, score.Of("ORG").Predicted);
        Assert.Equal(0, score.Of("MISC").Gold);
        Assert.Equal(["LOC", "MISC", "ORG", "PER"], score.Types);
    }
}
