using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Moderation;

/// <summary>
/// A story as filters see it, prepared once (normalised text, word set) so that it can be tested against many
/// chats' filters cheaply.
/// </summary>
public sealed class FilterSubject
{
    private System.Collections.Concurrent.ConcurrentDictionary<string, bool>? _patternResults;

    public FilterSubject(string title, string text, IReadOnlyList<string> sources, IReadOnlyList<string> topics)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(topics);
        Title = title;
        Text = text;
        Sources = sources;
        Topics = topics;
        Raw = title + "\n" + text;
        Normalized = FilterText.Normalize(Raw);
        Words = FilterText.Tokens(Normalized).ToHashSet(StringComparer.Ordinal);
    }

    public string Title { get; }

    public string Text { get; }

    /// <summary>Ids of the sources that reported the story.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The story's topic names (from the topic classifier).</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>Title and text as written (regular expressions run on this).</summary>
    internal string Raw { get; }

    internal string Normalized { get; }

    internal HashSet<string> Words { get; }

    /// <summary>
    /// Whether <paramref name="regex"/> matches <see cref="Raw"/>, remembered per pattern: chats with the same pattern
    /// (compiled with the same options) share one match per story. Thread-safe.
    /// </summary>
    internal bool Matches(System.Text.RegularExpressions.Regex regex)
    {
        var cache = _patternResults ?? Interlocked.CompareExchange(ref _patternResults, new(StringComparer.Ordinal), null) ?? _patternResults;
        return cache.GetOrAdd(regex.ToString(), static (_, state) => FilterPattern.IsMatch(state.Regex, state.Text), (Regex: regex, Text: Raw));
    }

    public static FilterSubject FromStory(Story story, IEnumerable<string> topics)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(topics);
        return new FilterSubject(story.Title, story.Text, story.Sources.Select(s => s.SourceId).ToList(), topics.ToList());
    }
}
