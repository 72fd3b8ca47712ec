using System.Text.Json;
using System.Xml.Linq;

namespace BriefingBot.Host.Tests;

/// <summary>"opml import FILE" and "opml export" through the real executable, over the feed catalog in a temporary folder.</summary>
public sealed class OpmlVerbTests
{
    private const string Opml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>My feeds</title></head>
          <body>
            <outline text="News">
              <outline type="rss" text="Zürich Zeitung — Welt" xmlUrl="https://zeitung.example/welt.rss" category="world,politics"/>
              <outline type="rss" text="Tech Daily" xmlUrl="https://tech.example/feed"/>
            </outline>
            <outline type="rss" text="Tech Daily again" xmlUrl="HTTPS://TECH.example/feed"/>
            <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
          </body>
        </opml>
        """;

    [Fact]
    public async Task ImportThenExport_AddsHttpFeedsOnceAndRoundTrips()
    {
        using var data = new TempDirectory();
        var opml = Path.Combine(data.Path, "feeds.opml");
        await File.WriteAllTextAsync(opml, Opml);

        var imported = await CliProcess.RunAsync(data.Path, "opml", "import", opml, "--json");
        var exported = await CliProcess.RunAsync(data.Path, "opml", "export");

        Assert.Equal(0, imported.ExitCode);
        var lines = imported.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["added", "added", "skipped", "skipped"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.Equal("zurich-zeitung-welt", lines[0].GetProperty("id").GetString());
        Assert.Equal("already in the catalog", lines[2].GetProperty("reason").GetString());
        Assert.Equal("not an http(s) address", lines[3].GetProperty("reason").GetString());

        Assert.Equal(0, exported.ExitCode);
        var outlines = XDocument.Parse(exported.Output).Descendants("outline").ToList();
        Assert.Equal(["https://zeitung.example/welt.rss", "https://tech.example/feed"], outlines.Select(o => (string?)o.Attribute("xmlUrl")));
        Assert.Equal("Zürich Zeitung — Welt", (string?)outlines[0].Attribute("title"));
        Assert.Equal("world,politics", (string?)outlines[0].Attribute("category"));
    }

    [Fact]
    public async Task Import_NotOpml_FailsNamingTheFile()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "bad.opml");
        await File.WriteAllTextAsync(file, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><opml>&e;</opml>");

        var result = await CliProcess.RunAsync(data.Path, "opml", "import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.opml", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data.Path, "no-feeds.json")));
    }
}
