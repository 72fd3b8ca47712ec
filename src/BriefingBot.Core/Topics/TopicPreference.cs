namespace BriefingBot.Core.Topics;

/// <summary>
/// A chat's topic taste for ranking: stories in an included topic rise, stories in an excluded topic sink.
/// Soft: hard rules ("never show sport") are chat filters (Core/Moderation).
/// </summary>
/// <param name="Include">Topic names the chat prefers.</param>
/// <param name="Exclude">Topic names the chat cares less about.</param>
public sealed record TopicPreference(IReadOnlySet<string> Include, IReadOnlySet<string> Exclude)
{
    /// <summary>No preference: ranking is unchanged.</summary>
    public static TopicPreference None { get; } = new(new HashSet<string>(), new HashSet<string>());

    public bool IsEmpty => Include.Count == 0 && Exclude.Count == 0;

    /// <summary>The same preference with aliases replaced by the taxonomy's names ("tech" -> "technology").</summary>
    public TopicPreference Resolve(Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return IsEmpty ? this : Of(Include.Select(n => resolve(n) ?? n), Exclude.Select(n => resolve(n) ?? n));
    }

    public static TopicPreference Of(IEnumerable<string> include, IEnumerable<string> exclude) =>
        new(include.ToHashSet(StringComparer.OrdinalIgnoreCase), exclude.ToHashSet(StringComparer.OrdinalIgnoreCase));
}
