namespace BriefingBot.Core.Moderation;

/// <summary>How rule kinds are written in commands and storage: "include-keyword", "deny-source".</summary>
public static class FilterRuleKinds
{
    private static readonly (FilterRuleKind Kind, string Name)[] Table =
    [
        (FilterRuleKind.IncludeTopic, "include-topic"),
        (FilterRuleKind.ExcludeTopic, "exclude-topic"),
        (FilterRuleKind.IncludeKeyword, "include-keyword"),
        (FilterRuleKind.ExcludeKeyword, "exclude-keyword"),
        (FilterRuleKind.IncludePattern, "include-regex"),
        (FilterRuleKind.ExcludePattern, "exclude-regex"),
        (FilterRuleKind.AllowSource, "allow-source"),
        (FilterRuleKind.DenySource, "deny-source"),
    ];

    /// <summary>Every kind's name, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(t => t.Name)];

    public static string NameOf(FilterRuleKind kind) =>
        Table.First(t => t.Kind == kind).Name;

    /// <summary>The kind called <paramref name="name"/> (case-insensitive), or false.</summary>
    public static bool TryParse(string name, out FilterRuleKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (k, n) in Table)
        {
            if (n.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
