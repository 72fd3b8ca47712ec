using System.Globalization;
using System.Net;
using System.Text;

namespace BriefingBot.Core.News;

/// <summary>
/// The cheap fixes that make most "almost XML" feeds readable, applied once after a strict parse failed:
/// HTML entities (&amp;nbsp;) become character references, stray ampersands are escaped, and namespace prefixes
/// used without a declaration (content:encoded, dc:creator) get one on the root element, control characters and
/// misplaced XML declarations are dropped. One linear pass.
/// </summary>
internal static class FeedXmlRepair
{
    private static readonly Dictionary<string, string> KnownPrefixes = new(StringComparer.Ordinal)
    {
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
    };

    public static string Repair(string xml)
    {
        var output = new StringBuilder(xml.Length + 256);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var rootInsertAt = -1;
        var i = 0;
        while (i < xml.Length)
        {
            var c = xml[i];
            if (c == '<' && string.CompareOrdinal(xml, i, "<![CDATA[", 0, 9) == 0)
            {
                i = CopyThrough(xml, i, "]]>", output);
            }
            else if (c == '<' && i > 0 && string.CompareOrdinal(xml, i, "<?xml ", 0, 6) == 0)
            {
                // An XML declaration after a comment or blank lines is illegal but harmless: drop it.
                var close = xml.IndexOf("?>", i, StringComparison.Ordinal);
                i = close < 0 ? xml.Length : close + 2;
            }
            else if (c == '<' && string.CompareOrdinal(xml, i, "<!--", 0, 4) == 0)
            {
                i = CopyThrough(xml, i, "-->", output);
            }
            else if (c == '<' && i + 1 < xml.Length && (char.IsLetter(xml[i + 1]) || xml[i + 1] == '_'))
            {
                var nameEnd = CollectPrefixes(xml, i + 1, prefixes);
                output.Append(xml, i, nameEnd - i);
                if (rootInsertAt < 0)
                {
                    rootInsertAt = output.Length;
                }

                i = nameEnd;
            }
            else if (c == '&')
            {
                i = AppendEntity(xml, i, output);
            }
            else if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                // Control characters are never allowed in XML 1.0; real feeds leak them from copy-pasted text.
                i++;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }

        if (rootInsertAt >= 0)
        {
            output.Insert(rootInsertAt, Declarations(xml, prefixes));
        }

        return output.ToString();
    }

    private static int CopyThrough(string xml, int start, string terminator, StringBuilder output)
    {
        var close = xml.IndexOf(terminator, start, StringComparison.Ordinal);
        var end = close < 0 ? xml.Length : close + terminator.Length;
        output.Append(xml, start, end - start);
        return end;
    }

    /// <summary>Notes the prefixes of the element name and attribute names of the tag; returns the end of the element name.</summary>
    private static int CollectPrefixes(string xml, int nameStart, HashSet<string> prefixes)
    {
        var nameEnd = ReadName(xml, nameStart);
        AddPrefix(xml, nameStart, nameEnd, prefixes);
        var i = nameEnd;
        while (i < xml.Length && xml[i] is not ('>' or '<'))
        {
            if (xml[i] is '"' or '\'')
            {
                var close = xml.IndexOf(xml[i], i + 1);
                var next = close < 0 ? xml.Length : close + 1;
                var lt = xml.IndexOf('<', i + 1, next - i - 1);
                i = lt < 0 ? next : lt;
            }
            else if (char.IsLetter(xml[i]))
            {
                var end = ReadName(xml, i);
                AddPrefix(xml, i, end, prefixes);
                i = end;
            }
            else
            {
                i++;
            }
        }

        return nameEnd;
    }

    private static int ReadName(string xml, int start)
    {
        var end = start;
        while (end < xml.Length && (char.IsLetterOrDigit(xml[end]) || xml[end] is ':' or '_' or '-' or '.'))
        {
            end++;
        }

        return end;
    }

    private static void AddPrefix(string xml, int start, int end, HashSet<string> prefixes)
    {
        var colon = xml.IndexOf(':', start, end - start);
        if (colon > start)
        {
            prefixes.Add(xml[start..colon]);
        }
    }

    private static string Declarations(string xml, HashSet<string> prefixes)
    {
        var builder = new StringBuilder();
        foreach (var prefix in prefixes)
        {
            if (prefix is "xml" or "xmlns" || xml.Contains("xmlns:" + prefix + "=", StringComparison.Ordinal))
            {
                continue;
            }

            var uri = KnownPrefixes.GetValueOrDefault(prefix, "urn:briefingbot:undeclared:" + prefix);
            builder.Append(CultureInfo.InvariantCulture, $" xmlns:{prefix}=\"{uri}\"");
        }

        return builder.ToString();
    }

    /// <summary>Copies a valid XML reference as is, turns an HTML entity into character references, escapes anything else.</summary>
    private static int AppendEntity(string xml, int start, StringBuilder output)
    {
        var semicolon = xml.IndexOf(';', start + 1, Math.Min(34, xml.Length - start - 1));
        if (semicolon > start + 1)
        {
            var reference = xml.AsSpan(start + 1, semicolon - start - 1);
            if (reference is "amp" or "lt" or "gt" or "quot" or "apos" || IsCharacterReference(reference))
            {
                // XML spells hexadecimal references with a lower-case x; HTML also accepts "&#X".
                if (reference.StartsWith("#X"))
                {
                    output.Append("&#x").Append(reference[2..]).Append(';');
                }
                else
                {
                    output.Append(xml, start, semicolon - start + 1);
                }

                return semicolon + 1;
            }

            var entity = xml[start..(semicolon + 1)];
            var decoded = WebUtility.HtmlDecode(entity);
            if (decoded != entity)
            {
                foreach (var rune in decoded.EnumerateRunes())
                {
                    output.Append(CultureInfo.InvariantCulture, $"&#{rune.Value};");
                }

                return semicolon + 1;
            }
        }

        output.Append("&amp;");
        return start + 1;
    }

    private static bool IsCharacterReference(ReadOnlySpan<char> reference)
    {
        if (reference.Length < 2 || reference[0] != '#')
        {
            return false;
        }

        var digits = reference[1] is 'x' or 'X' ? reference[2..] : reference[1..];
        var hex = reference[1] is 'x' or 'X';
        foreach (var ch in digits)
        {
            if (!(hex ? char.IsAsciiHexDigit(ch) : char.IsAsciiDigit(ch)))
            {
                return false;
            }
        }

        return !digits.IsEmpty;
    }
}
