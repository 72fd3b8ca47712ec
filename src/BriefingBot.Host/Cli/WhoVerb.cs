using BriefingBot.Core.Ingestion;
using BriefingBot.Core.News;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using BriefingBot.Host.ConsoleChat;

namespace BriefingBot.Host.Cli;

/// <summary>"who NAME [--corpus DIR]": the profile "/who NAME" would answer, from stored stories or from a folder of texts.</summary>
internal sealed class WhoVerb(
    IWhoService who,
    WhoLookup recent,
    StoryAnalyzer analyzer,
    PlainTextRenderer renderer,
    TimeProvider time,
    CliOutput output)
{
    public async Task<int> RunAsync(string name, string? corpus, CancellationToken cancellationToken)
    {
        var result = corpus is null
            ? await recent.LookupAsync(name, cancellationToken)
            : who.Lookup(name, await output.WithProgressAsync($"Reading {corpus}...", _ => ReadCorpusAsync(corpus, cancellationToken)));
        if (output.Json)
        {
            output.WriteJson(WhoJson.From(name, result));
        }
        else
        {
            output.WriteText(renderer.Render(new Core.Commands.Outcomes.WhoOutcome(result)));
        }

        return result is WhoResult.Found ? 0 : 3;
    }

    private async Task<IReadOnlyList<Story>> ReadCorpusAsync(string corpus, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var source = new FeedSource("corpus", Path.GetFileName(Path.TrimEndingDirectorySeparator(corpus)), corpus, []);
        var result = new List<Story>();
        foreach (var file in TextCorpus.Files(corpus))
        {
            var document = await TextCorpus.ReadAsync(file, cancellationToken);
            var item = new FeedItem(file, document.Title, new Uri(Path.GetFullPath(file)), null, document.Body, null, null);
            if (analyzer.Analyze(item, source, now) is { } analysed)
            {
                var id = new StoryId(result.Count + 1);
                result.Add(new Story(id, analysed.Title, analysed.Text, analysed.Summary, analysed.Detail, [analysed.Source], analysed.Entities, analysed.PublishedAt, analysed.FirstSeenAt));
            }
        }

        return result;
    }
}
