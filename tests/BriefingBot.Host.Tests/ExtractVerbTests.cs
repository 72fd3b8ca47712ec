using System.Text.Json;

namespace BriefingBot.Host.Tests;

public sealed class ExtractVerbTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Britain and Japan agree defence deal | The Daily Ledger</title>
        <meta property="og:title" content="Britain and Japan agree defence deal as Kishida visits London">
        <meta name="author" content="Ann Example">
        <meta property="article:published_time" content="2026-11-28T09:30:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Britain and Japan agree defence deal as Kishida visits London</h1>
        <p>The militaries of Britain and Japan will work more closely together under a defence deal that British Prime Minister Boris Johnson announced during talks with his Japanese counterpart on Thursday.</p>
        <p>Johnson hosted Japanese Prime Minister Fumio Kishida at his Downing Street residence. He noted the strong stance Japan has taken against the Russian aggression in Ukraine and drew a parallel with the security situation in Asia.</p>
        <p>The deal will allow the armed forces of the two countries to deploy together for training, joint exercises and disaster relief, Johnson's office said after the meeting.</p>
        </article><footer>Leave a Comment</footer></body></html>
        """;

    [Fact]
    public async Task Extract_HtmlFile_PrintsTitleBylineDateAndTextAsJson()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "page.html");
        await File.WriteAllTextAsync(file, Page);

        var result = await CliProcess.RunAsync(data.Path, "extract", file, "--json");

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(result.Output.Trim()).RootElement;
        Assert.Equal(file, line.GetProperty("file").GetString());
        Assert.Equal("Article", line.GetProperty("status").GetString());
        Assert.Contains("Kishida", line.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("Ann Example", line.GetProperty("byline").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2026-11-28", line.GetProperty("published").GetString(), StringComparison.Ordinal);
        var text = line.GetProperty("text").GetString() ?? string.Empty;
        Assert.Contains("disaster relief", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Comment", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_Folder_PrintsOneJsonLinePerHtmlFileAndExitsThreeWhenOneIsNotAnArticle()
    {
        using var data = new TempDirectory();
        var pages = Path.Combine(data.Path, "pages");
        Directory.CreateDirectory(Path.Combine(pages, "more"));
        await File.WriteAllTextAsync(Path.Combine(pages, "a.html"), Page);
        await File.WriteAllTextAsync(Path.Combine(pages, "more", "b.htm"), Page);
        await File.WriteAllTextAsync(Path.Combine(pages, "c.html"), "<html><head><title>Home</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>");
        await File.WriteAllTextAsync(Path.Combine(pages, "notes.txt"), "not a page");

        var result = await CliProcess.RunAsync(data.Path, "extract", pages, "--json");

        Assert.Equal(3, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a.html", "c.html", "b.htm"], lines.Select(l => Path.GetFileName(l.GetProperty("file").GetString())));
        Assert.Equal(["Article", "NotAnArticle", "Article"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.Contains("disaster relief", lines[2].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(lines[1].TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Extract_MissingFile_ExitsOneWithAMessage()
    {
        using var data = new TempDirectory();

        var result = await CliProcess.RunAsync(data.Path, "extract", Path.Combine(data.Path, "nope.html"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.html", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_Offline_ExoplanetReportsOfTwoOutletsAreOneItem()
    {
        using var data = new TempDirectory();

        var result = await CliProcess.RunAsync(data.Path, "brief", "--json");

        Assert.Equal(0, result.ExitCode);
        var items = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var water = items.Where(i => i.GetProperty("title").GetString()!.Contains("water", StringComparison.OrdinalIgnoreCase)
            && !i.GetProperty("title").GetString()!.Contains("Rhine", StringComparison.Ordinal)).ToList();
        var item = Assert.Single(water);
        Assert.Equal(2, item.GetProperty("sources").GetArrayLength());
    }
}
