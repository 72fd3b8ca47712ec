using System.Text.Json;

namespace BriefingBot.Core.News;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
public sealed partial class FeedParser
{
    private static FeedParseResult ParseJsonFeed(JsonElement root, Uri? baseUri)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return FeedParseResult.Failure("The JSON document is not a JSON Feed (its top level is not an object).");
        }

        // Some producers write a bare "1.1" instead of the version URL; an "items" array is the other tell.
        var version = JsonString(root, "version");
        var hasItems = root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array;
        if (!hasItems && (version is null || !version.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase)))
        {
            return FeedParseResult.Failure("The JSON document is not a JSON Feed (it has neither a jsonfeed.org version nor items).");
        }

        var feedLink = Resolve(baseUri, JsonString(root, "home_page_url"));
        var feedAuthor = JsonAuthor(root);
        var items = new List<FeedItem>();
        if (hasItems)
        {
            foreach (var element in array.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Object && ReadJsonItem(element, baseUri ?? feedLink, feedAuthor) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        return FeedParseResult.Success(new ParsedFeed(FeedFormat.JsonFeed, Plain(JsonString(root, "title")), feedLink, items));
    }

    private static FeedItem? ReadJsonItem(JsonElement item, Uri? baseUri, string? feedAuthor)
    {
        var link = Resolve(baseUri, JsonString(item, "url")) ?? Resolve(baseUri, JsonString(item, "external_url"));
        var title = Plain(JsonString(item, "title"));
        var summary = Plain(JsonString(item, "summary"));
        var content = Plain(JsonString(item, "content_html")) ?? CollapseParagraphs(JsonString(item, "content_text"));
        if (title is null && summary is null && content is null && link is null)
        {
            return null;
        }

        var published = FeedDates.Parse(JsonString(item, "date_published")) ?? FeedDates.Parse(JsonString(item, "date_modified"));
        return new FeedItem(JsonString(item, "id") ?? link?.AbsoluteUri, title ?? string.Empty, link, summary, content,
            JsonAuthor(item) ?? feedAuthor, published);
    }

    /// <summary>Name of the first of "authors" (1.1) or of "author" (1.0).</summary>
    private static string? JsonAuthor(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (author.ValueKind == JsonValueKind.Object && Plain(JsonString(author, "name")) is { } name)
                {
                    return name;
                }
            }
        }

        return element.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object
            ? Plain(JsonString(single, "name"))
            : null;
    }

    private static string? JsonString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>Plain text with its paragraph breaks kept and other whitespace collapsed.</summary>
    private static string? CollapseParagraphs(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var paragraphs = text.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(CollapseWhitespace)
            .OfType<string>();
        var joined = string.Join("\n\n", paragraphs);
        return joined.Length == 0 ? null : joined;
    }
}
