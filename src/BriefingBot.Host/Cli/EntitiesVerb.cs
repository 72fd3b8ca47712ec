using System.CommandLine;
using System.Text;
using BriefingBot.Core.People;
using BriefingBot.Core.People.Conll;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Cli;

/// <summary>
/// "entities PATH": the people, organisations and places of each text file with their roles and where the text names
/// them (character offsets in the file's text, line ends read as "\n"); "entities --conll FILE": a CoNLL-2003 file
/// written back with the predicted IOB2 tag appended to every token line.
/// </summary>
internal sealed class EntitiesVerb(IEntityExtractor extractor, CliOutput output)
{
    public delegate Task<int> VerbRunner(bool json, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken);

    public static Command CreateCommand(Option<bool> json, VerbRunner run)
    {
        var path = new Argument<string?>("path") { Description = "A text file (first line title, rest body) or a folder of .txt files.", Arity = ArgumentArity.ZeroOrOne };
        var conll = new Option<string?>("--conll") { Description = "A CoNLL-2003 file to tag: printed back with a predicted IOB2 column appended." };
        var command = new Command("entities", "Print the people, organisations and places in each text file, with roles and offsets.") { path, conll, json };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(path) is null) == (result.GetValue(conll) is null))
            {
                result.AddError("Give either a PATH or --conll FILE.");
            }
        });
        command.SetAction((r, ct) => run(r.GetValue(json), (sp, c) =>
        {
            var verb = ActivatorUtilities.CreateInstance<EntitiesVerb>(sp);
            return r.GetValue(conll) is { } file ? verb.TagConllAsync(file, c) : verb.RunAsync(r.GetValue(path) ?? "", c);
        }, ct));
        return command;
    }

    public async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        foreach (var file in TextCorpus.Files(path))
        {
            var document = await TextCorpus.ReadAsync(file, cancellationToken);
            var text = (await File.ReadAllTextAsync(file, cancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal);
            var bodyStart = document.Body.Length == 0 ? 0 : text.IndexOf(document.Body, text.IndexOf('\n', StringComparison.Ordinal) + 1, StringComparison.Ordinal);
            var analysis = extractor.Analyze(document.Title, document.Body);
            var entities = analysis.Entities.Select(e => new
            {
                name = e.Name,
                type = IobTags.Label(e.Type),
                role = e.Role,
                aliases = e.Aliases,
                mentions = analysis.Mentions
                    .Where(m => m.Type == e.Type && m.Name == e.Name)
                    .Select(m => new { start = bodyStart + m.Start, end = bodyStart + m.End, text = document.Body[m.Start..m.End] })
                    .ToList(),
            }).ToList();
            if (output.Json)
            {
                output.WriteJson(new { file, title = document.Title, entities });
                continue;
            }

            var lines = new StringBuilder().AppendLine(file);
            foreach (var entity in entities)
            {
                lines.Append("  ").Append(entity.type.PadRight(4)).Append(' ').Append(entity.name);
                lines.Append(entity.role is null ? "" : $" — {entity.role}");
                lines.Append("  [").AppendJoin(", ", entity.mentions.Select(m => $"{m.start}-{m.end}")).AppendLine("]");
            }

            output.WriteText(lines.ToString());
        }

        return 0;
    }

    public async Task<int> TagConllAsync(string file, CancellationToken cancellationToken)
    {
        using var reader = File.OpenText(file);
        foreach (var document in ConllDocument.Read(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tags = IobTags.Tag(document.TokenSpans, extractor.Analyze("", document.Text).Mentions);
            var tagOfLine = document.TokenLines.Select((line, token) => (line, token)).ToDictionary(x => x.line, x => tags[x.token]);
            var lines = document.Lines.Select((line, i) =>
                tagOfLine.TryGetValue(i, out var tag) ? $"{line} {tag}" : line.StartsWith("-DOCSTART-", StringComparison.Ordinal) ? line + " O" : line);
            output.WriteText(string.Join('\n', lines));
        }

        return 0;
    }
}
