using System.Globalization;
using System.Text;
using BriefingBot.Core.Topics;
using BriefingBot.Testing;
using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.Topics;

/// <summary>
/// Top-1 topic accuracy on shared/eval/summarization/bbc-100 (folders are the labels; our "technology" is their "tech"),
/// printed with a confusion matrix. Text only: no entity extraction, no feed hints. Skips when the data is absent.
/// </summary>
public sealed class TopicClassifierEvalTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> LabelOf = new(StringComparer.Ordinal) { ["technology"] = "tech" };

    [SkippableFact]
    public void Classify_Bbc100_PrintsAccuracyAndConfusionMatrix()
    {
        var root = RepositoryPaths.SharedEval("summarization/bbc-100/article");
        Skip.If(root is null, "shared/eval/summarization/bbc-100 is not present beside the repository; the topic evaluation was skipped.");

        var classifier = new TopicClassifier(TopicTaxonomy.Load(Path.Combine(RepositoryPaths.RepositoryRoot(), "config", "topics.json")));
        var confusion = new Dictionary<(string Gold, string Predicted), int>();
        int correct = 0, total = 0, multi = 0;
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var gold = Path.GetFileName(folder);
            foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var lines = File.ReadAllText(file).Split('\n', 2);
                var topics = classifier.Classify(TopicDocument.FromText(lines[0].Trim(), lines.Length > 1 ? lines[1] : string.Empty));
                var predicted = LabelOf.GetValueOrDefault(topics[0].Name, topics[0].Name);
                confusion[(gold, predicted)] = confusion.GetValueOrDefault((gold, predicted)) + 1;
                correct += predicted == gold ? 1 : 0;
                multi += topics.Count > 1 ? 1 : 0;
                total++;
            }
        }

        Skip.If(total == 0, "bbc-100 holds no articles.");
        var accuracy = (double)correct / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bbc-100 top-1 topic accuracy: {accuracy:0.000} ({correct}/{total}); stories with more than one topic: {multi}"));
        output.WriteLine(Matrix(confusion));
        Assert.True(accuracy >= 0.5, $"Top-1 accuracy {accuracy:0.00} is far below the 0.90 target.");
    }

    private static string Matrix(Dictionary<(string Gold, string Predicted), int> confusion)
    {
        var golds = confusion.Keys.Select(k => k.Gold).Distinct().Order(StringComparer.Ordinal).ToList();
        var predicted = golds.Concat(confusion.Keys.Select(k => k.Predicted).Where(p => !golds.Contains(p)).Distinct().Order(StringComparer.Ordinal)).ToList();
        var text = new StringBuilder("gold \\ predicted".PadRight(16));
        predicted.ForEach(p => text.Append(p.PadLeft(14)));
        foreach (var gold in golds)
        {
            text.AppendLine().Append(gold.PadRight(16));
            predicted.ForEach(p => text.Append(confusion.GetValueOrDefault((gold, p)).ToString(CultureInfo.InvariantCulture).PadLeft(14)));
        }

        return text.ToString();
    }
}
