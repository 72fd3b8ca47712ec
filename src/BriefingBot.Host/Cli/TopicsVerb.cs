using System.Globalization;
using BriefingBot.Core.People;
using BriefingBot.Core.Topics;

namespace BriefingBot.Host.Cli;

/// <summary>"topics PATH": the topics of each text file, best first, with confidences.</summary>
internal sealed class TopicsVerb(ITopicClassifier classifier, IEntityExtractor entities, CliOutput output)
{
    public async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        var files = TextCorpus.Files(path);
        return await output.WithProgressAsync($"Classifying {files.Count} file(s)...", async progress =>
        {
            var done = 0;
            foreach (var file in files)
            {
                var document = await TextCorpus.ReadAsync(file, cancellationToken);
                var found = entities.Extract(document.Title, document.Body);
                var topics = classifier.Classify(new TopicDocument(document.Title, document.Body, found, []));
                progress($"Classified {++done} of {files.Count}");
                if (output.Json)
                {
                    output.WriteJson(new { file, topics });
                }
                else
                {
                    var list = string.Join(", ", topics.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name} {t.Confidence:0.00}")));
                    output.WriteText($"{file}\n{document.Title}\n  {list}\n");
                }
            }

            return 0;
        });
    }
}
