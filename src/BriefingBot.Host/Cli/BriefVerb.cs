using BriefingBot.Core.Briefings;
using BriefingBot.Core.Ingestion;
using BriefingBot.Host.ConsoleChat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Cli;

/// <summary>"brief": read the feeds once, print today's briefing (the last day's stories, ranked) and exit.</summary>
internal sealed class BriefVerb(
    NewsCycle news,
    BriefingComposer composer,
    PlainTextRenderer renderer,
    TimeProvider time,
    IOptions<BriefingOptions> options,
    CliOutput output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var reports = await output.WithProgressAsync("Reading news feeds...", _ => news.RunAsync(cancellationToken));
        if (reports.Count == 0 || reports.All(r => r.Status == SourceIngestStatus.Failed))
        {
            output.WriteError("No news source could be read; the briefing below holds only stories stored earlier.");
        }

        var now = time.GetUtcNow();
        var briefing = await composer.ComposeAsync(now - options.Value.FirstBriefingLookback, now, options.Value.ItemsPerBriefing, cancellationToken);
        if (!output.Json)
        {
            output.WriteText(renderer.RenderBriefing(briefing, scheduled: false));
            return 0;
        }

        foreach (var item in briefing.Items)
        {
            output.WriteJson(new
            {
                number = item.Number,
                storyId = item.StoryId.Value,
                title = item.Title,
                summary = item.Summary,
                published = item.PublishedAt,
                sources = item.Sources.Select(s => new { id = s.SourceId, name = s.SourceName, title = s.Title, link = s.Link }),
            });
        }

        return 0;
    }
}
