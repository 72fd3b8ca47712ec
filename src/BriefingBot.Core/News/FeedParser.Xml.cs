using System.Text;
using System.Xml.Linq;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.News;

/// <summary>XML helpers shared by the RSS and Atom readers: namespace-tolerant lookups, text and link resolution.</summary>
public sealed partial class FeedParser
{
    private static readonly XNamespace XmlNs = XNamespace.Xml;

    /// <summary>First child with this local name in the parent's namespace or in no namespace (feeds mix them up).</summary>
    private static XElement? Child(XElement? parent, string localName)
    {
        if (parent is null)
        {
            return null;
        }

        foreach (var element in parent.Elements())
        {
            if (element.Name.LocalName == localName &&
                (element.Name.Namespace == parent.Name.Namespace || element.Name.Namespace == XNamespace.None))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>First child with this local name in any namespace (dc:creator, content:encoded with odd namespace URIs).</summary>
    private static XElement? AnyChild(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? TextOf(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var value = element.Value.Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>Plain text of a field that may hold HTML; null when nothing readable is left.</summary>
    private static string? Plain(string? value)
    {
        var text = HtmlText.ToPlainText(value);
        return text.Length == 0 ? null : text;
    }

    private static string? CollapseWhitespace(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var part in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length == 0 ? string.Empty : " ").Append(part);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>The base URI in force at <paramref name="element"/>: xml:base attributes from the root down, over the document's own URI.</summary>
    private static Uri? BaseOf(XElement element, Uri? documentUri)
    {
        var current = documentUri;
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            var xmlBase = ancestor.Attribute(XmlNs + "base")?.Value.Trim();
            if (!string.IsNullOrEmpty(xmlBase))
            {
                current = Resolve(current, xmlBase) ?? current;
            }
        }

        return current;
    }

    /// <summary>Resolves <paramref name="href"/> (absolute or relative) to an absolute http(s) URI, or null.</summary>
    private static Uri? Resolve(Uri? baseUri, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        Uri? result;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && !href.StartsWith('/'))
        {
            result = absolute;
        }
        else if (baseUri is null || !baseUri.IsAbsoluteUri || !Uri.TryCreate(baseUri, href, out result))
        {
            return null;
        }

        return result.Scheme == Uri.UriSchemeHttp || result.Scheme == Uri.UriSchemeHttps ? result : null;
    }

    private static Uri? ResolveAt(XElement context, Uri? documentUri, string? href) => Resolve(BaseOf(context, documentUri), href);
}
