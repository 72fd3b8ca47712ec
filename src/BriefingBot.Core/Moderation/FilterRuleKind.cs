namespace BriefingBot.Core.Moderation;

/// <summary>What a chat filter rule looks at, and whether it lets stories in or keeps them out.</summary>
public enum FilterRuleKind
{
    /// <summary>Only stories with one of the included topics, keywords or patterns pass.</summary>
    IncludeTopic,
    ExcludeTopic,

    /// <summary>A word or phrase, matched whole-word, case- and accent-insensitively.</summary>
    IncludeKeyword,
    ExcludeKeyword,

    /// <summary>A regular expression (non-backtracking engine, case-insensitive, with a match timeout).</summary>
    IncludePattern,
    ExcludePattern,

    /// <summary>When any source is allowed, stories from no allowed source are left out.</summary>
    AllowSource,
    DenySource,
}
