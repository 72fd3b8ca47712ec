using BriefingBot.Core.Text;

namespace BriefingBot.Benchmarks.Baselines;

/// <summary>LEAD-k: the first k sentences of the article, split by the project's splitter like every other system.</summary>
internal static class LeadBaseline
{
    public static IReadOnlyList<string> Summarize(string text, int sentences) =>
        SentenceSplitter.SplitSpans(text).Take(sentences).Select(span => span.Of(text)).ToList();

    /// <summary>
    /// LEAD under a character budget, for comparing at the briefing's length: the article's sentences in order, each
    /// taken when it still fits (a sentence that does not is passed over, as the summariser does), at most
    /// <paramref name="sentences"/>.
    /// </summary>
    public static IReadOnlyList<string> Summarize(string text, int sentences, int maxCharacters)
    {
        var all = SentenceSplitter.SplitSpans(text).Select(span => span.Of(text)).ToList();
        return Budget.Fit(all, Enumerable.Range(0, all.Count), sentences, maxCharacters);
    }
}
