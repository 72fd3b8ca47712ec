namespace BriefingBot.Benchmarks.Scoring;

/// <summary>A typed run of tokens: [Start, End) token indices.</summary>
internal readonly record struct Chunk(int Start, int End, string Type);

/// <summary>
/// Token tags to chunks with the conlleval rules, so IOB1 (I- opens a chunk after O or another type; B- only between
/// adjacent chunks of one type), IOB2 (B- at every start) and IOBES all read correctly.
/// </summary>
internal static class Chunks
{
    /// <summary>The chunks of a tag sequence; no chunk crosses a sentence start (a blank line in conlleval input).</summary>
    public static List<Chunk> From(IReadOnlyList<string> tags, IReadOnlyCollection<int>? sentenceStarts = null)
    {
        var chunks = new List<Chunk>();
        var (previousTag, previousType) = ("O", "");
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            if (sentenceStarts?.Contains(i) == true)
            {
                if (start >= 0)
                {
                    chunks.Add(new Chunk(start, i, previousType));
                }

                (start, previousTag, previousType) = (-1, "O", "");
            }

            var (tag, type) = i < tags.Count ? Split(tags[i]) : ("O", "");
            if (start >= 0 && EndsChunk(previousTag, tag, previousType, type))
            {
                chunks.Add(new Chunk(start, i, previousType));
                start = -1;
            }

            if (StartsChunk(previousTag, tag, previousType, type))
            {
                start = i;
            }

            (previousTag, previousType) = (tag, type);
        }

        return chunks;
    }

    private static (string Tag, string Type) Split(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return tag == "O" || dash < 0 ? ("O", "") : (tag[..dash], tag[(dash + 1)..]);
    }

    private static bool EndsChunk(string previousTag, string tag, string previousType, string type) =>
        previousTag is "E" or "S" ||
        (previousTag is "B" or "I" && tag is "B" or "S" or "O") ||
        (previousTag != "O" && previousType != type);

    private static bool StartsChunk(string previousTag, string tag, string previousType, string type) =>
        tag is "B" or "S" ||
        (previousTag is "E" or "S" or "O" && tag is "E" or "I") ||
        (tag != "O" && previousType != type);
}
