using BriefingBot.Benchmarks.Evaluations;
using BriefingBot.Core.Clustering;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;

namespace BriefingBot.Benchmarks.Clustering;

/// <summary>
/// The <c>clustering</c> command: pair precision and recall on the hand-written <see cref="ClusteringCases"/> (scored
/// against an index holding bbc-100 for realistic word statistics), false merges when distinct articles (bbc-100;
/// CNN/DM and XSum) are clustered one after another, and the time to cluster reports against 5,000 stories.
/// </summary>
internal static class ClusteringEvaluation
{
    private static readonly double[] Thresholds = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
    private static readonly string[] NewsFiles = ["cnndm_test_250.jsonl", "xsum_test_251.jsonl"];
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Run(bool details)
    {
        var extractor = new EntityExtractor();
        var bbcRoot = EvalData.Path("summarization", "bbc-100");
        var bbcCases = bbcRoot is null ? [] : SummaryData.Bbc(bbcRoot);
        var bbc = bbcCases.Select(c => Fingerprint(extractor, c.Title, c.Text)).ToList();
        var frank = EvalData.Path("summarization", "frank-cnndm-xsum");
        var news = frank is null ? [] : Articles(frank).Select(a => (a.Title, a.Text, Print: Fingerprint(extractor, a.Title, a.Text))).ToList();
        if (bbc.Count == 0)
        {
            EvalData.Missing(null, "bbc-100 background and false-merge rate (pairs are scored without background)");
        }

        var background = new StoryClusterIndex(TimeSpan.FromHours(48));
        for (var i = 0; i < bbc.Count; i++)
        {
            background.Add(new StoryId(-1 - i), bbc[i], At, "bbc", []);
        }

        var pairs = ClusteringCases.All
            .Select(c => (Case: c, Score: background.Similarity(Fingerprint(extractor, c.TitleA, c.TextA), Fingerprint(extractor, c.TitleB, c.TextB))))
            .ToList();
        var table = new Table("threshold", "pair precision", "pair recall", "pair F1", "bbc-100 merges", "cnndm+xsum merges", "second matches (bbc / news)");
        foreach (var threshold in Thresholds)
        {
            int tp = pairs.Count(p => p.Case.SameEvent && p.Score >= threshold), fp = pairs.Count(p => !p.Case.SameEvent && p.Score >= threshold);
            int positives = pairs.Count(p => p.Case.SameEvent);
            var precision = tp + fp == 0 ? 1 : tp / (double)(tp + fp);
            var recall = tp / (double)positives;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            var bbcRun = Cluster(bbc, threshold);
            var bbcMerges = bbcRun.Merges.Count;
            var newsRun = Cluster(news.Select(n => n.Print).ToList(), threshold);
            var newsMerges = newsRun.Merges;
            table.Add(threshold, precision * 100, recall * 100, f1 * 100,
                bbc.Count == 0 ? "-" : $"{bbcMerges}/{bbc.Count} ({100.0 * bbcMerges / bbc.Count:F1}%)",
                news.Count == 0 ? "-" : $"{newsMerges.Count}/{news.Count}",
                $"{bbcRun.SecondMatches.Count} / {newsRun.SecondMatches.Count}");
            if (details && Math.Abs(threshold - StoryClusterIndex.DefaultThreshold) < 1e-9)
            {
                newsMerges.ForEach(m => Console.WriteLine($"merged at {m.Score:F2}: \"{news[m.Report].Title}\" -> \"{news[m.Story].Title}\""));
                bbcRun.Merges.ForEach(m => Console.WriteLine($"bbc merged at {m.Score:F2}: {bbcCases[m.Report].Id} \"{bbcCases[m.Report].Title}\" -> {bbcCases[m.Story].Id} \"{bbcCases[m.Story].Title}\""));
            }
        }

        table.Print($"Clustering: {pairs.Count(p => p.Case.SameEvent)} same-event and {pairs.Count(p => !p.Case.SameEvent)} different-event pairs; merges among articles of different stories (check each with --details)");
        Console.WriteLine($"default threshold {StoryClusterIndex.DefaultThreshold}; lowest same-event score {pairs.Where(p => p.Case.SameEvent).Min(p => p.Score):F2}, highest different-event score {pairs.Where(p => !p.Case.SameEvent).Max(p => p.Score):F2}");
        if (details)
        {
            pairs.ForEach(p => Console.WriteLine($"{p.Score:F2} {Parts(background, extractor, p.Case)} {(p.Case.SameEvent ? "same" : "diff")} {p.Case.Name}"));
        }

        Console.WriteLine();
        FeedClustering.Run(extractor, details);
        Console.WriteLine();
        if (news.Count + bbc.Count > 0)
        {
            ClusteringSpeed.Run(extractor, news.Select(n => n.Text).Concat(bbcRoot is null ? [] : SummaryData.Bbc(bbcRoot).Select(c => c.Text)).ToList());
        }
    }

    /// <summary>
    /// Clusters the articles one after another (same moment): each report that joins an earlier one is a merge, and one
    /// that also scores at least <paramref name="threshold"/> with an article of another story is a second match.
    /// </summary>
    public static ClusteringRun Cluster(IReadOnlyList<StoryFingerprint> prints, double threshold)
    {
        var index = new StoryClusterIndex(TimeSpan.FromHours(48));
        var run = new ClusteringRun([], []);
        var storyOf = new List<int>();
        for (var i = 0; i < prints.Count; i++)
        {
            var match = index.FindBest(prints[i], At, threshold);
            var story = match is null ? i : (int)match.StoryId.Value;
            if (match is not null)
            {
                run.Merges.Add((i, story, match.Score));
                foreach (var other in Enumerable.Range(0, i).Where(j => storyOf[j] != story))
                {
                    if (index.Similarity(prints[i], prints[other]) is var score && score >= threshold)
                    {
                        run.SecondMatches.Add((i, story, other, score));
                    }
                }
            }

            storyOf.Add(story);
            index.Add(new StoryId(story), prints[i], At, "s" + i, []);
        }

        return run;
    }

    public static StoryFingerprint Fingerprint(EntityExtractor extractor, string title, string text) =>
        StoryFingerprint.Create(title, text, extractor.Extract(title, text));

    /// <summary>CNN/DM and XSum articles (no headlines: the first sentence stands in, as a feed's teaser would).</summary>
    private static List<(string Title, string Text)> Articles(string root)
    {
        var result = new List<(string, string)>();
        foreach (var file in NewsFiles.Select(f => Path.Combine(root, f)).Where(File.Exists))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                var text = json.RootElement.GetProperty("article").GetString() ?? string.Empty;
                var split = new Core.Text.SentenceSplitter().Split(text);
                var first = split.Count > 0 ? split[0] : string.Empty;
                result.Add((first.Length > 120 ? first[..120] : first, text));
            }
        }

        return result;
    }

    private static string Parts(StoryClusterIndex index, EntityExtractor extractor, ClusteringCase c)
    {
        var a = Fingerprint(extractor, c.TitleA, c.TextA);
        var b = Fingerprint(extractor, c.TitleB, c.TextB);
        var match = index.Explain(a, b);
        return $"(terms {match.TermCosine:F2}, entities {match.EntityOverlap:F2}: {string.Join(",", a.Entities.Intersect(b.Entities))})";
    }
}
