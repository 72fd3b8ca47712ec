using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Moderation;

/// <summary>
/// Text as filters compare it: compatibility-normalised (full-width letters, ligatures), Latin/Greek/Cyrillic accents
/// removed, lower-case ("Zürich" = "zurich", "STRASSE" = "straße"). Terms match whole words; in scripts written
/// without spaces between words (Chinese, Japanese, Thai, ...) they match anywhere.
/// </summary>
internal static class FilterText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\x7F'))
        {
            // Plain ASCII (most headlines and many bodies) has nothing to decompose or fold but case.
            return text.ToLowerInvariant();
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            if (c == 'ß')
            {
                builder.Append("ss");
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Word tokens of normalised text (runs of letters, digits and marks).</summary>
    public static IEnumerable<string> Tokens(string normalized)
    {
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && IsWordChar(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return normalized[start..i];
                start = -1;
            }
        }
    }

    /// <summary>True when normalised <paramref name="term"/> occurs in normalised <paramref name="text"/> as whole words.</summary>
    public static bool ContainsTerm(string text, string term)
    {
        if (term.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            var startOk = at == 0 || !IsWordChar(term[0]) || IsUnspaced(term[0]) || !IsWordChar(text[at - 1]);
            var endOk = end == text.Length || !IsWordChar(term[^1]) || IsUnspaced(term[^1]) || !IsWordChar(text[end]);
            if (startOk && endOk)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Letters of scripts written without spaces between words: there a term may start or end inside a run.</summary>
    public static bool IsUnspaced(char c) =>
        c is (>= '\u0E00' and <= '\u0EFF') // Thai, Lao
            or (>= '\u1000' and <= '\u109F') // Myanmar
            or (>= '\u1780' and <= '\u17FF') // Khmer
            or (>= '\u3040' and <= '\u30FF') // Hiragana, Katakana
            or (>= '\u3400' and <= '\u4DBF') // CJK extension A
            or (>= '\u4E00' and <= '\u9FFF') // CJK unified ideographs
            or (>= '\uAC00' and <= '\uD7AF') // Hangul syllables (particles attach to words)
            or (>= '\uF900' and <= '\uFAFF'); // CJK compatibility ideographs
}
