using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
    private const int MaxRoleModifiers = 4;
    private const int MaxHeadDistance = 6;
    private const int MaxRoleTail = 8;

    /// <summary>Verbs that lead from a name to its role: "X is a ...", "X, who was the ...", "X became ...".</summary>
    private static readonly HashSet<string> RoleVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "became", "becomes", "remains", "remained", "been", "become", "be",
        "also", "now", "still", "later", "then", "currently", "formerly", "once", "named", "appointed", "elected",
        "nominated", "chosen", "sworn", "made", "installed", "in", "as", "serves", "served", "serving", "works",
        "worked", "working",
    };

    /// <summary>"X, who heads the central bank" → "head of the central bank".</summary>
    private static readonly Dictionary<string, string> RoleVerbNouns = new(StringComparer.Ordinal)
    {
        ["heads"] = "head", ["headed"] = "head", ["leads"] = "leader", ["led"] = "leader", ["runs"] = "head", ["ran"] = "head",
        ["chairs"] = "chair", ["chaired"] = "chair", ["directs"] = "director", ["directed"] = "director", ["manages"] = "manager",
        ["managed"] = "manager", ["coaches"] = "coach", ["coached"] = "coach", ["owns"] = "owner", ["owned"] = "owner",
        ["founded"] = "founder", ["co-founded"] = "co-founder", ["edits"] = "editor", ["edited"] = "editor",
        ["represents"] = "representative", ["governs"] = "governor", ["captains"] = "captain", ["presides"] = "president",
    };

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
    /// A role phrase after a name, with or without commas: "X a Nashville session drummer", "X the former President of
    /// Sri Lanka", "X, 45, a lawyer", "X, who heads the central bank", "X (born 1950) was an American actress",
    /// "X became Prime Minister", "appointed X as Prime Minister". The phrase must hold a role noun near its start.
    /// </summary>
    private static string? RoleAfter(string sentence, List<Token> tokens, int end)
    {
        if (tokens[end].Possessive)
        {
            return null;
        }

        var i = end + 1;
        var comma = i < tokens.Count && tokens[i].Text == ",";
        if (comma)
        {
            i++;
            if (i + 1 < tokens.Count && tokens[i].Text.All(char.IsDigit) && tokens[i + 1].Text == ",")
            {
                i += 2;
            }
        }

        if (i < tokens.Count && tokens[i].Text == "(")
        {
            while (i < tokens.Count && tokens[i].Text != ")")
            {
                i++;
            }

            i++;
            i += i < tokens.Count && tokens[i].Text == "," ? 1 : 0;
        }

        var led = false;
        if (i < tokens.Count && tokens[i].Text is "who" or "whom")
        {
            i++;
            led = true;
            if (i < tokens.Count && RoleVerbNouns.TryGetValue(tokens[i].Text, out var noun))
            {
                var what = CapitalisedAfter(tokens, i + 1);
                var stop = what >= 0 ? what : PhraseEnd(tokens, i + 1);
                return stop > i ? $"{noun} of {Slice(sentence, tokens, i + 1, stop)}" : null;
            }
        }

        while (i < tokens.Count && char.IsLower(tokens[i].Text[0]) &&
            (RoleVerbs.Contains(tokens[i].Text) || (tokens[i].Text is "has" or "had" or "would" or "will" && i + 1 < tokens.Count && RoleVerbs.Contains(tokens[i + 1].Text))))
        {
            i++;
            led = true;
        }

        if (i < tokens.Count && tokens[i].Text.ToLowerInvariant() is "a" or "an" or "the")
        {
            i++;
            led = true;
        }

        return led || comma ? RolePhrase(sentence, tokens, i) : null;
    }

    /// <summary>From <paramref name="start"/>: modifiers, a role noun, more role nouns ("singer and songwriter"), then "of/at/for" + a name.</summary>
    private static string? RolePhrase(string sentence, List<Token> tokens, int start)
    {
        var head = start;
        while (head < tokens.Count && head - start < MaxHeadDistance && !IsRoleNoun(tokens[head], anyCase: true))
        {
            if (!IsRoleModifier(tokens[head]) || (tokens[head].Possessive && head > start))
            {
                return null;
            }

            head++;
        }

        if (head >= tokens.Count || head - start >= MaxHeadDistance)
        {
            return null;
        }

        var last = head;
        while (last + 1 < tokens.Count && last - head < MaxRoleTail)
        {
            var next = tokens[last + 1];
            if (IsRoleNoun(next, anyCase: char.IsUpper(tokens[last].Text[0])))
            {
                last++;
            }
            else if (next.Text is "and" or "&" or "-" && last + 2 < tokens.Count && IsRoleNoun(tokens[last + 2], anyCase: false))
            {
                last += 2;
            }
            else if (next.Text is "of" or "for" or "at" or "to" && last + 2 < tokens.Count && CapitalisedAfter(tokens, last + 2) is var capital && capital >= 0)
            {
                last = capital;
            }
            else
            {
                break;
            }
        }

        return Slice(sentence, tokens, start, last);
    }

    /// <summary>The last token before a comma, full stop or clause word, at most six tokens on; or -1.</summary>
    private static int PhraseEnd(List<Token> tokens, int from)
    {
        var i = from;
        while (i < tokens.Count && i - from < 6 && !PhraseStops.Contains(tokens[i].Text))
        {
            i++;
        }

        return i < tokens.Count && i - from < 6 ? i - 1 : -1;
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

    /// <summary>The last token of "[the] Capitalised run (with of/the/and inside)" from <paramref name="from"/>, or -1.</summary>
    private static int CapitalisedAfter(List<Token> tokens, int from)
    {
        var i = from;
        if (i < tokens.Count && tokens[i].Text is "the")
        {
            i++;
        }

        var last = -1;
        while (i < tokens.Count && char.IsUpper(tokens[i].Text[0]) && !EntityLexicon.NotNames.Contains(tokens[i].Text))
        {
            last = i;
            if (tokens[i].Possessive)
            {
                break;
            }

            i += i + 2 < tokens.Count && tokens[i + 1].Text is "of" or "and" or "&" && char.IsUpper(tokens[i + 2].Text[0]) ? 2 : 1;
        }

        return last;
    }
}
