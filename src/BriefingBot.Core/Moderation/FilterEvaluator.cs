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
    private readonly Dictionary<string, FilterDecision> _deniedSources = new(StringComparer.OrdinalIgnoreCase);
    private readonly FilterDecision _missingInclude;

    private static readonly FilterDecision NotAllowed = new(false, "no allowed source reported it", null);
    private static readonly FilterDecision NoRuleExcludes = new(true, "no rule excludes it", null);

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
                    _deniedSources.TryAdd(value, new FilterDecision(false, $"source '{value}' is denied", rule));
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
        _missingInclude = new FilterDecision(false, kinds.Count switch
        {
            0 => string.Empty,
            1 => $"no included {kinds[0]} matched",
            _ => $"no included {string.Join(", ", kinds.SkipLast(1))} or {kinds[^1]} matched",
        }, null);
    }

    public ChatFilter Filter { get; }

    /// <summary>Decides one story. Allocation-free: decisions are made once per rule, at construction.</summary>
    public FilterDecision Evaluate(FilterSubject story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (_deniedSources.Count > 0 && AllDenied(story.Sources) is { } denied)
        {
            return denied;
        }

        if (_allowedSources.Count > 0 && !AnyAllowed(story.Sources))
        {
            return NotAllowed;
        }

        foreach (var matcher in _exclude)
        {
            if (matcher.Matches(story))
            {
                return matcher.Decision;
            }
        }

        if (_include.Count == 0)
        {
            return NoRuleExcludes;
        }

        foreach (var matcher in _include)
        {
            if (matcher.Matches(story))
            {
                return matcher.Decision;
            }
        }

        return _missingInclude;
    }

    /// <summary>The decision of the first source's deny rule when every source of the story is denied, else null.</summary>
    private FilterDecision? AllDenied(IReadOnlyList<string> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        for (var i = 1; i < sources.Count; i++)
        {
            if (!_deniedSources.ContainsKey(sources[i]))
            {
                return null;
            }
        }

        return _deniedSources.GetValueOrDefault(sources[0]);
    }

    private bool AnyAllowed(IReadOnlyList<string> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (_allowedSources.Contains(sources[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One topic, keyword or pattern rule, ready to test.</summary>
    private sealed record Matcher(FilterRule Rule, int Order, Func<FilterSubject, bool> Matches)
    {
        public FilterDecision Decision { get; } =
            new(Rule.IsInclude, $"{(Rule.IsInclude ? "included" : "excluded")} by {Rule.Subject} '{Rule.Value.Trim()}'", Rule);

        public static Matcher Create(FilterRule rule, string value, FilterLimits limits, Func<string, string?>? resolveTopic)
        {
            switch (rule.Subject)
            {
                case "topic":
                    var topic = resolveTopic?.Invoke(value) ?? value;
                    return new Matcher(rule, 0, s => HasTopic(s.Topics, topic));
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
                    return new Matcher(rule, 3, s => s.Matches(regex));
            }
        }

        private static bool HasTopic(IReadOnlyList<string> topics, string topic)
        {
            for (var i = 0; i < topics.Count; i++)
            {
                if (string.Equals(topics[i], topic, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
