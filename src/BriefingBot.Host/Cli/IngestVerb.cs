using BriefingBot.Core.Ingestion;
using BriefingBot.Core.News;

namespace BriefingBot.Host.Cli;

/// <summary>"ingest SOURCE": read one feed (URL or file), store its stories and print what was stored.</summary>
internal sealed class IngestVerb(IngestService ingest, CliOutput output)
{
    public async Task<int> RunAsync(string location, CancellationToken cancellationToken)
    {
        var source = new FeedSource(SourceId(location), string.Empty, location, []);
        var report = await output.WithProgressAsync($"Reading {location}...", _ => ingest.IngestSourceAsync(source, IngestPolicy.OnRequest, cancellationToken));
        if (report.Status == SourceIngestStatus.Failed)
        {
            if (output.Json)
            {
                output.WriteJson(new { source = location, status = "failed", error = report.Error });
            }

            output.WriteError($"Could not ingest {location}: {report.Error}");
            return 1;
        }

        if (report.Status == SourceIngestStatus.NotModified && output.Json)
        {
            output.WriteJson(new { source = location, status = "not-modified" });
        }

        foreach (var story in report.Stories)
        {
            if (output.Json)
            {
                output.WriteJson(new { source = location, storyId = story.StoryId.Value, title = story.Title, outcome = story.Outcome.ToString() });
            }
            else
            {
                output.WriteText($"{story.Outcome,-11} #{story.StoryId.Value} {story.Title}");
            }
        }

        if (!output.Json)
        {
            var status = report.Status == SourceIngestStatus.NotModified ? "not modified since the last read" : $"{report.Items} items";
            output.WriteText($"{report.Source.Name}: {status}, {report.Added} new, {report.Duplicates} already known, {report.TooOld} too old.");
        }

        return 0;
    }

    /// <summary>A stable id per location, so conditional GET works across runs.</summary>
    private static string SourceId(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? "cli-" + uri.Host + uri.AbsolutePath.TrimEnd('/').Replace('/', '-')
            : "cli-file-" + Path.GetFileNameWithoutExtension(location);
}
