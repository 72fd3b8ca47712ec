using System.Xml.Linq;

namespace BriefingBot.Core.News;

/// <summary>RSS 0.90, 0.91, 0.92, 1.0 (RDF) and 2.0.</summary>
public sealed partial class FeedParser
{
    private const string Rss090Namespace = "http://my.netscape.com/rdf/simple/0.9/";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private static FeedParseResult ParseRss(XElement root, Uri? baseUri)
    {
        var channel = root.Name.LocalName == "channel"
            ? root
            : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var feedLink = channel is null ? null : ResolveAt(channel, baseUri, TextOf(Child(channel, "link")));
        var itemBase = baseUri ?? feedLink;

        var candidates = channel is null || channel == root ? root.Elements() : channel.Elements().Concat(root.Elements());
        var items = new List<FeedItem>();
        foreach (var element in candidates)
        {
            if (element.Name.LocalName == "item" && ReadRssItem(element, itemBase) is { } item)
            {
                items.Add(item);
            }
        }

        var title = Plain(TextOf(Child(channel, "title")) ?? TextOf(AnyChild(channel, "title")));
        return FeedParseResult.Success(new ParsedFeed(RssFormat(root), title, feedLink, items));
    }

    private static FeedFormat RssFormat(XElement root)
    {
        if (root.Name.LocalName != "rss")
        {
            var isRss090 = root.Elements().Any(e => e.Name.NamespaceName == Rss090Namespace);
            return isRss090 ? FeedFormat.Rss090 : FeedFormat.Rss10;
        }

        return root.Attribute("version")?.Value.Trim() switch
        {
            "0.90" or "0.9" => FeedFormat.Rss090,
            "0.91" => FeedFormat.Rss091,
            "0.92" or "0.93" or "0.94" => FeedFormat.Rss092,
            _ => FeedFormat.Rss20,
        };
    }

    private static FeedItem? ReadRssItem(XElement item, Uri? baseUri)
    {
        var guidElement = Child(item, "guid");
        var guid = TextOf(guidElement);
        var isPermaLink = !string.Equals(guidElement?.Attribute("isPermaLink")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var about = item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value;

        var link = ResolveAt(item, baseUri, TextOf(Child(item, "link")))
            ?? ResolveAt(item, baseUri, AlternateHref(item.Elements().Where(e => e.Name.NamespaceName == AtomNamespace)))
            ?? (isPermaLink ? ResolveAt(item, baseUri, guid) : null)
            ?? ResolveAt(item, baseUri, about);

        var title = Plain(TextOf(Child(item, "title")) ?? TextOf(AnyChild(item, "title")));
        var summary = Plain(TextOf(Child(item, "description")) ?? TextOf(AnyChild(item, "summary")));
        var content = Plain(TextOf(AnyChild(item, "encoded")))
            ?? Plain(TextOf(item.Elements().FirstOrDefault(e => e.Name.LocalName == "content" && e.Name.NamespaceName == AtomNamespace)));
        if (title is null && summary is null && content is null && link is null)
        {
            return null;
        }

        var author = Plain(TextOf(Child(item, "author")) ?? TextOf(AnyChild(item, "creator")) ?? TextOf(AnyChild(item, "author")));
        var published = FeedDates.Parse(TextOf(Child(item, "pubDate")))
            ?? FeedDates.Parse(TextOf(AnyChild(item, "date")))
            ?? FeedDates.Parse(TextOf(AnyChild(item, "published")))
            ?? FeedDates.Parse(TextOf(AnyChild(item, "updated")));

        return new FeedItem(guid ?? about ?? link?.AbsoluteUri, title ?? string.Empty, link, summary, content, author, published);
    }
}
