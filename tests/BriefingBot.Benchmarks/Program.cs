using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BriefingBot.Benchmarks.Delivery;
using BriefingBot.Benchmarks.Evaluations;
using BriefingBot.Benchmarks.Speed;

const string Usage = """
    usage: dotnet run -c Release --project tests/BriefingBot.Benchmarks -- <command>
      rouge         ROUGE-1/2/Lsum F1: BriefingBot, LEAD-3, TextRank and the published systems (bbc-100, cnndm_test_250)
      extraction    precision/recall/F1 on trafilatura-en; titles and text on readability-pages (--details: where we differ from SmartReader)
      segmentation  sentence-boundary precision/recall/F1 on bbc-100
      speed [args]  BenchmarkDotNet: splitting, summarising, entities, feed parsing, extraction (no eval data needed)
      delivery      due set of 100,000 subscriptions (96 slots, 40 zones); fan-out through the SQLite ledger against a platform ceiling
      all           rouge, extraction and segmentation
    The evaluations read ../shared/eval beside the repository (or BRIEFINGBOT_EVAL) and skip with a message when it is absent.
    """;

switch (args.FirstOrDefault())
{
    case "rouge":
        RougeEvaluation.Run();
        return 0;
    case "extraction":
        ExtractionEvaluation.Run(args.Contains("--details"));
        return 0;
    case "extract-file" when args.Length > 1:
        var extraction = new BriefingBot.Core.Extraction.ArticleExtractor().Extract(File.ReadAllBytes(args[1]), null, null);
        Console.WriteLine($"{extraction.Status}: {extraction.Title} / {extraction.Byline} / {extraction.PublishedAt} / {extraction.Reason}");
        extraction.Paragraphs.ToList().ForEach(p => Console.WriteLine("¶ " + p));
        return 0;
    case "segmentation":
        SegmentationEvaluation.Run();
        return 0;
    case "delivery":
        await DeliveryBenchmark.RunAsync();
        return 0;
    case "all":
        RougeEvaluation.Run();
        ExtractionEvaluation.Run();
        SegmentationEvaluation.Run();
        return 0;
    case "speed":
        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short"));
        BenchmarkSwitcher.FromTypes([typeof(PipelineBenchmarks)]).Run(args.Length > 1 ? args[1..] : ["--filter", "*"], config);
        return 0;
    default:
        Console.WriteLine(Usage);
        return args.Length == 0 ? 0 : 2;
}
