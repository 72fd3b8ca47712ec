using BriefingBot.Core.Text;

namespace BriefingBot.Benchmarks.Baselines;

/// <summary>LEAD-k: the first k sentences of the article, split by the project's splitter like every other system.</summary>
internal static class LeadBaseline
{
    public static IReadOnlyList<string> Summarize(string text, int sentences) =>
        SentenceSplitter.SplitSpans(text).Take(sentences).Select(span => span.Of(text)).ToList();
}
