namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
    private static readonly HashSet<string> PhraseStops = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ".", ";", ":", "(", "—", "–", "\"", "who", "which", "that", "whose", "known", "born", "since", "until",
        "when", "where", "with", "and", "but",
    };

    /// <summary>"Harel Skaat (born 1981) is an Israeli singer." → "Israeli singer"; the phrase must name a title or occupation.</summary>
    private static string? Copula(string sentence, List<Token> tokens, int end)
    {
        var i = end + 1;
        if (tokens[end].Possessive)
        {
            return null;
        }

        if (i < tokens.Count && tokens[i].Text == "(")
        {
            while (i < tokens.Count && tokens[i].Text != ")")
            {
                i++;
            }

            i++;
        }

        if (i + 2 >= tokens.Count || tokens[i].Text is not ("is" or "was") || tokens[i + 1].Text.ToLowerInvariant() is not ("a" or "an" or "the"))
        {
            return null;
        }

        var start = i + 2;
        var stop = start;
        while (stop < tokens.Count && stop - start < 12 && !PhraseStops.Contains(tokens[stop].Text))
        {
            stop++;
        }

        if (stop == start || (stop < tokens.Count && !PhraseStops.Contains(tokens[stop].Text)))
        {
            return null;
        }

        var namesRole = false;
        for (var k = start; k < stop && !namesRole; k++)
        {
            namesRole = MatchTitle(tokens, k, stop - 1) > 0 && char.IsLower(tokens[k].Text[0]);
        }

        return namesRole ? Slice(sentence, tokens, start, stop - 1) : null;
    }
}
