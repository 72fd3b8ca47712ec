namespace BriefingBot.Core.Text;

public sealed partial class SentenceSplitter
{
    private static void SplitBlock(string text, SentenceSpan block, List<SentenceSpan> result)
    {
        var start = block.Start;
        var end = block.End;
        var i = start;
        while (i < end)
        {
            if (!IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            var punctuationStart = i;
            while (i < end && (IsTerminal(text[i]) || (text[i] == ' ' && i + 1 < end && text[i + 1] == '.' && text[i - 1] == '.')))
            {
                i++;
            }

            var punctuationEnd = i;
            while (i < end && IsCloser(text[i]))
            {
                i++;
            }

            var sentenceEnd = i;
            if (i < end && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (IsBoundary(text, start, punctuationStart, punctuationEnd, sentenceEnd, end))
            {
                Add(text, start, sentenceEnd, block.Paragraph, result);
                start = sentenceEnd;
            }
        }

        Add(text, start, end, block.Paragraph, result);
    }

    private static void Add(string text, int start, int end, int paragraph, List<SentenceSpan> result)
    {
        var (s, e) = TrimRange(text, start, end);
        if (e > s)
        {
            result.Add(new SentenceSpan(s, e - s, paragraph));
        }
    }

    private static bool IsBoundary(string text, int sentenceStart, int punctuationStart, int punctuationEnd, int sentenceEnd, int end)
    {
        var next = SkipSpaces(text, sentenceEnd, end);
        if (next >= end)
        {
            return true;
        }

        while (next < end && IsOpener(text[next]))
        {
            next++;
        }

        if (next >= end || char.IsLower(text[next]))
        {
            return false;
        }

        var nextWord = WordAt(text, next, end);
        if (sentenceEnd > punctuationEnd && IsAttribution(text, next, end))
        {
            return false;
        }

        var single = punctuationEnd - punctuationStart == 1 && text[punctuationStart] == '.';
        if (!single)
        {
            return true;
        }

        var token = TokenBefore(text, sentenceStart, punctuationStart);
        if (token.Length == 0)
        {
            return true;
        }

        if (Abbreviations.Titles.Contains(token))
        {
            return false;
        }

        var startsWithDigit = char.IsAsciiDigit(text[next]);
        if (Abbreviations.Common.Contains(token))
        {
            return !startsWithDigit && Abbreviations.SentenceStarters.Contains(nextWord);
        }

        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            return Abbreviations.SentenceStarters.Contains(nextWord);
        }

        if (IsDottedAcronym(token))
        {
            return Abbreviations.SentenceStarters.Contains(nextWord);
        }

        return true;
    }

    /// <summary>The word before a period, without leading brackets or quotes: "Mr", "U.S", "e.g".</summary>
    private static string TokenBefore(string text, int sentenceStart, int period)
    {
        var i = period;
        while (i > sentenceStart && !char.IsWhiteSpace(text[i - 1]) && !IsOpener(text[i - 1]) && text[i - 1] != '-')
        {
            i--;
        }

        return text[i..period];
    }

    /// <summary>After a closing quote: is what follows, up to the next sentence end, a short attribution ("Johnson said.")?</summary>
    private static bool IsAttribution(string text, int start, int end)
    {
        if (Abbreviations.SentenceStarters.Contains(WordAt(text, start, end)))
        {
            return false;
        }

        var words = 0;
        var verb = false;
        var i = start;
        while (i < end)
        {
            if (IsTerminal(text[i]))
            {
                return verb;
            }

            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var word = WordAt(text, i, end);
            verb |= Abbreviations.AttributionVerbs.Contains(word);
            if (++words > 5)
            {
                return false;
            }

            i += word.Length;
        }

        return verb;
    }

    private static string WordAt(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>"U.S", "U.K", "a.m", "E.U" (the final period already removed).</summary>
    private static bool IsDottedAcronym(string token)
    {
        if (token.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < token.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(token[i]) : token[i] != '.')
            {
                return false;
            }
        }

        return token.Length % 2 == 1;
    }
}
