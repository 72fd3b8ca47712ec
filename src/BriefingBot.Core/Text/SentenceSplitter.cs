namespace BriefingBot.Core.Text;

/// <summary>
/// Rule-based news sentence segmenter. Paragraph breaks, list items and unpunctuated lines (headlines) end
/// sentences; inside a block, ".", "?", "!" and ellipses end a sentence unless an abbreviation, initial,
/// dotted acronym or number says otherwise. Every sentence returned is a trimmed, verbatim substring.
/// </summary>
public sealed partial class SentenceSplitter : ISentenceSplitter
{
    public IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = SplitSpans(text);
        var sentences = new string[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            sentences[i] = spans[i].Of(text);
        }

        return sentences;
    }

    /// <summary>The sentences as spans of <paramref name="text"/>, with their paragraph index.</summary>
    public static IReadOnlyList<SentenceSpan> SplitSpans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<SentenceSpan>();
        foreach (var block in Blocks(text))
        {
            SplitBlock(text, block, result);
        }

        return result;
    }

    /// <summary>Cuts the text into blocks that no sentence crosses: paragraphs, list items, headline lines.</summary>
    private static List<SentenceSpan> Blocks(string text)
    {
        var blocks = new List<SentenceSpan>();
        var paragraph = 0;
        var blockStart = -1;
        var blockEnd = -1;
        var previousOpen = false;
        var previousBullet = false;
        var position = 0;
        while (position <= text.Length)
        {
            var newline = text.IndexOf('\n', position);
            if (newline < 0)
            {
                newline = text.Length;
            }

            var (lineStart, lineEnd) = TrimRange(text, position, newline);
            if (lineStart >= lineEnd)
            {
                if (blockStart >= 0)
                {
                    blocks.Add(new SentenceSpan(blockStart, blockEnd - blockStart, paragraph));
                    blockStart = -1;
                    paragraph++;
                }
            }
            else
            {
                var bullet = TryBullet(text, lineStart, lineEnd, out var contentStart);
                var first = FirstLetterOrDigit(text, contentStart, lineEnd);
                var startsLower = first >= 0 && char.IsLower(text[first]);
                var newBlock = blockStart < 0 || bullet || ((previousBullet || previousOpen) && !startsLower);
                if (newBlock)
                {
                    if (blockStart >= 0)
                    {
                        blocks.Add(new SentenceSpan(blockStart, blockEnd - blockStart, paragraph));
                    }

                    blockStart = contentStart;
                }

                blockEnd = lineEnd;
                previousBullet = bullet || (previousBullet && !newBlock);
                previousOpen = !EndsWithTerminal(text, lineStart, lineEnd);
            }

            position = newline + 1;
        }

        if (blockStart >= 0)
        {
            blocks.Add(new SentenceSpan(blockStart, blockEnd - blockStart, paragraph));
        }

        return blocks;
    }

    private static bool TryBullet(string text, int start, int end, out int contentStart)
    {
        contentStart = start;
        var c = text[start];
        if ((c is '-' or '*' or '•' or '–' or '·' or '▪' or '‣') && start + 1 < end && text[start + 1] == ' ')
        {
            contentStart = SkipSpaces(text, start + 1, end);
            return true;
        }

        var i = start;
        while (i < end && i - start < 3 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i > start && i + 1 < end && text[i] is '.' or ')' && text[i + 1] == ' ')
        {
            contentStart = SkipSpaces(text, i + 1, end);
            return true;
        }

        return false;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int FirstLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool EndsWithTerminal(string text, int start, int end)
    {
        var i = end - 1;
        while (i > start && IsCloser(text[i]))
        {
            i--;
        }

        return IsTerminal(text[i]) || text[i] is ':' or ';' or ',';
    }

    private static (int Start, int End) TrimRange(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsTerminal(char c) => c is '.' or '?' or '!' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '›';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '‹';
}
