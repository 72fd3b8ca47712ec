using System.Text.RegularExpressions;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
    [GeneratedRegex(@"(?:\p{L}\.){2,}|\p{Lu}\.(?=\s)|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|\S")]
    private static partial Regex TokenPattern();

    private static List<Token> Tokenize(string sentence)
    {
        var tokens = new List<Token>();
        foreach (Match match in TokenPattern().Matches(sentence))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            var value = match.Value;
            var possessive = false;
            if (value.Length > 2 && (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal)))
            {
                value = value[..^2];
                end -= 2;
                possessive = true;
            }
            else if (end < sentence.Length && sentence[end] == '.' && char.IsLetter(value[0]) && IsAbbreviation(value))
            {
                value += ".";
                end++;
            }

            if (tokens.Count > 0 && value == "." && tokens[^1].Text.EndsWith('.'))
            {
                continue;
            }

            tokens.Add(new Token(value, start, end, possessive));
        }

        return tokens;
    }

    private static bool IsAbbreviation(string word) =>
        Abbreviations.Titles.Contains(word) || Abbreviations.Common.Contains(word) || EntityLexicon.Honorifics.Contains(word + ".");

    /// <summary>A word that can be part of a name: capitalised, not a function word, weekday or month.</summary>
    private static bool IsNameWord(List<Token> tokens, int i, bool insideName)
    {
        var text = tokens[i].Text;
        if (text.Length == 0 || !char.IsUpper(text[0]) || EntityLexicon.NotNames.Contains(text.TrimEnd('.')))
        {
            return false;
        }

        if (text.Contains('-', StringComparison.Ordinal) && text.Split('-') is var parts &&
            (parts.Any(part => part.Length == 0) || char.IsLower(parts[0][0]) || char.IsLower(parts[^1][0])))
        {
            return false;
        }

        var allCaps = text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));
        if (text == "I" || (!allCaps && StopWords.English.Contains(text.ToLowerInvariant())))
        {
            return insideName && i > 0 && text is "May" or "Will" or "Hope" or "Do";
        }

        return true;
    }

    private static bool IsAllCapsAcronym(string text) =>
        text.Length is >= 2 and <= 6 && text.All(char.IsLetter) && text.All(char.IsUpper);

    private sealed record Token(string Text, int Start, int End, bool Possessive);
}
