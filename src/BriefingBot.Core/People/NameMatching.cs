using System.Globalization;
using System.Text;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

/// <summary>Name normalisation and matching for "/who": case, diacritics, honorifics, surnames, typos.</summary>
internal static class NameMatching
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "madam",
    };

    /// <summary>"Mr. Kishida's" → "kishida"; "José Müller" → "jose muller"; "U.K." → "uk".</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = WellFormed(name).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c != '.')
            {
                builder.Append(char.IsLetterOrDigit(c) || c is '\'' or '’' ? char.ToLowerInvariant(c) : ' ');
            }
        }

        var words = builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w)
            .Select(w => w.Trim('\'', '’'))
            .Where(w => w.Length > 0 && !Honorifics.Contains(w));
        return string.Join(' ', words);
    }

    /// <summary>Unpaired surrogates (which <see cref="string.Normalize()"/> rejects) become spaces.</summary>
    private static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var pairedHigh = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            if (pairedHigh)
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>3 = full name; 2 = alias, surname or other part of the name; 1 + similarity = close spelling.</summary>
    public static double Score(string query, string canonical, HashSet<string> forms)
    {
        if (query == canonical)
        {
            return 3;
        }

        if (forms.Contains(query))
        {
            return 2;
        }

        var queryTokens = query.Split(' ');
        foreach (var form in forms)
        {
            var tokens = form.Split(' ');
            if (tokens.Length > queryTokens.Length && queryTokens.All(tokens.Contains))
            {
                return 2;
            }
        }

        return 1 + Similarity(query, forms);
    }

    /// <summary>Best Jaro-Winkler similarity of the query to any form, or to any word of a form for one-word queries.</summary>
    public static double Similarity(string query, IEnumerable<string> forms)
    {
        var single = !query.Contains(' ', StringComparison.Ordinal);
        var best = 0.0;
        foreach (var form in forms)
        {
            best = Math.Max(best, JaroWinkler.Similarity(query, form));
            if (!single)
            {
                continue;
            }

            foreach (var token in form.Split(' '))
            {
                if (token.Length >= 3)
                {
                    best = Math.Max(best, JaroWinkler.Similarity(query, token));
                }
            }
        }

        return best;
    }
}
