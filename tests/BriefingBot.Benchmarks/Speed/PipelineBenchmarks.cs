using BenchmarkDotNet.Attributes;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.News;
using BriefingBot.Core.People;
using BriefingBot.Core.Text;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>One article through each analysis step; articles per second per core is 1 / mean time.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly SentenceSplitter _splitter = new();
    private readonly ExtractiveSummarizer _summarizer = new();
    private readonly EntityExtractor _entities = new();
    private readonly FeedParser _parser = new();
    private readonly ArticleExtractor _extractor = new();
    private readonly Uri _pageUri = new("https://news.example/2026/11/30/story");
    private string _title = string.Empty;
    private string _text = string.Empty;
    private string _page = string.Empty;
    private byte[] _feed = [];

    [GlobalSetup]
    public void Setup()
    {
        (_title, _text) = SpeedInputs.Story();
        _page = SpeedInputs.StoryPage();
        _feed = SpeedInputs.SampleFeed;
    }

    [Benchmark(Description = "split sentences (seed story)")]
    public int SplitSentences() => _splitter.Split(_text).Count;

    [Benchmark(Description = "summarise, briefing budget (seed story)")]
    public int SummarizeBriefing() => _summarizer.Summarize(_title, _text, SummaryBudget.Briefing).Count;

    [Benchmark(Description = "summarise, /story budget (seed story)")]
    public int SummarizeStory() => _summarizer.Summarize(_title, _text, SummaryBudget.Story).Count;

    [Benchmark(Description = "extract entities (seed story)")]
    public int ExtractEntities() => _entities.Extract(_title, _text).Count;

    [Benchmark(Description = "parse feed (config/samples/sample-feed.xml)")]
    public int ParseFeed() => _parser.Parse(_feed).Feed?.Items.Count ?? 0;

    [Benchmark(Description = "extract article (seed story as a news page)")]
    public int ExtractArticle() => _extractor.Extract(_page, _pageUri).Paragraphs.Count;
}
