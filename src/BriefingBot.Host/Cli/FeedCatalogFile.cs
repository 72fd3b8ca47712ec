using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingBot.Core.News;

namespace BriefingBot.Host.Cli;

/// <summary>Writes the feed catalog (News:FeedsFile) in the shape <see cref="FeedCatalog"/> reads, one source per line.</summary>
internal static class FeedCatalogFile
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Replaces the file (written beside it first, then moved over it).</summary>
    public static async Task SaveAsync(string path, IReadOnlyList<FeedSource> sources, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("{\n  \"sources\": [\n");
        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            text.Append("    { \"id\": ").Append(Json(s.Id))
                .Append(", \"name\": ").Append(Json(s.Name))
                .Append(", \"url\": ").Append(Json(s.Location))
                .Append(", \"topics\": [").AppendJoin(", ", s.Topics.Select(Json)).Append("] }")
                .Append(i < sources.Count - 1 ? ",\n" : "\n");
        }

        text.Append("  ]\n}\n");
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text.ToString(), new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private static string Json(string value) => JsonSerializer.Serialize(value, Options);
}
