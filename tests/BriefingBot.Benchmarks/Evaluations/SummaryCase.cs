namespace BriefingBot.Benchmarks.Evaluations;

/// <summary>One article with its reference summary sentences and any published systems' summaries.</summary>
internal sealed record SummaryCase(
    string Id,
    string Title,
    string Text,
    IReadOnlyList<string> Reference,
    IReadOnlyDictionary<string, string> Systems);
