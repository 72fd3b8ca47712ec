namespace BriefingBot.Core.Moderation;

/// <summary>One rule of a chat's filter: "exclude keyword football", "include topic technology".</summary>
/// <param name="Kind">What the rule looks at and which way it works.</param>
/// <param name="Value">The topic name, keyword or phrase, regular expression, or source id.</param>
public sealed record FilterRule(FilterRuleKind Kind, string Value)
{
    public bool IsInclude => Kind is FilterRuleKind.IncludeTopic or FilterRuleKind.IncludeKeyword or FilterRuleKind.IncludePattern;

    /// <summary>"topic", "keyword", "pattern" or "source".</summary>
    public string Subject => Kind switch
    {
        FilterRuleKind.IncludeTopic or FilterRuleKind.ExcludeTopic => "topic",
        FilterRuleKind.IncludeKeyword or FilterRuleKind.ExcludeKeyword => "keyword",
        FilterRuleKind.IncludePattern or FilterRuleKind.ExcludePattern => "pattern",
        _ => "source",
    };

    /// <summary>How the rule reads in a list: "exclude keyword 'football'".</summary>
    public override string ToString()
    {
        var verb = Kind switch
        {
            FilterRuleKind.AllowSource => "allow",
            FilterRuleKind.DenySource => "deny",
            _ => IsInclude ? "include" : "exclude",
        };
        return $"{verb} {Subject} '{Value}'";
    }
}
