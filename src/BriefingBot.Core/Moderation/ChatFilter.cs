namespace BriefingBot.Core.Moderation;

/// <summary>
/// A chat's filter: an ordered list of rules (numbered from 1 in "/filter list"). Empty lets every story through.
/// Build and check rules with <see cref="FilterRuleValidator"/>; evaluate with <see cref="FilterEvaluator"/>.
/// </summary>
public sealed record ChatFilter(IReadOnlyList<FilterRule> Rules)
{
    public static ChatFilter Empty { get; } = new([]);

    public ChatFilter With(FilterRule rule) => new([.. Rules, rule]);

    /// <summary>The filter without rule <paramref name="number"/> (1-based), or null when there is no such rule.</summary>
    public ChatFilter? Without(int number) =>
        number >= 1 && number <= Rules.Count ? new ChatFilter(Rules.Where((_, i) => i != number - 1).ToList()) : null;

    public IEnumerable<FilterRule> Of(FilterRuleKind kind) => Rules.Where(r => r.Kind == kind);
}
