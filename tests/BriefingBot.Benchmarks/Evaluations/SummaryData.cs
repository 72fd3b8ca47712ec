using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingBot.Benchmarks.Evaluations;

/// <summary>Reads the two summarisation sets from ../shared/eval/summarization.</summary>
internal static partial class SummaryData
{
    /// <summary>bbc-100: article/&lt;topic&gt;/NNN.txt (first line the title) and summary/&lt;topic&gt;/NNN.txt, one sentence per line.</summary>
    public static List<SummaryCase> Bbc(string root)
    {
        var cases = new List<SummaryCase>();
        foreach (var article in Directory.GetFiles(Path.Combine(root, "article"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Path.Combine(root, "article"), article);
            var summary = Path.Combine(root, "summary", relative);
            if (!File.Exists(summary))
            {
                continue;
            }

            var lines = File.ReadAllText(article).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var title = lines[0].Trim();
            var body = string.Join('\n', lines.Skip(1)).Trim();
            var reference = File.ReadAllLines(summary).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            cases.Add(new SummaryCase(relative, title, body, reference, new Dictionary<string, string>()));
        }

        return cases;
    }

    /// <summary>cnndm_test_250.jsonl: article, reference highlights (PTB-ish " . " separated) and systems' summaries.</summary>
    public static List<SummaryCase> CnnDm(string path)
    {
        var cases = new List<SummaryCase>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var systems = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("systems", out var published))
            {
                foreach (var system in published.EnumerateObject().Where(s => s.Name != "bart_cased"))
                {
                    systems[system.Name] = system.Value.GetString() ?? string.Empty;
                }
            }

            cases.Add(new SummaryCase(root.GetProperty("id").GetString() ?? string.Empty, string.Empty,
                root.GetProperty("article").GetString() ?? string.Empty,
                SplitTokenized(root.GetProperty("reference").GetString() ?? string.Empty), systems));
        }

        return cases;
    }

    /// <summary>Sentences of tokenised text: a break after a stand-alone ".", "!" or "?" token.</summary>
    public static List<string> SplitTokenized(string text) =>
        TokenizedBoundary().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=\s[.!?])\s+|(?<=<t>|</t>)\s*")]
    private static partial Regex TokenizedBoundary();
}
