using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Moderation;

/// <summary>Checks a rule before it joins a chat's filter: limits, duplicates, known topics, valid patterns.</summary>
public static class FilterRuleValidator
{
    /// <summary>
    /// Null when <paramref name="rule"/> may be added to <paramref name="filter"/>; otherwise one sentence for the moderator.
    /// </summary>
    /// <param name="filter">The chat's current filter.</param>
    /// <param name="rule">The rule to add.</param>
    /// <param name="limits">Count and length limits.</param>
    /// <param name="topics">When given, topic rules must name a topic (or alias) of the taxonomy.</param>
    public static string? Check(ChatFilter filter, FilterRule rule, FilterLimits limits, ITopicClassifier? topics = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(limits);
        if (filter.Rules.Count >= limits.MaxRules)
        {
            return $"This chat already has {filter.Rules.Count} filter rules, the most allowed ({limits.MaxRules}); remove one first.";
        }

        return CheckRule(rule, limits, topics)
            ?? (filter.Rules.Any(r => r.Kind == rule.Kind && string.Equals(r.Value.Trim(), rule.Value.Trim(), StringComparison.OrdinalIgnoreCase))
                ? $"The filter already has the rule {rule}."
                : null);
    }

    /// <summary>Null when <paramref name="rule"/> is well-formed and within the limits; otherwise one sentence.</summary>
    public static string? CheckRule(FilterRule rule, FilterLimits limits, ITopicClassifier? topics = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(limits);
        var value = rule.Value.Trim();
        if (value.Length == 0 || (rule.Subject == "keyword" && !FilterText.Tokens(FilterText.Normalize(value)).Any()))
        {
            return $"A {rule.Subject} rule needs a value with letters or digits.";
        }

        var limit = rule.Subject == "pattern" ? limits.MaxPatternLength : limits.MaxTermLength;
        if (value.Length > limit)
        {
            return $"A {rule.Subject} may be at most {limit} characters long; this one has {value.Length}.";
        }

        return rule.Subject switch
        {
            "pattern" => FilterPattern.TryCompile(value, limits.MatchTimeout, out var error) is null ? error : null,
            "topic" when topics is not null && topics.Resolve(value) is null =>
                $"There is no topic '{value}'. Topics: {string.Join(", ", topics.TopicNames)}.",
            _ => null,
        };
    }
}
