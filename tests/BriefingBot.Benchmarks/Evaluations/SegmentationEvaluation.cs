using BriefingBot.Benchmarks.Scoring;
using BriefingBot.Core.Text;

namespace BriefingBot.Benchmarks.Evaluations;

/// <summary>
/// The <c>segmentation</c> command: bbc-100 articles are one sentence per line; the lines of a paragraph are joined with
/// a space (paragraphs with a blank line) and the splitter must find the line ends again.
/// </summary>
internal static class SegmentationEvaluation
{
    public static void Run()
    {
        var root = EvalData.Path("summarization", "bbc-100");
        if (EvalData.Missing(root, "segmentation on bbc-100") || root is null)
        {
            return;
        }

        var score = new BoundaryScore();
        var misses = new List<string>();
        foreach (var item in SummaryData.Bbc(root))
        {
            var (text, gold) = Join(item.Text);
            var predicted = SentenceSplitter.SplitSpans(text).Select(span => span.End).Where(end => end < text.TrimEnd().Length).ToHashSet();
            score.Add(predicted, gold);
            misses.AddRange(gold.Except(predicted).Take(2).Select(end => "missed: ..." + Around(text, end)));
            misses.AddRange(predicted.Except(gold).Take(2).Select(end => "extra:  ..." + Around(text, end)));
        }

        var table = new Table("splitter", "precision", "recall", "F1", "boundaries");
        table.Add("BriefingBot SentenceSplitter", score.Precision * 100, score.Recall * 100, score.F1 * 100, score.Gold);
        table.Print("bbc-100 sentence boundaries");
        foreach (var miss in misses.Take(25))
        {
            Console.WriteLine(miss);
        }
    }

    /// <summary>The article as running text, and the offsets where its sentences end (the last one excluded).</summary>
    private static (string Text, HashSet<int> Gold) Join(string body)
    {
        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = new System.Text.StringBuilder();
        var gold = new HashSet<int>();
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
            {
                gold.Add(text.Length);
                text.Append("\n\n");
            }

            var lines = paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    gold.Add(text.Length);
                    text.Append(' ');
                }

                text.Append(lines[i]);
            }
        }

        return (text.ToString(), gold);
    }

    private static string Around(string text, int offset)
    {
        var start = Math.Max(0, offset - 50);
        var end = Math.Min(text.Length, offset + 30);
        return text[start..offset] + " | " + text[offset..end].ReplaceLineEndings(" ");
    }
}
