namespace BriefingBot.Core.Digests;

/// <summary>How long a digest may be.</summary>
public sealed record SummaryBudget(int MaxSentences, int MaxCharacters)
{
    /// <summary>The briefing blurb: at most 3 sentences, about 400 characters.</summary>
    public static SummaryBudget Briefing { get; } = new(3, 400);

    /// <summary>The "/story N" digest.</summary>
    public static SummaryBudget Story { get; } = new(8, 1400);
}
