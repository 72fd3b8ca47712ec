namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
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
