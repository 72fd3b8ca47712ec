using System.Diagnostics;
using System.Text.Json;
using BriefingBot.Benchmarks.Scoring;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Text;
using SmartReader;

namespace BriefingBot.Benchmarks.Evaluations;

/// <summary>The <c>extraction</c> command: our extractor, SmartReader as it is, and the whole page's text.</summary>
internal static class ExtractionEvaluation
{
    private static readonly ArticleExtractor Extractor = new();

    private static readonly (string Name, Func<string, Uri, (string Text, string? Title)> Run)[] Systems =
    [
        ("BriefingBot ArticleExtractor", (html, uri) => Ours(html, uri)),
        ("SmartReader 0.11.1 as is", (html, uri) => SmartReaderAsIs(html, uri)),
        ("whole page text", (html, _) => (HtmlText.ToPlainText(html), null)),
    ];

    public static void Run(bool details = false)
    {
        Trafilatura(details);
        Readability(details);
    }

    private static void Trafilatura(bool details)
    {
        var root = EvalData.Path("extraction", "trafilatura-en");
        if (EvalData.Missing(root, "extraction on trafilatura-en") || root is null)
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "evaldata-en.json")));
        var pages = json.RootElement.EnumerateObject()
            .Select(page => (Uri: new Uri(page.Name), File: Path.Combine(root, "html", page.Value.GetProperty("file").GetString() ?? string.Empty),
                With: Strings(page.Value, "with"), Without: Strings(page.Value, "without")))
            .Where(page => File.Exists(page.File))
            .Select(page => (page.Uri, Html: ArticleExtractor.DecodePage(File.ReadAllBytes(page.File), null), page.With, page.Without))
            .ToList();
        var table = new Table("system", "precision", "recall", "F1", "accuracy", "pages/s");
        foreach (var (name, run) in Systems)
        {
            var check = new SegmentCheck();
            var clock = Stopwatch.StartNew();
            var outputs = pages.Select(page => run(page.Html, page.Uri).Text).ToList();
            var seconds = clock.Elapsed.TotalSeconds;
            for (var i = 0; i < pages.Count; i++)
            {
                check.Add(outputs[i], pages[i].With, pages[i].Without);
            }

            table.Add(name, check.Precision * 100, check.Recall * 100, check.F1 * 100, check.Accuracy * 100, (int)Math.Round(pages.Count / seconds));
        }

        table.Print($"trafilatura-en ({pages.Count} pages; with/without segments, summed over the corpus)");
        if (details)
        {
            PrintDifferences(pages);
            PrintWorst(pages);
        }
    }

    /// <summary>Our misses page by page, worst first: "with" segments lost and "without" segments kept.</summary>
    private static void PrintWorst(List<(Uri Uri, string Html, List<string> With, List<string> Without)> pages)
    {
        var errors = pages.Select(page =>
        {
            var ours = SegmentCheck.Normalize(Ours(page.Html, page.Uri).Text);
            var lost = page.With.Select(SegmentCheck.Normalize).Where(s => !ours.Contains(s, StringComparison.Ordinal)).ToList();
            var kept = page.Without.Select(SegmentCheck.Normalize).Where(s => ours.Contains(s, StringComparison.Ordinal)).ToList();
            return (page.Uri, Lost: lost, Kept: kept);
        }).Where(e => e.Lost.Count + e.Kept.Count > 0).OrderByDescending(e => e.Lost.Count + e.Kept.Count).ToList();
        Console.WriteLine($"{errors.Count} pages with errors, worst first:");
        foreach (var (uri, lost, kept) in errors)
        {
            Console.WriteLine($"{uri} lost {lost.Count}, kept {kept.Count}");
            foreach (var segment in lost)
            {
                Console.WriteLine($"  lost {segment}");
            }

            foreach (var segment in kept)
            {
                Console.WriteLine($"  kept {segment}");
            }
        }
    }

    /// <summary>Segments where our extractor and SmartReader disagree (where to look next).</summary>
    private static void PrintDifferences(List<(Uri Uri, string Html, List<string> With, List<string> Without)> pages)
    {
        foreach (var page in pages)
        {
            var ours = SegmentCheck.Normalize(Ours(page.Html, page.Uri).Text);
            var theirs = SegmentCheck.Normalize(SmartReaderAsIs(page.Html, page.Uri).Text);
            foreach (var segment in page.With.Select(SegmentCheck.Normalize).Where(s => theirs.Contains(s, StringComparison.Ordinal) && !ours.Contains(s, StringComparison.Ordinal)))
            {
                Console.WriteLine($"lost   {page.Uri.Host}: {segment}");
            }

            foreach (var segment in page.Without.Select(SegmentCheck.Normalize).Where(s => !theirs.Contains(s, StringComparison.Ordinal) && ours.Contains(s, StringComparison.Ordinal)))
            {
                Console.WriteLine($"added  {page.Uri.Host}: {segment}");
            }
        }
    }

    private static void Readability(bool details)
    {
        var root = EvalData.Path("extraction", "readability-pages", "test-pages");
        if (EvalData.Missing(root, "extraction on readability-pages") || root is null)
        {
            return;
        }

        var pages = Directory.GetDirectories(root).Order(StringComparer.Ordinal)
            .Where(dir => File.Exists(Path.Combine(dir, "source.html")))
            .Select(dir => (Html: ArticleExtractor.DecodePage(File.ReadAllBytes(Path.Combine(dir, "source.html")), null),
                Expected: File.Exists(Path.Combine(dir, "expected.html")) ? HtmlText.ToPlainText(File.ReadAllText(Path.Combine(dir, "expected.html"))) : string.Empty,
                Title: ExpectedTitle(Path.Combine(dir, "expected-metadata.json"))))
            .ToList();
        var table = new Table("system", "title equal", "text F1 vs expected.html", "pages/s");
        foreach (var (name, run) in Systems)
        {
            var clock = Stopwatch.StartNew();
            var outputs = pages.Select(page => run(page.Html, new Uri("http://fakehost/test/page.html"))).ToList();
            var seconds = clock.Elapsed.TotalSeconds;
            var titles = pages.Zip(outputs).Count(pair => pair.First.Title is { } t && string.Equals(t.Trim(), pair.Second.Title?.Trim(), StringComparison.Ordinal));
            var f1 = pages.Zip(outputs).Average(pair => BagOfWords.Compare(pair.Second.Text, pair.First.Expected).F1);
            table.Add(name, $"{titles}/{pages.Count}", f1 * 100, (int)Math.Round(pages.Count / seconds));
        }

        if (details)
        {
            foreach (var page in pages)
            {
                var ours = Ours(page.Html, new Uri("http://fakehost/test/page.html")).Title;
                if (!string.Equals(ours, page.Title, StringComparison.Ordinal))
                {
                    Console.WriteLine($"title  expected [{page.Title}] got [{ours}]");
                }
            }
        }

        table.Print($"readability-pages ({pages.Count} pages; titles against expected-metadata.json, word F1 against Readability.js output)");
    }

    private static (string Text, string? Title) Ours(string html, Uri uri)
    {
        var result = Extractor.Extract(html, uri);
        return (result.Text, result.Title);
    }

    private static (string Text, string? Title) SmartReaderAsIs(string html, Uri uri)
    {
        try
        {
            using var reader = new Reader(uri.AbsoluteUri, html);
            var article = reader.GetArticle();
            return (article.TextContent ?? string.Empty, article.Title);
        }
#pragma warning disable CA1031 // A baseline that throws on a page scores nothing for it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return (string.Empty, null);
        }
    }

    private static string? ExpectedTitle(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.TryGetProperty("title", out var title) ? title.GetString() : null;
    }

    private static List<string> Strings(JsonElement page, string name) =>
        page.TryGetProperty(name, out var values) ? values.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList() : [];
}
