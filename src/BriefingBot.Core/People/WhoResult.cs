namespace BriefingBot.Core.People;

/// <summary>What a "/who" look-up found: one entity, several candidates, or nothing (with suggestions).</summary>
public abstract record WhoResult
{
    private WhoResult()
    {
    }

    public sealed record Found(EntityProfile Profile) : WhoResult;

    public sealed record Ambiguous(string Query, IReadOnlyList<EntityCandidate> Candidates) : WhoResult;

    public sealed record Unknown(string Query, IReadOnlyList<string> Suggestions) : WhoResult;
}
