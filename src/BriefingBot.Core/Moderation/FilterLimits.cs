namespace BriefingBot.Core.Moderation;

/// <summary>Bounds on a chat's filter, so no chat can make filtering slow or the bot's memory large.</summary>
/// <param name="MaxRules">Most rules per chat.</param>
/// <param name="MaxTermLength">Longest keyword, phrase, topic or source id, in characters.</param>
/// <param name="MaxPatternLength">Longest regular expression, in characters.</param>
/// <param name="MatchTimeout">Time limit for one regular-expression match.</param>
public sealed record FilterLimits(int MaxRules, int MaxTermLength, int MaxPatternLength, TimeSpan MatchTimeout)
{
    public static FilterLimits Default { get; } = new(50, 100, 200, TimeSpan.FromMilliseconds(100));
}
