namespace BriefingBot.Core.Moderation;

/// <summary>
/// A chat's filter compiled once (terms normalised, patterns compiled) and applied to many stories. Order of
/// decision: denied or not-allowed source, excluded topic, excluded keyword, excluded pattern; then, when the
/// filter has include rules, the story must match one of them. Pure and thread-safe.
/// </summary>
public sealed class FilterEvaluator
{
    private readonly List<Matcher> _exclude = [];
    private readonly List<Matcher> _include = [];
    private readonly HashSet<string> _allowedSources = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FilterRule> _deniedSources = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _missingInclude;

    /// <param name="filter">The chat's rules.</param>
    /// <param name="limits">Limits the rules must keep (pattern timeout included).</param>
    /// <param name="resolveTopic">Maps a topic alias to the taxonomy's name ("tech" -> "technology"); null keeps names as written.</param>
    /// <exception cref="ArgumentException">A rule is invalid; the message is the validator's sentence.</exception>
    public FilterEvaluator(ChatFilter filter, FilterLimits limits, Func<string, string?>? resolveTopic = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(limits);
        Filter = filter;
        foreach (var rule in filter.Rules)
        {
            if (FilterRuleValidator.CheckRule(rule, limits) is { } error)
            {
                throw new ArgumentException(error, nameof(filter));
            }

            var value = rule.Value.Trim();
            switch (rule.Kind)
            {
                case FilterRuleKind.AllowSource:
                    _allowedSources.Add(value);
                    break;
                case FilterRuleKind.DenySource:
                    _deniedSources.TryAdd(value, rule);
                    break;
                default:
                    (rule.IsInclude ? _include : _exclude).Add(Matcher.Create(rule, value, limits, resolveTopic));
                    break;
            }
        }

        // Topics first: the cheapest checks decide most stories.
        _exclude.Sort((a, b) => a.Order.CompareTo(b.Order));
        _include.Sort((a, b) => a.Order.CompareTo(b.Order));
        var kinds = _include.Select(m => m.Rule.Subject).Distinct().ToList();
        _missingInclude = kinds.Count switch
        {
            0 => string.Empty,
            1 => $"no included {kinds[0]} matched",
            _ => $"no included {string.Join(", ", kinds.SkipLast(1))} or {kinds[^1]} matched",
        };
    }

    public ChatFilter Filter { get; }

    public FilterDecision Evaluate(FilterSubject story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (story.Sources.Count > 0 && story.Sources.All(_deniedSources.ContainsKey))
        {
            return new FilterDecision(false, $"source '{story.Sources[0]}' is denied", _deniedSources[story.Sources[0]]);
        }

        if (_allowedSources.Count > 0 && !story.Sources.Any(_allowedSources.Contains))
        {
            var source = story.Sources.Count > 0 ? $"source '{story.Sources[0]}'" : "the story's source";
            return new FilterDecision(false, $"{source} is not among the allowed sources", null);
        }

        foreach (var matcher in _exclude)
        {
            if (matcher.Matches(story))
            {
                return new FilterDecision(false, $"excluded by {matcher.Rule.Subject} '{matcher.Rule.Value.Trim()}'", matcher.Rule);
            }
        }

        if (_include.Count == 0)
        {
            return new FilterDecision(true, "no rule excludes it", null);
        }

        foreach (var matcher in _include)
        {
            if (matcher.Matches(story))
            {
                return new FilterDecision(true, $"included by {matcher.Rule.Subject} '{matcher.Rule.Value.Trim()}'", matcher.Rule);
            }
        }

        return new FilterDecision(false, _missingInclude, null);
    }

    /// <summary>One topic, keyword or pattern rule, ready to test.</summary>
    private sealed record Matcher(FilterRule Rule, int Order, Func<FilterSubject, bool> Matches)
    {
        public static Matcher Create(FilterRule rule, string value, FilterLimits limits, Func<string, string?>? resolveTopic)
        {
            switch (rule.Subject)
            {
                case "topic":
                    var topic = resolveTopic?.Invoke(value) ?? value;
                    return new Matcher(rule, 0, s => s.Topics.Contains(topic, StringComparer.OrdinalIgnoreCase));
                case "keyword":
                    var term = FilterText.Normalize(value).Trim();
                    var words = FilterText.Tokens(term).ToList();
                    var first = words[0];
                    if (words.Count == 1 && first == term && !first.Any(FilterText.IsUnspaced))
                    {
                        return new Matcher(rule, 1, s => s.Words.Contains(term));
                    }

                    var quick = !first.Any(FilterText.IsUnspaced);
                    return new Matcher(rule, 2, s => (!quick || s.Words.Contains(first)) && FilterText.ContainsTerm(s.Normalized, term));
                default:
                    var regex = FilterPattern.TryCompile(value, limits.MatchTimeout, out var error) ?? throw new ArgumentException(error, nameof(rule));
                    return new Matcher(rule, 3, s => FilterPattern.IsMatch(regex, s.Raw));
            }
        }
    }
}
