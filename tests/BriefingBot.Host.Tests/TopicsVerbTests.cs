using System.Text.Json;

namespace BriefingBot.Host.Tests;

/// <summary>The "topics" verb through the real executable and the shipped config/topics.json.</summary>
public sealed class TopicsVerbTests
{
    [Fact]
    public async Task Topics_Folder_PrintsOneJsonObjectPerFileBestFirst()
    {
        using var data = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(data.Path, "stories")).FullName;
        await File.WriteAllTextAsync(
            Path.Combine(folder, "a.txt"),
            "Striker's late goal wins cup final\nThe striker scored in extra time as the club won the cup final at Wembley. The coach praised the squad.");
        await File.WriteAllTextAsync(
            Path.Combine(folder, "b.txt"),
            "Interest rates held as inflation slows\nThe central bank kept interest rates unchanged. Economists said inflation and growth were slowing; shares rose.");

        var result = await CliProcess.RunAsync(data.Path, "topics", folder, "--json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.EndsWith("a.txt", lines[0].GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(["sport", "business"], lines.Select(l => l.GetProperty("topics")[0].GetProperty("name").GetString()));
        foreach (var line in lines)
        {
            var confidences = line.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("confidence").GetDouble()).ToList();
            Assert.All(confidences, c => Assert.InRange(c, 0, 1));
            Assert.Equal(confidences.OrderDescending(), confidences);
        }
    }

    [Fact]
    public async Task Topics_TextOutput_NamesTopicWithConfidence()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "story.txt");
        await File.WriteAllTextAsync(file, "New software update for computers\nThe software company shipped an update for the operating system.");

        var result = await CliProcess.RunAsync(data.Path, "topics", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"technology \d\.\d\d", result.Output);
    }

    [Fact]
    public async Task Topics_MissingPath_FailsWithClearError()
    {
        using var data = new TempDirectory();

        var result = await CliProcess.RunAsync(data.Path, "topics", Path.Combine(data.Path, "nope"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope", result.Error, StringComparison.Ordinal);
    }
}
