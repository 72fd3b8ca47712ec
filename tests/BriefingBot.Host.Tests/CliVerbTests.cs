using System.Text.Json;

namespace BriefingBot.Host.Tests;

public sealed class CliVerbTests
{
    [Fact]
    public async Task Brief_Offline_PrintsSampleBriefingWithKishidaStory()
    {
        using var data = new TempDirectory();

        var result = await CliProcess.RunAsync(data.Path, "brief", "--json");

        Assert.Equal(0, result.ExitCode);
        var items = Lines(result.Output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.InRange(items.Count, 3, 5);
        Assert.All(items, i => Assert.InRange(i.GetProperty("summary").GetArrayLength(), 1, 3));
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("number").GetInt32()));
        Assert.Contains(items, i => i.GetProperty("title").GetString()!.Contains("Kishida", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summarize_File_PrintsVerbatimSentencesAsJson()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "story.txt");
        const string body = "The U.K. and Japan signed a defence pact on Thursday. Mr. Kishida called it historic. " +
            "Officials said costs would rise 3.5% next year. Critics in St. Albans were unconvinced. Talks resume in May.";
        await File.WriteAllTextAsync(file, "Pact signed\n" + body);

        var result = await CliProcess.RunAsync(data.Path, "summarize", file, "--json");

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(Lines(result.Output))).RootElement;
        Assert.Equal(file, line.GetProperty("file").GetString());
        Assert.Equal("Pact signed", line.GetProperty("title").GetString());
        var sentences = line.GetProperty("summary").EnumerateArray().Select(s => s.GetString() ?? string.Empty).ToList();
        Assert.InRange(sentences.Count, 1, 3);
        Assert.All(sentences, s => Assert.Contains(s, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Who_Corpus_FindsPersonWithRole()
    {
        using var data = new TempDirectory();
        await File.WriteAllTextAsync(
            Path.Combine(data.Path, "a.txt"),
            "Summit in Ottawa\nCanadian Prime Minister Mark Carney welcomed leaders to Ottawa on Monday. Carney said the talks would focus on trade.");

        var result = await CliProcess.RunAsync(data.Path, "who", "Carney", "--corpus", data.Path, "--json");

        var profile = JsonDocument.Parse(Assert.Single(Lines(result.Output))).RootElement;
        Assert.Equal("found", profile.GetProperty("status").GetString());
        Assert.Equal("Mark Carney", profile.GetProperty("name").GetString());
        Assert.Contains("Prime Minister", profile.GetProperty("role").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SampleFileTwice_StoresOnceThenReportsNotModified()
    {
        using var data = new TempDirectory();
        var feed = Path.Combine(RepoPaths.Samples, "sample-feed.xml");

        var first = await CliProcess.RunAsync(data.Path, "ingest", feed, "--json");
        var second = await CliProcess.RunAsync(data.Path, "ingest", feed, "--json");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var stored = Lines(first.Output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(stored.Count >= 5, first.Output + first.Error);
        Assert.All(stored, s => Assert.Equal("Added", s.GetProperty("outcome").GetString()));
        Assert.Equal(stored.Count, stored.Select(s => s.GetProperty("storyId").GetInt64()).Distinct().Count());
        var again = JsonDocument.Parse(Assert.Single(Lines(second.Output))).RootElement;
        Assert.Equal("not-modified", again.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ingest_MissingFile_FailsWithClearError()
    {
        using var data = new TempDirectory();

        var result = await CliProcess.RunAsync(data.Path, "ingest", Path.Combine(data.Path, "nope.xml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.xml", result.Error, StringComparison.Ordinal);
    }

    private static List<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
