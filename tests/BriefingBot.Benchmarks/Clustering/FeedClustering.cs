using BriefingBot.Core.Clustering;
using BriefingBot.Core.News;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;

namespace BriefingBot.Benchmarks.Clustering;

/// <summary>
/// Real feeds of several English-language outlets from the same days (codehollow-feedreader: Reuters, NYTimes, CTV,
/// BreakingNews, Japan Times, Japan Today, Indian Express, The Mirror, Moscow Times; 5-10 January 2017), clustered in
/// publication order with their own dates, as ingest would. Unlabelled: every multi-outlet story is printed with
/// --details so its merges can be read by hand, with the closest cross-outlet pairs that stayed apart.
/// </summary>
internal static class FeedClustering
{
    private static readonly string[] Feeds =
    [
        "Rss20Reuters.xml", "Rss20NYTimes.xml", "Rss20CTVNews.xml", "Rss20BreakingNews.xml", "Rss20JapanTimes.xml",
        "Rss20JapanToday.xml", "Rss20IndianExpress.xml", "Rss20TheMirror.xml", "Rss20MoscowTimes.xml",
    ];

    public static void Run(EntityExtractor extractor, bool details)
    {
        var root = EvalData.Path("feeds", "codehollow-feedreader", "Feeds");
        if (EvalData.Missing(root, "clustering of real feeds (codehollow-feedreader)") || root is null)
        {
            return;
        }

        var parser = new FeedParser();
        var reports = new List<(string Outlet, string Title, string Text, DateTimeOffset At, StoryFingerprint Print)>();
        foreach (var file in Feeds.Select(f => Path.Combine(root, f)).Where(File.Exists))
        {
            var parsed = parser.Parse(File.ReadAllBytes(file));
            if (!parsed.IsSuccess)
            {
                continue;
            }

            foreach (var item in parsed.Feed.Items.Where(i => i.PublishedAt is not null && i.Title.Length > 0))
            {
                var text = (item.Content?.Length ?? 0) > (item.Summary?.Length ?? 0) ? item.Content ?? string.Empty : item.Summary ?? string.Empty;
                var print = StoryFingerprint.Create(item.Title, text, extractor.Extract(item.Title, text));
                reports.Add((Path.GetFileNameWithoutExtension(file)[5..], item.Title, text, item.PublishedAt!.Value, print));
            }
        }

        reports.Sort((a, b) => a.At.CompareTo(b.At));
        var index = new StoryClusterIndex(TimeSpan.FromHours(48));
        var stories = new Dictionary<StoryId, List<int>>();
        var nearMisses = new List<(double Score, int Report, StoryId Story)>();
        var novelty = new ReportNovelty(new Core.Text.SentenceSplitter());
        var verdicts = new Dictionary<int, string>();
        var secondMatches = new List<(int Report, StoryId Story, StoryId Other, double Score, double Between)>();
        for (var i = 0; i < reports.Count; i++)
        {
            var match = index.FindBest(reports[i].Print, reports[i].At, StoryClusterIndex.DefaultThreshold);
            var id = match?.StoryId ?? new StoryId(i);
            if (match is null && index.FindBest(reports[i].Print, reports[i].At, 0.2) is { } near && reports[stories[near.StoryId][0]].Outlet != reports[i].Outlet)
            {
                nearMisses.Add((near.Score, i, near.StoryId));
            }

            if (match is not null && stories[id].LastOrDefault(r => reports[r].Outlet == reports[i].Outlet, -1) is var previous and >= 0)
            {
                var change = novelty.Compare(reports[previous].Title, reports[previous].Text, reports[i].Title, reports[i].Text);
                verdicts[i] = change.IsUpdate ? $"update: {change.NewSentences} new sentences, numbers {string.Join(' ', change.NewNumbers)}" : "duplicate";
            }

            if (match is not null)
            {
                secondMatches.AddRange(SecondMatches(index, reports.ConvertAll(r => r.Print), stories, i, match.StoryId));
            }

            index.Add(id, reports[i].Print, reports[i].At, reports[i].Outlet, []);
            stories.TryAdd(id, []);
            stories[id].Add(i);
        }

        var joined = stories.Values.Where(s => s.Count > 1).ToList();
        var multiOutlet = joined.Where(s => s.Select(r => reports[r].Outlet).Distinct().Count() > 1).ToList();
        Console.WriteLine($"### Real feeds: {reports.Count} reports from {reports.Select(r => r.Outlet).Distinct().Count()} outlets -> {stories.Count} stories; "
            + $"{joined.Count} with several reports, {multiOutlet.Count} of them from several outlets; {nearMisses.Count} cross-outlet near misses (0.20-{StoryClusterIndex.DefaultThreshold}); "
            + $"of {verdicts.Count} later reports from an outlet the story had, {verdicts.Values.Count(v => v.StartsWith("update", StringComparison.Ordinal))} update it; "
            + $"{secondMatches.Count} joined a story while also matching another (--details: would-be merges)");
        if (!details)
        {
            return;
        }

        foreach (var story in joined)
        {
            Console.WriteLine("story:");
            story.ForEach(r => Console.WriteLine($"   {reports[r].At:MM-dd HH:mm} {reports[r].Outlet,-14} {reports[r].Title}{(verdicts.TryGetValue(r, out var v) ? $"  [{v}]" : string.Empty)}"));
        }

        foreach (var (report, story, other, score, between) in secondMatches)
        {
            Console.WriteLine($"second match {score:F2}: {reports[report].Outlet} \"{reports[report].Title}\" joined \"{reports[stories[story][0]].Title}\", "
                + $"also matches \"{reports[stories[other][0]].Title}\"; the two stories' closest reports {between:F2}");
        }

        foreach (var (score, report, story) in nearMisses.OrderByDescending(n => n.Score).Take(15))
        {
            Console.WriteLine($"near miss {score:F2}: {reports[report].Outlet} \"{reports[report].Title}\" / {reports[stories[story][0]].Outlet} \"{reports[stories[story][0]].Title}\"");
        }
    }

    /// <summary>
    /// Stories other than <paramref name="joined"/> that report <paramref name="report"/> also matches (its best score
    /// with their reports at least the default threshold, without the time discount), with the two stories' own
    /// similarity (their closest pair of reports): a later report that could merge two stories kept apart.
    /// </summary>
    private static IEnumerable<(int Report, StoryId Story, StoryId Other, double Score, double Between)> SecondMatches(
        StoryClusterIndex index, List<StoryFingerprint> prints, Dictionary<StoryId, List<int>> stories, int report, StoryId joined)
    {
        foreach (var (other, members) in stories.Where(s => s.Key != joined))
        {
            var score = members.Max(r => index.Similarity(prints[report], prints[r]));
            if (score >= StoryClusterIndex.DefaultThreshold)
            {
                var between = stories[joined].Max(a => members.Max(b => index.Similarity(prints[a], prints[b])));
                yield return (report, joined, other, score, between);
            }
        }
    }
}
