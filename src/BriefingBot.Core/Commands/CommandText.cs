using System.Text;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Reads a typed command line: "/who@NewsBot \"Boris Johnson\"" → name "who", arguments ["Boris Johnson"].
/// Straight and curly double quotes group words; a mention of another bot makes the text not ours.
/// </summary>
public static class CommandText
{
    /// <summary>Parses <paramref name="text"/> when it starts with '/'.</summary>
    /// <param name="text">The message text or caption.</param>
    /// <param name="botUsername">This bot's username (without @) when the platform addresses bots by name; mentions of other bots are ignored.</param>
    /// <param name="parsed">The command, when the result is true.</param>
    public static bool TryParse(string? text, string? botUsername, out ParsedCommandText parsed)
    {
        parsed = new ParsedCommandText(string.Empty, [], string.Empty);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/')
        {
            return false;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var head = trimmed[1..end];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var mentioned = head[(at + 1)..];
            if (botUsername is not null && !mentioned.Equals(botUsername, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            head = head[..at];
        }

        if (head.Length == 0)
        {
            return false;
        }

        var raw = trimmed[end..].Trim();
        parsed = new ParsedCommandText(head.ToLowerInvariant(), Tokenize(raw), raw);
        return true;
    }

    /// <summary>Splits on whitespace, keeping "quoted phrases" (straight or curly quotes) together.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        var inQuotes = false;
        var hadQuotes = false;
        foreach (var c in text)
        {
            if (c is '"' or '\u201C' or '\u201D')
            {
                inQuotes = !inQuotes;
                hadQuotes = true;
            }
            else if (char.IsWhiteSpace(c) && !inQuotes)
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0 || hadQuotes)
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                }

                current.Clear();
                hadQuotes = false;
            }
        }
    }
}
