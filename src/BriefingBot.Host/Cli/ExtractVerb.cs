using System.CommandLine;
using System.Globalization;
using BriefingBot.Core.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Cli;

/// <summary>
/// "extract PATH": the article of a page (a URL fetched with the bot's own guard and limits), an HTML file, or every
/// .html/.htm file under a folder: title, byline, date and main text, one JSON object per page with <c>--json</c>.
/// Exits 0 when every page is an article, 3 when some page is not one, 1 when some page could not be read.
/// </summary>
internal sealed class ExtractVerb(IArticleExtractor extractor, IPageFetcher fetcher, CliOutput output)
{
    /// <summary>The verb's command; <paramref name="run"/> is CliApp's verb runner (host, storage, error handling).</summary>
    public static Command CreateCommand(Option<bool> json, Func<bool, Func<IServiceProvider, CancellationToken, Task<int>>, CancellationToken, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var target = new Argument<string>("path") { Description = "A page URL (http/https), an HTML file or a folder of them." };
        var command = new Command("extract", "Print the article of a page or of every HTML file in a folder: title, byline, date and main text.") { target, json };
        command.SetAction((r, ct) => run(r.GetValue(json), (sp, c) => ActivatorUtilities.CreateInstance<ExtractVerb>(sp).RunAsync(r.GetValue(target)!, c), ct));
        return command;
    }

    public async Task<int> RunAsync(string target, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var page = await output.WithProgressAsync($"Fetching {target}...", _ => fetcher.FetchAsync(uri, cancellationToken));
            var extraction = page.IsSuccess ? extractor.Extract(page.Content.Span, page.ContentType, page.FinalUri ?? uri) : ArticleExtraction.Failed(page.Error ?? "The page could not be fetched.");
            Print(target, extraction);
            return ExitCode(extraction.Status);
        }

        var files = Files(target);
        return await output.WithProgressAsync($"Extracting {files.Count} page(s)...", async progress =>
        {
            var statuses = new HashSet<ExtractionStatus>();
            var done = 0;
            foreach (var file in files)
            {
                var extraction = extractor.Extract(await File.ReadAllBytesAsync(file, cancellationToken), null, null);
                progress($"Extracted {++done} of {files.Count}");
                Print(file, extraction);
                statuses.Add(extraction.Status);
            }

            return statuses.Contains(ExtractionStatus.Failed) ? 1 : statuses.Contains(ExtractionStatus.NotAnArticle) ? 3 : 0;
        });
    }

    private static List<string> Files(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".html" or ".htm")
                .Order(StringComparer.Ordinal).ToList();
        }

        throw new FileNotFoundException($"No such file or folder: {path} (give an http or https URL, an HTML file or a folder of them).");
    }

    private static int ExitCode(ExtractionStatus status) => status switch
    {
        ExtractionStatus.Article => 0,
        ExtractionStatus.NotAnArticle => 3,
        _ => 1,
    };

    private void Print(string target, ArticleExtraction extraction)
    {
        if (output.Json)
        {
            output.WriteJson(new
            {
                file = target,
                status = extraction.Status.ToString(),
                title = extraction.Title,
                byline = extraction.Byline,
                published = extraction.PublishedAt,
                text = extraction.IsArticle ? extraction.Text : null,
                reason = extraction.Reason,
            });
            return;
        }

        if (extraction.Status == ExtractionStatus.Failed)
        {
            output.WriteError($"Could not read {target}: {extraction.Reason}");
            return;
        }

        output.WriteText(target);
        output.WriteText(extraction.Title ?? "(no title)");
        if (extraction.Byline is { Length: > 0 } byline)
        {
            output.WriteText("By " + byline);
        }

        if (extraction.PublishedAt is { } published)
        {
            output.WriteText("Published " + published.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        }

        output.WriteText(string.Empty);
        output.WriteText(extraction.IsArticle ? extraction.Text : $"Not an article: {extraction.Reason}");
        output.WriteText(string.Empty);
    }
}
