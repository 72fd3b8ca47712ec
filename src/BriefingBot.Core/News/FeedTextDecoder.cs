using System.Text;

namespace BriefingBot.Core.News;

/// <summary>
/// Decodes feed and page bytes to text. Precedence for feeds: byte-order mark, then the XML declaration's encoding, then
/// the Content-Type charset, then UTF-8; for HTML pages the Content-Type charset comes before the page's own
/// <c>&lt;meta charset&gt;</c>. Bytes that are not valid UTF-8 fall back to windows-1252.
/// </summary>
internal static class FeedTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static FeedTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType) =>
        DecodeWithBom(bytes) ?? DecodeDeclared(bytes, Lookup(DeclaredXmlEncoding(bytes)) ?? Lookup(CharsetOf(contentType)));

    /// <summary>
    /// Decodes an HTML page: BOM, then the Content-Type charset, then UTF-8 when the bytes are valid UTF-8 (pages that
    /// were re-saved as UTF-8 often keep their old meta charset; legacy text is almost never valid UTF-8 by chance), then
    /// the page's meta charset, then windows-1252.
    /// </summary>
    public static string DecodeHtml(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (DecodeWithBom(bytes) is { } unicode)
        {
            return unicode;
        }

        if (Lookup(CharsetOf(contentType)) is { } declared)
        {
            return DecodeDeclared(bytes, declared);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeDeclared(bytes, Lookup(DeclaredMetaCharset(bytes)) ?? Encoding.GetEncoding(1252));
        }
    }

    private static string DecodeDeclared(ReadOnlySpan<byte> bytes, Encoding? declared)
    {
        var encoding = declared ?? StrictUtf8;
        if (encoding.CodePage is 1200 or 1201 or 12000 or 12001)
        {
            // A UTF-16/32 declaration on a document that is evidently 8-bit (no BOM, ASCII '<') is a lie.
            encoding = StrictUtf8;
        }

        return DecodeOrFallback(bytes, encoding);
    }

    private static string? DecodeWithBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeOrFallback(bytes[3..], StrictUtf8);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Encoding.UTF32.GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == (byte)'<' && bytes[1] == 0)
        {
            return Encoding.Unicode.GetString(bytes);
        }

        if (bytes.Length >= 2 && bytes[0] == 0 && bytes[1] == (byte)'<')
        {
            return Encoding.BigEndianUnicode.GetString(bytes);
        }

        return null;
    }

    /// <summary>The charset of a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> Content-Type in the first 2 KB.</summary>
    private static string? DeclaredMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var index = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        while (index >= 0)
        {
            var meta = head.LastIndexOf("<meta", index, StringComparison.OrdinalIgnoreCase);
            var close = head.LastIndexOf('>', index);
            if (meta >= 0 && meta > close)
            {
                var value = head[(index + "charset=".Length)..].TrimStart('"', '\'', ' ');
                var end = value.IndexOfAny(['"', '\'', ';', ' ', '>', '/']);
                return end < 0 ? value : value[..end];
            }

            index = head.IndexOf("charset=", index + 1, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    private static string DecodeOrFallback(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return Encoding.GetEncoding(1252).GetString(bytes);
            }
        }

        return encoding.GetString(bytes);
    }

    private static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());

            // Browsers and feed readers treat Latin-1 as windows-1252 (curly quotes live in 0x80-0x9F).
            return encoding.CodePage == 28591 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The encoding named in an XML declaration at the start of the document, if any.</summary>
    private static string? DeclaredXmlEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 512)];
        if (!head.TrimStart(" \t\r\n"u8).StartsWith("<?xml"u8))
        {
            return null;
        }

        var end = head.IndexOf("?>"u8);
        var declaration = Encoding.ASCII.GetString(end < 0 ? head : head[..end]);
        var index = declaration.IndexOf("encoding", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : QuotedValueAfter(declaration, index + "encoding".Length);
    }

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var index = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var value = contentType[(index + "charset=".Length)..];
        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? value : value[..semicolon]).Trim().Trim('"', '\'');
    }

    private static string? QuotedValueAfter(string text, int index)
    {
        var open = text.IndexOfAny(['"', '\''], index);
        if (open < 0)
        {
            return null;
        }

        var close = text.IndexOf(text[open], open + 1);
        return close < 0 ? null : text[(open + 1)..close];
    }
}
