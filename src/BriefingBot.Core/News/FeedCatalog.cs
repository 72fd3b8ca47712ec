using System.Text.Json;

namespace BriefingBot.Core.News;

/// <summary>
/// Reads the default sources file (config/feeds.json):
/// <c>{ "sources": [ { "id": "bbc-world", "name": "BBC News — World", "url": "https://...", "topics": ["world"] } ] }</c>.
/// </summary>
public static class FeedCatalog
{
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid JSON, misses a field, or repeats an id; the message names the file.</exception>
    public static IReadOnlyList<FeedSource> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The feed catalog '{path}' does not exist.", path);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The feed catalog '{path}' is not valid JSON (line {exception.LineNumber + 1}).", exception);
        }

        using (document)
        {
            return Read(document.RootElement, path);
        }
    }

    private static List<FeedSource> Read(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object ||
            !root.TryGetProperty("sources", out var sources) || sources.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"The feed catalog '{path}' must be an object with a \"sources\" array.");
        }

        var result = new List<FeedSource>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var element in sources.EnumerateArray())
        {
            var id = Required(element, "id", path, index);
            if (!ids.Add(id))
            {
                throw new InvalidDataException($"The feed catalog '{path}' lists the source id '{id}' more than once.");
            }

            var topics = element.TryGetProperty("topics", out var array) && array.ValueKind == JsonValueKind.Array
                ? array.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? string.Empty)
                    .Where(t => t.Length > 0).ToList()
                : [];
            result.Add(new FeedSource(id, Required(element, "name", path, index), Required(element, "url", path, index), topics));
            index++;
        }

        return result;
    }

    private static string Required(JsonElement element, string property, string path, int index)
    {
        if (element.ValueKind == JsonValueKind.Object &&
            element.TryGetProperty(property, out var value) &&
            value.ValueKind == JsonValueKind.String &&
            value.GetString() is { Length: > 0 } text &&
            !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        throw new InvalidDataException($"The feed catalog '{path}' has a source (number {index + 1}) without a \"{property}\" string.");
    }
}
