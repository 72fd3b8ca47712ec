using System.Net;
using System.Text;

namespace BriefingBot.Core.Text;

/// <summary>
/// Turns HTML (or text that may contain HTML) into plain text: tags removed, script/style/noscript content dropped,
/// entities decoded, block elements as paragraph breaks and inline whitespace collapsed. A single linear scan with no
/// regular expressions, so hostile input (unclosed tags, unbalanced quotes) cannot make it backtrack.
/// </summary>
public static class HtmlText
{
    private const int None = 0;
    private const int Space = 1;
    private const int Line = 2;
    private const int Paragraph = 3;

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "table", "tr", "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer", "aside", "nav",
        "main", "figure", "figcaption", "hr", "address", "form", "fieldset", "details", "summary", "center",
    };

    private static readonly HashSet<string> DroppedElements = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "svg", "head",
    };

    /// <summary>Converts <paramref name="html"/> to plain text; returns an empty string for null or empty input.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var output = new Writer(html.Length);
        var textStart = 0;
        var quotesReliable = true;
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<' || i + 1 >= html.Length || !StartsMarkup(html[i + 1]))
            {
                i++;
                continue;
            }

            output.AppendText(html.AsSpan(textStart, i - textStart));
            i = SkipMarkup(html, i, output, ref quotesReliable);
            textStart = i;
        }

        output.AppendText(html.AsSpan(textStart));
        return output.ToString();
    }

    private static bool StartsMarkup(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    /// <summary>Consumes the markup that starts at <paramref name="start"/> ('&lt;') and returns the index after it.</summary>
    private static int SkipMarkup(string html, int start, Writer output, ref bool quotesReliable)
    {
        var rest = html.AsSpan(start);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            return EndOf(html, start + 4, "-->");
        }

        if (rest.StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            var close = html.IndexOf("]]>", start + 9, StringComparison.Ordinal);
            var end = close < 0 ? html.Length : close;
            output.AppendText(html.AsSpan(start + 9, end - start - 9), decode: false);
            return close < 0 ? html.Length : close + 3;
        }

        var tagEnd = FindTagEnd(html, start + 1, ref quotesReliable);
        var closing = html[start + 1] == '/';
        var nameStart = closing ? start + 2 : start + 1;
        var nameEnd = nameStart;
        while (nameEnd < tagEnd && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-'))
        {
            nameEnd++;
        }

        var name = html[nameStart..nameEnd].ToLowerInvariant();
        var colon = name.LastIndexOf(':');
        if (colon >= 0)
        {
            name = name[(colon + 1)..];
        }

        var after = tagEnd < html.Length ? tagEnd + 1 : html.Length;
        var selfClosing = tagEnd < html.Length && html[tagEnd - 1] == '/';
        if (!closing && !selfClosing && DroppedElements.Contains(name))
        {
            var close = html.IndexOf("</" + name, after, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : EndOf(html, close, ">");
        }

        if (name == "br")
        {
            output.Break(Line);
        }
        else if (BlockElements.Contains(name))
        {
            output.Break(Paragraph);
        }
        else if (name is "td" or "th" or "img")
        {
            output.Break(Space);
        }

        return after;
    }

    /// <summary>Index of the '&gt;' closing a tag, or of the next '&lt;' / end of input when the tag is malformed.</summary>
    private static int FindTagEnd(string html, int from, ref bool quotesReliable)
    {
        if (quotesReliable)
        {
            char quote = '\0';
            for (var i = from; i < html.Length; i++)
            {
                var c = html[i];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                }
                else if (c is '"' or '\'' && i > from && html[i - 1] == '=')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return i;
                }
            }

            // An unterminated quote ran to the end: stop trusting quotes so the scan stays linear.
            quotesReliable = false;
        }

        for (var i = from; i < html.Length; i++)
        {
            if (html[i] == '>')
            {
                return i;
            }

            if (html[i] == '<')
            {
                return i - 1;
            }
        }

        return html.Length;
    }

    private static int EndOf(string html, int from, string terminator)
    {
        var index = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return index < 0 ? html.Length : index + terminator.Length;
    }

    private sealed class Writer(int capacity)
    {
        private readonly StringBuilder _builder = new(Math.Min(capacity, 1 << 20));
        private int _pending = None;

        public void Break(int level) => _pending = Math.Max(_pending, level);

        public void AppendText(ReadOnlySpan<char> raw, bool decode = true)
        {
            if (raw.IsEmpty)
            {
                return;
            }

            var text = decode && raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()).AsSpan() : raw;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    Break(Space);
                    continue;
                }

                if (_builder.Length > 0)
                {
                    _builder.Append(_pending switch { Paragraph => "\n\n", Line => "\n", Space => " ", _ => string.Empty });
                }

                _pending = None;
                _builder.Append(c);
            }
        }

        public override string ToString() => _builder.ToString();
    }
}
