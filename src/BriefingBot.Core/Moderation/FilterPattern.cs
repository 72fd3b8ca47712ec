using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Moderation;

/// <summary>
/// Regular expressions from moderators, compiled so that none can stall the bot: the non-backtracking engine
/// (linear time in the input), case-insensitive, culture-invariant, and a match timeout on top.
/// </summary>
public static class FilterPattern
{
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Compiled patterns kept for reuse (many chats share patterns; the engine is costly to build). Bounded.</summary>
    private const int CacheLimit = 2048;

    private static readonly ConcurrentDictionary<(string Pattern, TimeSpan Timeout), Regex> Compiled = new();

    /// <summary>Compiles <paramref name="pattern"/>, or returns null and a message saying what is wrong with it.</summary>
    public static Regex? TryCompile(string pattern, TimeSpan matchTimeout, out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            error = null;
            if (Compiled.TryGetValue((pattern, matchTimeout), out var known))
            {
                return known;
            }

            var regex = new Regex(pattern, Options, matchTimeout);
            if (Compiled.Count < CacheLimit)
            {
                Compiled.TryAdd((pattern, matchTimeout), regex);
            }

            return regex;
        }
        catch (RegexParseException exception)
        {
            error = $"The pattern '{pattern}' is not a valid regular expression: {exception.Error} at position {exception.Offset}.";
        }
        catch (NotSupportedException)
        {
            error = $"The pattern '{pattern}' uses a construct the safe regex engine does not support " +
                "(back-references, look-arounds, atomic groups or conditionals); rewrite it without them.";
        }
        catch (ArgumentException exception)
        {
            error = $"The pattern '{pattern}' is not a valid regular expression: {exception.Message}";
        }

        return null;
    }

    /// <summary>True when <paramref name="regex"/> matches; a match that runs out of time counts as no match.</summary>
    public static bool IsMatch(Regex regex, string text)
    {
        ArgumentNullException.ThrowIfNull(regex);
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
