namespace BriefingBot.Core.Text;

/// <summary>
/// A light English suffix stripper (plural, -ed, -ing, -ly and a few derivational endings), written for
/// matching words in the same story; it conflates "talks/talked/talking" without being a full Porter stemmer.
/// </summary>
internal static class Stemmer
{
    private static readonly (string Suffix, string Replacement)[] Endings =
    [
        ("ational", "ate"), ("ization", "ize"), ("fulness", "ful"), ("iveness", "ive"), ("ousness", "ous"),
        ("ements", "e"), ("ement", "e"), ("ments", ""), ("ment", ""), ("ations", "ate"), ("ation", "ate"),
        ("ingly", ""), ("edly", ""), ("ness", ""), ("ities", ""), ("ity", ""), ("ically", "ic"), ("ally", "al"),
        ("ies", "y"), ("ied", "y"), ("ing", ""), ("ers", "er"), ("ed", ""), ("ly", ""), ("es", ""), ("s", ""),
    ];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        foreach (var (suffix, replacement) in Endings)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^suffix.Length];
            if (stem.Length < 3 || !HasVowel(stem))
            {
                continue;
            }

            if (suffix is "es" && !(stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal)))
            {
                return word[..^1];
            }

            stem += replacement;
            if (replacement.Length == 0 && suffix is "ing" or "ed" && stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z'))
            {
                stem = stem[..^1];
            }

            return stem;
        }

        return word;
    }

    private static bool HasVowel(string s)
    {
        foreach (var c in s)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                return true;
            }
        }

        return false;
    }
}
