using System.Diagnostics;
using BriefingBot.Benchmarks.Baselines;
using BriefingBot.Benchmarks.Scoring;
using BriefingBot.Benchmarks.Who;
using BriefingBot.Core.Digests;

namespace BriefingBot.Benchmarks.Evaluations;

/// <summary>The <c>rouge</c> command: our summariser, LEAD-3, TextRank and the published systems, all scored by <see cref="Rouge"/>.</summary>
internal static class RougeEvaluation
{
    private const int WarmUpPasses = 3;
    private const int TimedPasses = 5;

    /// <summary>Warm-up lasts at least this long: the JIT recompiles hot methods in the background after a delay.</summary>
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);

    private static readonly SummaryBudget ThreeSentences = new(3, 100_000);

    public static void Run()
    {
        var bbc = EvalData.Path("summarization", "bbc-100");
        if (!EvalData.Missing(bbc, "rouge on bbc-100") && bbc is not null)
        {
            Print("bbc-100 (100 BBC articles, extractive references)", SummaryData.Bbc(bbc));
        }

        var cnndm = EvalData.Path("summarization", "frank-cnndm-xsum", "cnndm_test_250.jsonl");
        if (!EvalData.Missing(cnndm, "rouge on cnndm_test_250") && cnndm is not null)
        {
            Print("cnndm_test_250 (250 CNN/DailyMail test articles, highlights as references)", SummaryData.CnnDm(cnndm));
        }
    }

    private static void Print(string title, List<SummaryCase> cases)
    {
        var summarizer = new ExtractiveSummarizer();
        var systems = new List<(string Name, Func<SummaryCase, IReadOnlyList<string>> Summarize)>
        {
            ("BriefingBot, 3 sentences", c => summarizer.Summarize(c.Title, c.Text, ThreeSentences)),
            ("BriefingBot, briefing budget (3 sentences, 400 chars)", c => summarizer.Summarize(c.Title, c.Text, SummaryBudget.Briefing)),
            ("LEAD-3", c => LeadBaseline.Summarize(c.Text, 3)),
            ("TextRank, 3 sentences", c => TextRankBaseline.Summarize(c.Text, 3)),
            ("LEAD, briefing budget", c => LeadBaseline.Summarize(c.Text, SummaryBudget.Briefing.MaxSentences, SummaryBudget.Briefing.MaxCharacters)),
            ("TextRank, briefing budget", c => TextRankBaseline.Summarize(c.Text, SummaryBudget.Briefing.MaxSentences, SummaryBudget.Briefing.MaxCharacters)),
        };
        foreach (var name in cases.SelectMany(c => c.Systems.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            systems.Add(($"published: {name}", c => c.Systems.TryGetValue(name, out var s) ? SummaryData.SplitTokenized(s) : []));
        }

        var table = new Table("system", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum", "avg chars", "articles/s per core");
        foreach (var (name, summarize) in systems)
        {
            double r1 = 0, r2 = 0, rl = 0, chars = 0;
            var published = name.StartsWith("published", StringComparison.Ordinal);
            var (outputs, seconds) = published ? (cases.Select(summarize).ToList(), 0) : Timed(cases, summarize);
            for (var i = 0; i < cases.Count; i++)
            {
                var (one, two, lsum) = Rouge.Score(outputs[i], cases[i].Reference);
                r1 += one.F1;
                r2 += two.F1;
                rl += lsum.F1;
                chars += outputs[i].Sum(s => s.Length) + Math.Max(0, outputs[i].Count - 1);
            }

            var n = Math.Max(1, cases.Count);
            var speed = published ? "-" : (cases.Count / seconds).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
            table.Add(name, 100 * r1 / n, 100 * r2 / n, 100 * rl / n, chars / n, speed);
        }

        table.Print(title);
    }

    /// <summary>
    /// The outputs of one pass over the cases, and the median time of <see cref="TimedPasses"/> further passes. They
    /// come after <see cref="WarmUpPasses"/> and at least <see cref="WarmUpTime"/> of warm-up, so the JIT's compiling
    /// and tiering up are not counted, and are timed by the thread's CPU time where the platform reports it (on a
    /// machine shared with other work, wall-clock time measures the load).
    /// </summary>
    private static (List<IReadOnlyList<string>> Outputs, double Seconds) Timed(List<SummaryCase> cases, Func<SummaryCase, IReadOnlyList<string>> summarize)
    {
        var warmUp = Stopwatch.StartNew();
        var outputs = cases.Select(summarize).ToList();
        for (var pass = 1; pass < WarmUpPasses || warmUp.Elapsed < WarmUpTime; pass++)
        {
            cases.ForEach(item => summarize(item));
        }

        var times = new List<double>();
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            var cpu = ThreadCpu.Now();
            var clock = Stopwatch.StartNew();
            cases.ForEach(item => summarize(item));
            times.Add(cpu is { } before && ThreadCpu.Now() is { } after ? (after - before).TotalSeconds : clock.Elapsed.TotalSeconds);
        }

        return (outputs, times.Order().ElementAt(times.Count / 2));
    }
}
