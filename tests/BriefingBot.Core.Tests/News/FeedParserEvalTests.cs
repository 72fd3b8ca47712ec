using System.Diagnostics;
using BriefingBot.Core.News;
using BriefingBot.Testing;
using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.News;

/// <summary>
/// Robustness over every feed file in shared/eval/feeds: each must parse into a result (items, or a failure with a
/// reason) without throwing and within a time limit. Prints the counts. Skips when the shared data is absent.
/// </summary>
public sealed class FeedParserEvalTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(5);

    [SkippableFact]
    public void Parse_EveryEvalFeed_ReturnsResultWithoutThrowingOrHanging()
    {
        var root = RepositoryPaths.SharedEval("feeds");
        Skip.If(root is null, "shared/eval/feeds is not present beside the repository; the feed robustness evaluation was skipped.");

        var parser = new FeedParser();
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(IsFeedFile).Order(StringComparer.Ordinal).ToList();
        int withItems = 0, withoutItems = 0, rejected = 0, items = 0;
        var problems = new List<string>();
        var slowest = (File: string.Empty, Time: TimeSpan.Zero);
        var total = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var stopwatch = Stopwatch.StartNew();
            var task = Task.Run(() => parser.Parse(bytes, null, new Uri("http://127.0.0.1:8097/" + Path.GetFileName(file))));
            if (!task.Wait(PerFileLimit))
            {
                problems.Add($"{file}: no result within {PerFileLimit.TotalSeconds} s");
                continue;
            }

            if (stopwatch.Elapsed > slowest.Time)
            {
                slowest = (Path.GetRelativePath(root, file), stopwatch.Elapsed);
            }

            var result = task.Result;
            if (!result.IsSuccess)
            {
                rejected++;
                if (string.IsNullOrWhiteSpace(result.Error))
                {
                    problems.Add($"{file}: failure without a reason");
                }
            }
            else if (result.Feed.Items.Count > 0)
            {
                withItems++;
                items += result.Feed.Items.Count;
            }
            else
            {
                withoutItems++;
            }
        }

        output.WriteLine($"feed files: {files.Count} in {total.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"parsed with items: {withItems} ({items} items); parsed without items: {withoutItems}; rejected with a reason: {rejected}");
        output.WriteLine($"crashed or hung: {problems.Count}; slowest: {slowest.File} ({slowest.Time.TotalMilliseconds:F0} ms)");
        Assert.True(files.Count > 0, $"no feed files under {root}");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>XML-like files are feeds; a .json file is a feed unless it is an index, an expectation file, or the expected output of a sibling .xml case.</summary>
    private static bool IsFeedFile(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is ".XML" or ".RSS" or ".ATOM" or ".RDF")
        {
            return true;
        }

        return extension == ".JSON"
            && name != "INDEX.json"
            && !name.EndsWith("_expected.json", StringComparison.Ordinal)
            && !File.Exists(Path.ChangeExtension(path, ".xml"));
    }
}
