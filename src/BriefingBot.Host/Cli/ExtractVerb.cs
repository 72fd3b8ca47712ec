using System.CommandLine;
using System.Globalization;
using BriefingBot.Core.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Cli;

/// <summary>
/// "extract URL|FILE": the article of one page (fetched with the bot's own guard and limits, or read from an HTML file):
/// title, byline, date and main text. Exits 0 with an article, 3 when the page is not an article, 1 when it could not
/// be read.
/// </summary>
internal sealed class ExtractVerb(IArticleExtractor extractor, IPageFetcher fetcher, CliOutput output)
{
    /// <summary>The verb's command; <paramref name="run"/> is CliApp's verb runner (host, storage, error handling).</summary>
    public static Command CreateCommand(Option<bool> json, Func<bool, Func<IServiceProvider, CancellationToken, Task<int>>, CancellationToken, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var target = new Argument<string>("target") { Description = "A page URL (http/https) or an HTML file." };
        var command = new Command("extract", "Print the article of a page: title, byline, date and main text.") { target, json };
        command.SetAction((r, ct) => run(r.GetValue(json), (sp, c) => ActivatorUtilities.CreateInstance<ExtractVerb>(sp).RunAsync(r.GetValue(target)!, c), ct));
        return command;
    }

    public async Task<int> RunAsync(string target, CancellationToken cancellationToken)
    {
        ArticleExtraction extraction;
        if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var page = await output.WithProgressAsync($"Fetching {target}...", _ => fetcher.FetchAsync(uri, cancellationToken));
            extraction = page.IsSuccess ? extractor.Extract(page.Content.Span, page.ContentType, page.FinalUri ?? uri) : ArticleExtraction.Failed(page.Error ?? "The page could not be fetched.");
        }
        else if (File.Exists(target))
        {
            extraction = extractor.Extract(await File.ReadAllBytesAsync(target, cancellationToken), null, null);
        }
        else
        {
            throw new FileNotFoundException($"No such file: {target} (give an http or https URL, or an HTML file).");
        }

        Print(target, extraction);
        return extraction.Status switch
        {
            ExtractionStatus.Article => 0,
            ExtractionStatus.NotAnArticle => 3,
            _ => 1,
        };
    }

    private void Print(string target, ArticleExtraction extraction)
    {
        if (output.Json)
        {
            output.WriteJson(new
            {
                source = target,
                status = extraction.Status.ToString(),
                title = extraction.Title,
                byline = extraction.Byline,
                publishedAt = extraction.PublishedAt,
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
    }
}
