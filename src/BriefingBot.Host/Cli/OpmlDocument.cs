using System.Xml;
using System.Xml.Linq;
using BriefingBot.Core.News;

namespace BriefingBot.Host.Cli;

/// <summary>
/// OPML 2.0 subscription lists as feed readers write them: every outline with an xmlUrl is a feed (folders nest them);
/// "category" carries topic hints. Read without DTDs or external entities, within a size limit.
/// </summary>
internal static class OpmlDocument
{
    /// <summary>Largest OPML file read.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>A feed listed in an OPML file: its title, address and categories.</summary>
    public sealed record Outline(string Title, string Url, IReadOnlyList<string> Categories);

    /// <exception cref="InvalidDataException">The file is too large or not OPML; the message names the file.</exception>
    public static IReadOnlyList<Outline> Read(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The OPML file '{path}' does not exist.", path);
        }

        if (file.Length > MaxBytes)
        {
            throw new InvalidDataException($"The OPML file '{path}' is larger than {MaxBytes} bytes.");
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException exception)
        {
            throw new InvalidDataException($"The OPML file '{path}' is not well-formed XML (line {exception.LineNumber}).", exception);
        }

        if (document.Root?.Name.LocalName != "opml")
        {
            throw new InvalidDataException($"The OPML file '{path}' has no <opml> root element.");
        }

        return [.. document.Root.Descendants().Where(e => e.Name.LocalName == "outline" && Attribute(e, "xmlUrl") is not null)
            .Select(e => new Outline(
                Attribute(e, "title") ?? Attribute(e, "text") ?? string.Empty,
                Attribute(e, "xmlUrl") ?? string.Empty,
                (Attribute(e, "category") ?? string.Empty).Split([',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))];
    }

    /// <summary>The sources as an OPML 2.0 document (topics as the category attribute).</summary>
    public static string Write(IReadOnlyList<FeedSource> sources, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var body = new XElement("body", sources.Select(s => new XElement(
            "outline",
            new XAttribute("type", "rss"),
            new XAttribute("text", s.Name),
            new XAttribute("title", s.Name),
            new XAttribute("xmlUrl", s.Location),
            s.Topics.Count == 0 ? null : new XAttribute("category", string.Join(',', s.Topics)))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"), new XElement("head", new XElement("title", "BriefingBot feeds"), new XElement("dateCreated", now.ToString("R"))), body));
        return document.Declaration + Environment.NewLine + document;
    }

    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim() is { Length: > 0 } value ? value : null;
}
