using System.Text.Json;
using BriefingBot.Benchmarks.Scoring;
using BriefingBot.Core.People;
using BriefingBot.Core.People.Conll;

namespace BriefingBot.Benchmarks.Evaluations;

/// <summary>
/// The <c>ner</c> command: CoNLL-2003 English dev (eng.testa). Each document's tokens are joined into running text (a
/// sentence per paragraph), the extractor's mention spans become IOB2 token tags, and predicted and gold (IOB1) chunks
/// are scored by exact span and type with conlleval conventions. Peers ("--peer NAME=FILE") are JSON lines
/// <c>{"doc": 0, "spans": [[start, end, "PER"], ...]}</c> with character offsets in the same running text.
/// </summary>
internal static class NerEvaluation
{
    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static void Run(IReadOnlyList<string> args)
    {
        var path = EvalData.Path("ner", "conll2003", "eng.testa");
        if (EvalData.Missing(path, "NER on CoNLL-2003 eng.testa") || path is null)
        {
            return;
        }

        using var reader = File.OpenText(path);
        var documents = ConllDocument.Read(reader).ToList();
        var extractor = new EntityExtractor();
        var ours = Score(documents, (_, document) => extractor.Analyze("", document.Text).Mentions);
        var systems = new List<(string Name, EntityScore Score)> { ("BriefingBot EntityExtractor", ours.Score) };
        foreach (var peer in args.Where(a => a.StartsWith("--peer=", StringComparison.Ordinal)).Select(a => a["--peer=".Length..]))
        {
            var (name, file) = (peer[..peer.IndexOf('=', StringComparison.Ordinal)], peer[(peer.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var spans = ReadPeer(file);
            systems.Add((name, Score(documents, (i, _) => spans.GetValueOrDefault(i) ?? []).Score));
        }

        var table = new Table("system", "type", "precision", "recall", "F1", "gold", "predicted");
        foreach (var (name, score) in systems)
        {
            foreach (var type in Types)
            {
                var counts = score.Of(type);
                table.Add(name, type, counts.Precision * 100, counts.Recall * 100, counts.F1 * 100, counts.Gold, counts.Predicted);
            }

            table.Add(name, "all", score.Overall.Precision * 100, score.Overall.Recall * 100, score.Overall.F1 * 100, score.Overall.Gold, score.Overall.Predicted);
        }

        table.Print($"CoNLL-2003 eng.testa ({documents.Count} documents): exact-span entity F1 (conlleval)");
        if (args.Contains("--details"))
        {
            PrintErrors(ours.Errors);
        }
    }

    private static (EntityScore Score, List<string> Errors) Score(List<ConllDocument> documents, Func<int, ConllDocument, IEnumerable<EntityMention>> predict)
    {
        var score = new EntityScore();
        var errors = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var sentences = document.SentenceStarts.ToHashSet();
            var gold = Chunks.From(document.LastColumn(), sentences);
            var predicted = Chunks.From(IobTags.Tag(document.TokenSpans, predict(i, document)), sentences);
            score.Add(gold, predicted);
            var text = document.Text;
            string Words(Chunk c) => text[document.TokenSpans[c.Start].Start..document.TokenSpans[c.End - 1].End];
            errors.AddRange(gold.Except(predicted).Select(c => $"missed {c.Type,-4} {Words(c)}"));
            errors.AddRange(predicted.Except(gold).Select(c => $"extra  {c.Type,-4} {Words(c)}"));
            var goldTypes = gold.ToDictionary(c => (c.Start, c.End), c => c.Type);
            errors.AddRange(predicted
                .Where(c => goldTypes.TryGetValue((c.Start, c.End), out var type) && type != c.Type)
                .Select(c => $"type   {c.Type,-4} gold {goldTypes[(c.Start, c.End)]} {Words(c)}"));
        }

        return (score, errors);
    }

    private static void PrintErrors(List<string> errors)
    {
        foreach (var group in errors.GroupBy(e => e[..11]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{group.Key.Trim()}: {group.Count()}");
            foreach (var error in group.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(40))
            {
                Console.WriteLine($"  {error.Count(),3} {error.Key[11..]}");
            }
        }
    }

    private static Dictionary<int, List<EntityMention>> ReadPeer(string file)
    {
        var result = new Dictionary<int, List<EntityMention>>();
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var mentions = json.RootElement.GetProperty("spans").EnumerateArray()
                .Select(s => (Start: s[0].GetInt32(), End: s[1].GetInt32(), Type: s[2].GetString() ?? ""))
                .Select(s => new EntityMention(s.Start, s.End - s.Start, s.Type switch
                {
                    "PER" => EntityType.Person,
                    "ORG" => EntityType.Organization,
                    "LOC" => EntityType.Location,
                    _ => EntityType.Misc,
                }, ""))
                .ToList();
            result[json.RootElement.GetProperty("doc").GetInt32()] = mentions;
        }

        return result;
    }
}
