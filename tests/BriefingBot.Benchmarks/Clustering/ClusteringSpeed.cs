using System.Diagnostics;
using BriefingBot.Core.Clustering;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Text;

namespace BriefingBot.Benchmarks.Clustering;

/// <summary>
/// Time to cluster an ingest cycle (300 reports) against a window of 5,000 stories, with the inverted index and with
/// a naive comparison against every story. Stories are made of random sentences of the evaluation articles (real
/// vocabulary and names, no two alike), so the index's posting lists have realistic lengths.
/// </summary>
internal static class ClusteringSpeed
{
    public const int WindowStories = 5_000;
    public const int CycleReports = 300;

    public static void Run(EntityExtractor extractor, IReadOnlyList<string> articles)
    {
        var sentences = articles.SelectMany(a => new SentenceSplitter().Split(a)).Where(s => s.Length > 40).ToList();
        var random = new Random(42);
        var texts = Enumerable.Range(0, WindowStories + CycleReports)
            .Select(_ => (Title: sentences[random.Next(sentences.Count)], Text: string.Join(' ', Enumerable.Range(0, 6).Select(_ => sentences[random.Next(sentences.Count)]))))
            .ToList();
        var entities = texts.Select(t => extractor.Extract(t.Title, t.Text)).ToList();

        var clock = Stopwatch.StartNew();
        var prints = texts.Select((t, i) => StoryFingerprint.Create(t.Title, t.Text, entities[i])).ToList();
        var fingerprintMicros = clock.Elapsed.TotalMicroseconds / prints.Count;

        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var index = new StoryClusterIndex(TimeSpan.FromHours(48));
        clock.Restart();
        for (var i = 0; i < WindowStories; i++)
        {
            index.FindBest(prints[i], at, StoryClusterIndex.DefaultThreshold);
            index.Add(new StoryId(i), prints[i], at, "s", []);
        }

        var fill = clock.Elapsed;
        clock.Restart();
        var joined = 0;
        for (var i = WindowStories; i < prints.Count; i++)
        {
            var match = index.FindBest(prints[i], at, StoryClusterIndex.DefaultThreshold);
            joined += match is null ? 0 : 1;
            index.Add(match?.StoryId ?? new StoryId(i), prints[i], at, "s", []);
        }

        var cycle = clock.Elapsed;
        clock.Restart();
        for (var i = WindowStories; i < WindowStories + 30; i++)
        {
            var best = 0.0;
            for (var j = 0; j < WindowStories; j++)
            {
                best = Math.Max(best, index.Similarity(prints[i], prints[j]));
            }
        }

        var naivePerReport = clock.Elapsed / 30;
        var table = new Table("step", "time", "per report");
        table.Add("fingerprint (headline + lead, entities given)", "-", $"{fingerprintMicros:F0} µs");
        table.Add($"fill the window: {WindowStories:N0} stories, one at a time", $"{fill.TotalMilliseconds:F0} ms", $"{fill.TotalMicroseconds / WindowStories:F0} µs");
        table.Add($"cycle: {CycleReports} reports against {WindowStories:N0} (inverted index)", $"{cycle.TotalMilliseconds:F0} ms", $"{cycle.TotalMicroseconds / CycleReports:F0} µs");
        table.Add($"baseline: compare with all {WindowStories:N0} stories", $"{naivePerReport.TotalMilliseconds * CycleReports:F0} ms per cycle", $"{naivePerReport.TotalMicroseconds:F0} µs");
        table.Print($"Clustering speed ({sentences.Count:N0} real sentences mixed into synthetic stories; {joined} of {CycleReports} joined a story)");
    }
}
