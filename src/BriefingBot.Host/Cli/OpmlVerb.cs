using System.Globalization;
using System.Text;
using BriefingBot.Core.News;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Cli;

/// <summary>
/// "opml export" prints the configured feed catalog (News:FeedsFile) as OPML; "opml import FILE" adds the OPML's http(s)
/// feeds to that catalog (feeds already in it, by address, are skipped), so every chat reads them.
/// </summary>
internal sealed class OpmlVerb(IOptions<NewsOptions> options, TimeProvider time, CliOutput output)
{
    public async Task<int> ExportAsync(string? outputPath, CancellationToken cancellationToken)
    {
        var sources = FeedCatalog.Load(options.Value.FeedsFile);
        var opml = OpmlDocument.Write(sources, time.GetUtcNow());
        if (outputPath is null)
        {
            output.WriteText(opml);
        }
        else
        {
            await File.WriteAllTextAsync(outputPath, opml + "\n", new UTF8Encoding(false), cancellationToken);
            output.WriteError($"Wrote {sources.Count} feed(s) to {outputPath}.");
        }

        return 0;
    }

    public async Task<int> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var feedsFile = options.Value.FeedsFile;
        var sources = File.Exists(feedsFile) ? FeedCatalog.Load(feedsFile).ToList() : [];
        var added = 0;
        foreach (var outline in OpmlDocument.Read(path))
        {
            var (source, skipped) = Admit(outline, sources);
            if (source is not null)
            {
                sources.Add(source);
                added++;
            }

            Report(outline, source, skipped);
        }

        if (added > 0)
        {
            await FeedCatalogFile.SaveAsync(feedsFile, sources, cancellationToken);
        }

        output.WriteError($"{added} feed(s) added to {feedsFile}; it now lists {sources.Count}.");
        return 0;
    }

    private static (FeedSource? Source, string? Skipped) Admit(OpmlDocument.Outline outline, IReadOnlyList<FeedSource> sources)
    {
        if (!Uri.TryCreate(outline.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return (null, "not an http(s) address");
        }

        if (sources.Any(s => Uri.TryCreate(s.Location, UriKind.Absolute, out var known) && Uri.Compare(known, url, UriComponents.HttpRequestUrl, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0))
        {
            return (null, "already in the catalog");
        }

        var name = outline.Title.Length > 0 ? outline.Title : url.Host;
        return (new FeedSource(UniqueId(name, sources), name, url.AbsoluteUri, outline.Categories), null);
    }

    /// <summary>"The Verge" -> "the-verge", "Zürich" -> "zurich" (ASCII letters and digits), with "-2", "-3" ... when taken.</summary>
    private static string UniqueId(string name, IReadOnlyList<FeedSource> sources)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var stem = slug.ToString().Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 40)] : "feed";
        var id = stem;
        for (var n = 2; sources.Any(x => x.Id.Equals(id, StringComparison.OrdinalIgnoreCase)); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private void Report(OpmlDocument.Outline outline, FeedSource? source, string? skipped)
    {
        if (output.Json)
        {
            output.WriteJson(new { url = outline.Url, id = source?.Id, name = source?.Name, status = source is null ? "skipped" : "added", reason = skipped });
        }
        else
        {
            output.WriteText(source is null ? $"skipped {outline.Url}: {skipped}" : $"added   {source.Id}  {source.Name}  {source.Location}");
        }
    }
}
