using System.Text;
using System.Xml.Linq;

namespace BriefingBot.Core.News;

/// <summary>Atom 1.0 and the older Atom 0.3.</summary>
public sealed partial class FeedParser
{
    private const string Atom03Namespace = "http://purl.org/atom/ns#";

    private static FeedParseResult ParseAtom(XElement root, Uri? baseUri)
    {
        var format = root.Name.NamespaceName == Atom03Namespace || root.Attribute("version")?.Value.Trim() == "0.3"
            ? FeedFormat.Atom03
            : FeedFormat.Atom10;
        var feedLink = ResolveAt(root, baseUri, AlternateHref(root.Elements()));
        var feedAuthor = AuthorName(root);
        var items = new List<FeedItem>();
        foreach (var entry in root.Elements())
        {
            if (entry.Name.LocalName == "entry" && ReadAtomEntry(entry, baseUri, feedAuthor) is { } item)
            {
                items.Add(item);
            }
        }

        return FeedParseResult.Success(new ParsedFeed(format, AtomText(Child(root, "title")), feedLink, items));
    }

    private static FeedItem? ReadAtomEntry(XElement entry, Uri? baseUri, string? feedAuthor)
    {
        var linkElement = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "link" && IsAlternate(e))
            ?? entry.Elements().FirstOrDefault(e => e.Name.LocalName == "link");
        var link = linkElement is null ? null : ResolveAt(linkElement, baseUri, Href(linkElement));
        var id = TextOf(Child(entry, "id"));
        link ??= ResolveAt(entry, baseUri, id);

        var title = AtomText(Child(entry, "title"));
        var summary = AtomText(Child(entry, "summary"));
        var contentElement = Child(entry, "content");
        var content = contentElement is null || contentElement.Attribute("src") is not null ? null : AtomText(contentElement);
        if (title is null && summary is null && content is null && link is null)
        {
            return null;
        }

        var published = FeedDates.Parse(TextOf(Child(entry, "published")))
            ?? FeedDates.Parse(TextOf(Child(entry, "issued")))
            ?? FeedDates.Parse(TextOf(Child(entry, "updated")))
            ?? FeedDates.Parse(TextOf(Child(entry, "modified")))
            ?? FeedDates.Parse(TextOf(Child(entry, "created")))
            ?? FeedDates.Parse(TextOf(AnyChild(entry, "date")));

        return new FeedItem(id ?? link?.AbsoluteUri, title ?? string.Empty, link, summary, content, AuthorName(entry) ?? feedAuthor, published);
    }

    private static string? AuthorName(XElement parent)
    {
        var author = Child(parent, "author");
        return Plain(TextOf(Child(author, "name")) ?? TextOf(AnyChild(author, "name")) ?? TextOf(AnyChild(parent, "creator")));
    }

    /// <summary>The href of the first rel="alternate" (or rel-less) link, else of the first link that is not self/edit/enclosure.</summary>
    private static string? AlternateHref(IEnumerable<XElement> elements)
    {
        var links = elements.Where(e => e.Name.LocalName == "link").ToList();
        var chosen = links.FirstOrDefault(IsAlternate)
            ?? links.FirstOrDefault(l => l.Attribute("rel")?.Value.Trim() is not ("self" or "edit" or "enclosure" or "hub"));
        return chosen is null ? null : Href(chosen);
    }

    private static bool IsAlternate(XElement link) =>
        link.Attribute("rel")?.Value.Trim() is null or "" or "alternate" && Href(link) is not null;

    private static string? Href(XElement link) => link.Attribute("href")?.Value ?? TextOf(link);

    /// <summary>Plain text of an Atom text construct: type text, html (escaped) or xhtml (inline markup); 0.3 modes too.</summary>
    private static string? AtomText(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = element.Attribute("type")?.Value.Trim().ToUpperInvariant() ?? "TEXT";
        var mode = element.Attribute("mode")?.Value.Trim().ToUpperInvariant();
        if (mode == "BASE64" || (type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("TEXT/", StringComparison.Ordinal) && !type.EndsWith("XML", StringComparison.Ordinal)))
        {
            return DecodeBase64Text(element.Value, type);
        }

        if (type is "XHTML" or "APPLICATION/XHTML+XML" || element.HasElements)
        {
            var markup = new StringBuilder();
            foreach (var node in element.Nodes())
            {
                markup.Append(node.ToString(SaveOptions.DisableFormatting));
            }

            return Plain(markup.ToString());
        }

        if (type is "HTML" or "TEXT/HTML" || mode == "ESCAPED")
        {
            return Plain(element.Value);
        }

        return type is "TEXT" or "TEXT/PLAIN" ? CollapseWhitespace(element.Value) : null;
    }

    /// <summary>Atom 0.3 mode="base64", or Atom 1.0 content of another media type (always base64): text only.</summary>
    private static string? DecodeBase64Text(string value, string type)
    {
        if (!(type is "TEXT" or "HTML" or "XHTML" || type.StartsWith("TEXT/", StringComparison.Ordinal)))
        {
            return null;
        }

        var buffer = new byte[value.Length];
        if (!Convert.TryFromBase64String(value.Trim(), buffer, out var length))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, length);
        return type is "TEXT" or "TEXT/PLAIN" ? CollapseWhitespace(text) : Plain(text);
    }
}
