using System.Text;

namespace BriefingBot.Telegram.Rendering;

/// <summary>Telegram's HTML parse mode: every piece of text goes through <see cref="Escape(string)"/>.</summary>
public static class TelegramHtml
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("<>&\"");

    /// <summary>Escapes the three characters Telegram's HTML mode requires (&lt; &gt; &amp;) plus the quote, for attributes.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most text has nothing to escape: hand it back as it is. Otherwise copy the runs between special characters
        // (a briefing is escaped once per chat it goes to, so a string per character added up to ~100 KB per send).
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        var rest = text.AsSpan();
        while (next >= 0)
        {
            html.Append(rest[..next]).Append(rest[next] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                _ => "&quot;",
            });
            rest = rest[(next + 1)..];
            next = rest.IndexOfAny(Special);
        }

        return html.Append(rest).ToString();
    }

    public static string Bold(string text) => $"<b>{Escape(text)}</b>";

    public static string Italic(string text) => $"<i>{Escape(text)}</i>";

    /// <summary>Longer URLs are left out: a feed's link must not be able to push a message over Telegram's limit.</summary>
    public const int MaxUrlLength = 500;

    /// <summary>A link when the URL is http(s) and not absurdly long, else the escaped text alone.</summary>
    public static string Link(string text, Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.AbsoluteUri.Length <= MaxUrlLength
            ? $"<a href=\"{Escape(url.AbsoluteUri)}\">{Escape(text)}</a>"
            : Escape(text);
}
