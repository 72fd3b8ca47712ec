using System.Text;

namespace BriefingBot.Discord.Rendering;

/// <summary>Makes user and feed text inert in Discord markdown: no formatting, no mentions, no masked links.</summary>
public static class DiscordMarkdown
{
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '(' or ')':
                    result.Append('\\').Append(c);
                    break;
                case '>' or '#' or '-' when lineStart:
                    result.Append('\\').Append(c);
                    break;
                case '@' when Follows(text, i + 1, "everyone") || Follows(text, i + 1, "here"):
                    result.Append('@').Append(ZeroWidthSpace);
                    break;
                case '<' when i + 1 < text.Length && text[i + 1] is '@' or '#' or ':' or '/' or 'a' or 't':
                    result.Append('<').Append(ZeroWidthSpace);
                    break;
                default:
                    result.Append(c);
                    break;
            }

            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }

        return result.ToString();
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters at a word boundary, ending in "…".</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        var end = cut > max / 2 ? cut : max - 1;
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        var head = text[..end];
        while (head.EndsWith('\\'))
        {
            head = head[..^1];
        }

        return head.TrimEnd() + "…";
    }

    private static bool Follows(string text, int index, string word) =>
        string.CompareOrdinal(text, index, word, 0, word.Length) == 0;
}
