using BriefingBot.Core.Digests;

namespace BriefingBot.Host.Cli;

/// <summary>"summarize PATH": the digest of each text file, sentences copied verbatim.</summary>
internal sealed class SummarizeVerb(ISummarizer summarizer, CliOutput output)
{
    public async Task<int> RunAsync(string path, SummaryBudget budget, CancellationToken cancellationToken)
    {
        var files = TextCorpus.Files(path);
        return await output.WithProgressAsync($"Summarising {files.Count} file(s)...", async progress =>
        {
            var done = 0;
            foreach (var file in files)
            {
                var document = await TextCorpus.ReadAsync(file, cancellationToken);
                var summary = summarizer.Summarize(document.Title, document.Body, budget);
                progress($"Summarised {++done} of {files.Count}");
                if (output.Json)
                {
                    output.WriteJson(new { file, title = document.Title, summary });
                }
                else
                {
                    output.WriteText($"{file}\n{document.Title}\n  {string.Join("\n  ", summary)}\n");
                }
            }

            return 0;
        });
    }
}
