namespace BriefingBot.Core.Digests;

/// <summary>Extractive summariser: returns sentences copied verbatim from the text, in their original order.</summary>
public interface ISummarizer
{
    IReadOnlyList<string> Summarize(string title, string text, SummaryBudget budget);
}
