using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
    private const int MaxRoleModifiers = 4;
    private const int MaxHeadDistance = 6;

    /// <summary>Lower-case words that qualify a role noun before it ("former", "lead", "session", "film").</summary>
    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "ex", "late", "then", "new", "acting", "interim", "deputy", "vice", "assistant", "associate", "senior",
        "junior", "chief", "head", "lead", "principal", "managing", "executive", "general", "top", "veteran", "retired",
        "young", "famous", "legendary", "renowned", "prominent", "leading", "influential", "celebrated", "acclaimed",
        "independent", "freelance", "staff", "session", "studio", "record", "recording", "film", "movie", "music",
        "jazz", "rock", "pop", "folk", "blues", "country", "soul", "punk", "metal", "opera", "classical", "concert",
        "stage", "theatre", "theater", "television", "tv", "radio", "talkshow", "costume", "set", "fashion", "football",
        "soccer", "tennis", "basketball", "baseball", "cricket", "rugby", "hockey", "golf", "club", "team", "squad",
        "prime", "foreign", "defence", "defense", "interior", "finance", "health", "trade", "justice", "education",
        "state", "opposition", "party", "union", "labour", "labor", "campaign", "rights", "human", "civil", "space",
        "science", "news", "sports", "business", "bank", "company", "art", "dance", "comic", "comedy", "drama",
        "superstar", "star", "award-winning", "best-selling", "bestselling", "well-known", "first", "second", "third",
        "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "current", "future", "longtime",
        "long-time", "founding", "honorary", "self-styled", "so-called", "defensive", "attacking", "private", "public",
    };

    private static bool IsRoleNoun(Token token, bool anyCase) =>
        (anyCase || char.IsLower(token.Text[0])) && !token.Possessive &&
        (EntityLexicon.RoleNouns.Contains(token.Text) || IsTitleWord(token.Text));

    /// <summary>A word that may stand before a role noun inside the role: "Broadway", "Nashville session", "British".</summary>
    private static bool IsRoleModifier(Token token)
    {
        var text = token.Text;
        if (!char.IsLetterOrDigit(text[0]))
        {
            return false;
        }

        if (char.IsUpper(text[0]))
        {
            var acronym = text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));
            return !EntityLexicon.NotNames.Contains(text) && (acronym || !StopWords.English.Contains(text.ToLowerInvariant())) && text != "I";
        }

        if (char.IsDigit(text[0]))
        {
            return text.EndsWith("th", StringComparison.Ordinal) || text.EndsWith("st", StringComparison.Ordinal) ||
                text.EndsWith("nd", StringComparison.Ordinal) || text.EndsWith("rd", StringComparison.Ordinal);
        }

        return RoleModifiers.Contains(text) || EntityLexicon.RoleNouns.Contains(text) ||
            (text.Contains('-', StringComparison.Ordinal) && !StopWords.English.Contains(text.Split('-')[0])) ||
            (text.Length > 4 && (text.EndsWith("al", StringComparison.Ordinal) || text.EndsWith("ic", StringComparison.Ordinal) ||
                text.EndsWith("ian", StringComparison.Ordinal) || text.EndsWith("ese", StringComparison.Ordinal) ||
                text.EndsWith("ish", StringComparison.Ordinal) || text.EndsWith("ary", StringComparison.Ordinal)) &&
             !StopWords.English.Contains(text));
    }

    /// <summary>
    /// A role phrase right before a name: "Nashville session drummer Larrie Hale", "Broadway actress and choreographer
    /// Debbie Allen", "Acme's chief executive Jane Roe", or with a comma after "the"/a possessive: "the prime minister, X,".
    /// </summary>
    private static string? RoleBefore(string sentence, List<Token> tokens, int start, int end)
    {
        var last = start - 1;
        var comma = last >= 0 && tokens[last].Text == ",";
        if (comma)
        {
            last--;
        }

        if (last < 0 || !IsRoleNoun(tokens[last], anyCase: comma))
        {
            return null;
        }

        var first = last;
        var modifiers = 0;
        while (first > 0 && modifiers < MaxRoleModifiers && !tokens[first].Possessive)
        {
            var previous = tokens[first - 1];
            if (previous.Text is "and" or "&" && first >= 2 && IsRoleNoun(tokens[first - 2], anyCase: comma))
            {
                first -= 2;
                continue;
            }

            if (!IsRoleModifier(previous) || (previous.Possessive && comma && first - 1 == 0))
            {
                break;
            }

            first--;
            modifiers++;
        }

        if (comma)
        {
            var opener = first > 0 ? tokens[first - 1].Text : "";
            var next = end + 1 < tokens.Count ? tokens[end + 1].Text : ".";
            var closes = next is "," or "." or ";" || EntityLexicon.SpeechVerbs.Contains(next);
            if (!closes || !(opener.Equals("the", StringComparison.OrdinalIgnoreCase) || tokens[first].Possessive))
            {
                return null;
            }
        }

        return DemonymTitle(sentence, tokens, first, last);
    }

    /// <summary>"Japanese foreign minister" → "foreign minister of Japan"; other phrases as written.</summary>
    private static string DemonymTitle(string sentence, List<Token> tokens, int first, int last)
    {
        if (first < last && Gazetteer.Demonyms.TryGetValue(tokens[first].Text, out var country) &&
            MatchTitle(tokens, first + 1, last) == last - first && !EntityLexicon.Occupations.Contains(Slice(sentence, tokens, first + 1, last)))
        {
            return $"{Slice(sentence, tokens, first + 1, last)} of {country}";
        }

        return Slice(sentence, tokens, first, last);
    }

    /// <summary>
    /// "Secretary of Defense Harold Brown", "Chancellor of the Exchequer Gordon Brown": the office's last words were read
    /// as the start of the name. Returns the office as the role and where the name really starts.
    /// </summary>
    private static (string Role, int NameStart)? OfficeBefore(string sentence, List<Token> tokens, int start, int end)
    {
        var of = start - 1;
        if (of >= 1 && tokens[of].Text == "the")
        {
            of--;
        }

        if (of < 1 || tokens[of].Text is not ("of" or "for") || end == start || !char.IsUpper(tokens[of - 1].Text[0]) || !IsTitleWord(tokens[of - 1].Text))
        {
            return null;
        }

        var titleStart = of - 1;
        while (titleStart > 0 && !tokens[titleStart - 1].Possessive && char.IsUpper(tokens[titleStart - 1].Text[0]) &&
            (IsTitleWord(tokens[titleStart - 1].Text) || RoleModifiers.Contains(tokens[titleStart - 1].Text)))
        {
            titleStart--;
        }

        var nameStart = end - start >= 2 ? end - 1 : start + 1;
        for (var k = start + 1; k < end; k++)
        {
            if (EntityLexicon.GivenNames.Contains(tokens[k].Text))
            {
                nameStart = k;
                break;
            }
        }

        return (Slice(sentence, tokens, titleStart, nameStart - 1), nameStart);
    }
}
