namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
    private static readonly string[][] TitleTokens = EntityLexicon.Titles
        .Concat(EntityLexicon.Occupations)
        .Select(t => t.Split(' '))
        .OrderByDescending(t => t.Length)
        .ToArray();

    private static bool IsTitleWord(string word) => TitleTokens.Any(t => t.Length == 1 && t[0].Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The run of title words inside a name span that leaves at least one name word after it.</summary>
    private static (int Start, int End) FindTitle(List<Token> tokens, int start, int end)
    {
        var runStart = -1;
        var runEnd = -1;
        var position = start;
        while (position <= end)
        {
            var length = MatchTitle(tokens, position, end);
            if (length > 0 && position + length <= end)
            {
                runStart = runEnd == position ? runStart : position;
                runEnd = position + length;
                position += length;
            }
            else
            {
                position++;
            }
        }

        return (runStart, runEnd);
    }

    private static int MatchTitle(List<Token> tokens, int position, int end)
    {
        foreach (var title in TitleTokens)
        {
            if (position + title.Length - 1 > end)
            {
                continue;
            }

            var matched = true;
            for (var k = 0; k < title.Length && matched; k++)
            {
                matched = tokens[position + k].Text.Equals(title[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matched)
            {
                return title.Length;
            }
        }

        return 0;
    }

    /// <summary>"British Prime Minister" → "Prime Minister of the United Kingdom"; "Acme CEO" → "CEO of Acme".</summary>
    private static string TitleRole(string sentence, int sentenceIndex, List<Token> tokens, int start, int titleStart, int titleEnd, List<Mention> mentions)
    {
        var title = Slice(sentence, tokens, titleStart, titleEnd - 1);
        if (titleStart == start)
        {
            return title;
        }

        var qualifier = Slice(sentence, tokens, start, titleStart - 1);
        if (Gazetteer.Demonyms.TryGetValue(qualifier, out var country))
        {
            return EntityLexicon.Occupations.Contains(title) ? $"{qualifier} {title}" : $"{title} of {country}";
        }

        var type = Gazetteer.IsLocation(qualifier) ? EntityType.Location : EntityType.Organization;
        mentions.Add(NewMention(sentenceIndex, tokens, start, titleStart - 1, qualifier, qualifier, type, role: null));
        return $"{title} of {qualifier}";
    }

    /// <summary>"... foreign minister Yoshimasa Hayashi": a lower-case title just before the name.</summary>
    private static string? LowerCaseTitleBefore(string sentence, List<Token> tokens, int start)
    {
        for (var length = 3; length >= 1; length--)
        {
            var first = start - length;
            if (first < 0 || !char.IsLower(tokens[first].Text[0]) || MatchTitle(tokens, first, start - 1) != length)
            {
                continue;
            }

            var title = Slice(sentence, tokens, first, start - 1);
            if (first == 0 || !Gazetteer.Demonyms.TryGetValue(tokens[first - 1].Text, out var country))
            {
                return title;
            }

            return EntityLexicon.Occupations.Contains(title) ? Slice(sentence, tokens, first - 1, start - 1) : $"{title} of {country}";
        }

        return null;
    }

    /// <summary>"Chris Hughes, a professor of ... at the University of Warwick, said" → the phrase between the commas.</summary>
    private static string? Appositive(string sentence, List<Token> tokens, int end)
    {
        if (tokens[end].Possessive || end + 2 >= tokens.Count || tokens[end + 1].Text != ",")
        {
            return null;
        }

        var start = end + 2;
        var article = tokens[start].Text.ToLowerInvariant();
        if (article is "a" or "an" or "the")
        {
            start++;
        }
        else if (MatchTitle(tokens, start, tokens.Count - 1) == 0)
        {
            return null;
        }

        var stop = start;
        while (stop < tokens.Count && tokens[stop].Text is not ("," or "." or ";" or ":" or "\"" or "(" or "—" or "–"))
        {
            stop++;
        }

        var length = stop - start;
        if (start >= tokens.Count || length is < 1 or > 24 || !char.IsLetter(tokens[start].Text[0]))
        {
            return null;
        }

        var words = tokens.Skip(start).Take(length).ToList();
        if (article is "a" or "an" or "the" && !words.Any(w => char.IsLower(w.Text[0])))
        {
            return null;
        }

        return Slice(sentence, tokens, start, stop - 1);
    }
}
