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
      ner           exact-span entity P/R/F1 per type on CoNLL-2003 eng.testa (--details: commonest misses; --peer=NAME=FILE: score a peer's spans)
      person-title  kbp37 per:title: person found, role found near the person (--details: persons whose role lacks the gold title)
      clustering    pair precision/recall on hand-written same-event pairs, false merges on bbc-100 and CNN/DM+XSum, speed at 5,000 stories (--details)
      speed [args]  BenchmarkDotNet: splitting, summarising, entities, feed parsing, extraction (no eval data needed)
      who [--stories N] [--queries N]
                    /who latency (names, surnames, typos, unknown) and memory over N synthetic stories (default 100,000)
      fanout telegram|discord [--chats N] [--ceiling N] [--ledger]
                    one briefing to many chats through the adapter against its fake server with a rate ceiling
                    (--ledger: through a delivery pass over the SQLite ledger)
      filters       chat filters: 10,000 stories x 1,000 chat profiles, time per step (no eval data needed)
      delivery      due set of 100,000 subscriptions (96 slots, 40 zones); fan-out through the SQLite ledger against a platform ceiling
      host-memory [--subscriptions N] [--seconds N]
                    the built bot over N subscriptions (default 100,000) against the fake Bot API: resident memory per second (Linux)
      all           rouge, extraction, segmentation, ner and person-title
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
    case "entities-lines" when args.Length > 1:
        // One text per line of the file: the entities, types and roles the extractor finds (for studying misses).
        foreach (var text in File.ReadLines(args[1]).Where(l => l.Length > 0))
        {
            var found = new BriefingBot.Core.People.EntityExtractor().Extract("", text);
            Console.WriteLine(text);
            found.ToList().ForEach(e => Console.WriteLine($"    {e.Type} {e.Name} | {e.Role ?? "-"}"));
        }

        return 0;
    case "who":
        return await BriefingBot.Benchmarks.Who.WhoBenchmark.RunAsync(args);
    case "fanout":
        return await BriefingBot.Benchmarks.FanOut.FanOutBenchmark.RunAsync(args);
    case "segmentation":
        SegmentationEvaluation.Run();
        return 0;
    case "ner":
        NerEvaluation.Run(args[1..]);
        return 0;
    case "person-title":
        PersonTitleEvaluation.Run(args.Contains("--details"));
        return 0;
    case "clustering":
        BriefingBot.Benchmarks.Clustering.ClusteringEvaluation.Run(args.Contains("--details"));
        return 0;
    case "filters":
        FilterBenchmark.Run();
        return 0;
    case "delivery":
        await DeliveryBenchmark.RunAsync();
        return 0;
    case "host-memory":
        return await HostMemoryBenchmark.RunAsync(args);
    case "all":
        RougeEvaluation.Run();
        ExtractionEvaluation.Run();
        SegmentationEvaluation.Run();
        NerEvaluation.Run([]);
        PersonTitleEvaluation.Run();
        return 0;
    case "speed":
        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short"));
        BenchmarkSwitcher.FromTypes([typeof(PipelineBenchmarks)]).Run(args.Length > 1 ? args[1..] : ["--filter", "*"], config);
        return 0;
    default:
        Console.WriteLine(Usage);
        return args.Length == 0 ? 0 : 2;
}
