using System.Text.Json;

namespace BriefingBot.Host.Tests;

public sealed class EntitiesVerbTests
{
    [Fact]
    public async Task Entities_File_PrintsEntitiesWithRolesAndFileOffsetsAsJson()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "story.txt");
        const string text = "Kishida in London\nJapanese Prime Minister Fumio Kishida met Boris Johnson in London. " +
            "Chris Hughes, a professor at the University of Warwick, said the U.K. and Britain would work together.";
        await File.WriteAllTextAsync(file, text);

        var result = await CliProcess.RunAsync(data.Path, "entities", file, "--json");

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(Lines(result.Output))).RootElement;
        Assert.Equal(file, line.GetProperty("file").GetString());
        var entities = line.GetProperty("entities").EnumerateArray().ToList();
        var kishida = Assert.Single(entities, e => e.GetProperty("name").GetString() == "Fumio Kishida");
        Assert.Equal("PER", kishida.GetProperty("type").GetString());
        Assert.Equal("Prime Minister of Japan", kishida.GetProperty("role").GetString());
        var britain = Assert.Single(entities, e => e.GetProperty("type").GetString() == "LOC" && e.GetProperty("name").GetString() == "Britain");
        Assert.Equal(2, britain.GetProperty("mentions").GetArrayLength());
        foreach (var mention in entities.SelectMany(e => e.GetProperty("mentions").EnumerateArray()))
        {
            var (start, end) = (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
            Assert.Equal(mention.GetProperty("text").GetString(), text[start..end]);
        }
    }

    [Fact]
    public async Task Entities_Conll_AppendsPredictedIob2Column()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "sample.conll");
        string[] lines =
        [
            "-DOCSTART- -X- O O", "", "Anna NNP I-NP I-PER", "Berg NNP I-NP I-PER", "visited VBD I-VP O", "New NNP I-NP I-LOC",
            "York NNP I-NP I-LOC", ". . O O", "", "OSLO NNP I-NP I-LOC", "2026-05-01 CD I-NP O",
        ];
        await File.WriteAllLinesAsync(file, lines);

        var result = await CliProcess.RunAsync(data.Path, "entities", "--conll", file);

        Assert.Equal(0, result.ExitCode);
        var output = result.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.Equal(lines.Length, output.Length);
        Assert.Equal(
            ["-DOCSTART- -X- O O O", "", "Anna NNP I-NP I-PER B-PER", "Berg NNP I-NP I-PER I-PER", "visited VBD I-VP O O",
                "New NNP I-NP I-LOC B-LOC", "York NNP I-NP I-LOC I-LOC", ". . O O O", "", "OSLO NNP I-NP I-LOC B-LOC", "2026-05-01 CD I-NP O O"],
            output);
    }

    [Fact]
    public async Task Entities_NeitherPathNorConll_FailsWithUsage()
    {
        using var data = new TempDirectory();

        var result = await CliProcess.RunAsync(data.Path, "entities");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--conll", result.Error + result.Output, StringComparison.Ordinal);
    }

    private static List<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
