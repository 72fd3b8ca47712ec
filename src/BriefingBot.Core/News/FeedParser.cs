using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace BriefingBot.Core.News;

/// <summary>
/// Hand-written tolerant parser for RSS 0.90/0.91/0.92/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1. Never throws for bad
/// input: a document it cannot read becomes a <see cref="FeedParseResult.Failure"/> with one sentence of reason.
/// DTDs are ignored and no resolver is used, so external entities and entity expansion bombs are inert.
/// </summary>
public sealed partial class FeedParser : IFeedParser
{
    /// <summary>Upper bound on the characters of one document (the fetcher limits bytes before this).</summary>
    private const long MaxDocumentCharacters = 64L * 1024 * 1024;

    public FeedParseResult Parse(ReadOnlyMemory<byte> content, string? contentType = null, Uri? baseUri = null)
    {
        try
        {
            if (content.IsEmpty)
            {
                return FeedParseResult.Failure("The document is empty.");
            }

            var text = FeedTextDecoder.Decode(content.Span, contentType);
            var start = text.AsSpan().TrimStart();
            if (start.IsEmpty)
            {
                return FeedParseResult.Failure("The document contains only whitespace.");
            }

            return start[0] is '{' or '['
                ? ParseJson(text, baseUri)
                : ParseXml(text, baseUri);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return FeedParseResult.Failure($"The feed could not be read ({exception.GetType().Name}).");
        }
    }

    private static FeedParseResult ParseXml(string text, Uri? baseUri)
    {
        XDocument document;
        try
        {
            document = LoadXml(text);
        }
        catch (XmlException)
        {
            try
            {
                // Second and last try: declare undeclared prefixes and turn HTML entities into XML ones.
                document = LoadXml(FeedXmlRepair.Repair(text));
            }
            catch (XmlException exception)
            {
                return FeedParseResult.Failure(
                    $"The document is not well-formed XML ({FirstClause(exception.Message)}) at line {exception.LineNumber}, position {exception.LinePosition}.");
            }
        }

        var root = document.Root;
        if (root is null)
        {
            return FeedParseResult.Failure("The document has no root element.");
        }

        return root.Name.LocalName.ToUpperInvariant() switch
        {
            "RSS" or "RDF" or "CHANNEL" => ParseRss(root, baseUri),
            "FEED" => ParseAtom(root, baseUri),
            "HTML" => FeedParseResult.Failure("The document is an HTML page, not a feed."),
            _ => FeedParseResult.Failure($"The document is XML but not a feed (its root element is <{Truncate(root.Name.LocalName, 40)}>)."),
        };
    }

    private static XDocument LoadXml(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = MaxDocumentCharacters,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var stringReader = new StringReader(text);
        using var reader = XmlReader.Create(stringReader, settings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static FeedParseResult ParseJson(string text, Uri? baseUri)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
                MaxDepth = 64,
            });
            return ParseJsonFeed(document.RootElement, baseUri);
        }
        catch (JsonException exception)
        {
            return FeedParseResult.Failure($"The document is not valid JSON (at line {exception.LineNumber + 1}).");
        }
    }

    private static string FirstClause(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        var clause = (end < 0 ? message : message[..end]).TrimEnd('.');
        return Truncate(clause, 160);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length] + "…";
}
