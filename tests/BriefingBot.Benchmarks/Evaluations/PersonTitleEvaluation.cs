using System.Text.Json;
using BriefingBot.Core.People;

namespace BriefingBot.Benchmarks.Evaluations;

/// <summary>
/// The <c>person-title</c> command: kbp37 per:title sentences. "Person found": a person entity whose name or an alias
/// contains the gold person (or the other way round). "Role found": that person's role contains the gold title, which
/// kbp37 often cuts short ("Defence" for "Defence Minister"), so this checks that a role was found near the person.
/// </summary>
internal static class PersonTitleEvaluation
{
    public static void Run(bool details = false)
    {
        var path = EvalData.Path("person-title", "kbp37", "per_title.jsonl");
        if (EvalData.Missing(path, "person-title on kbp37") || path is null)
        {
            return;
        }

        var extractor = new EntityExtractor();
        var (total, people, roles, anyRole) = (0, 0, 0, 0);
        var misses = new List<string>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var person = json.RootElement.GetProperty("person").GetString() ?? "";
            var title = json.RootElement.GetProperty("title").GetString() ?? "";
            var sentence = json.RootElement.GetProperty("sentence").GetString() ?? "";
            total++;
            var found = extractor.Extract("", sentence).FirstOrDefault(e => e.Type == EntityType.Person && Names(e, person));
            if (found is null)
            {
                continue;
            }

            people++;
            anyRole += found.Role is null ? 0 : 1;
            var hit = found.Role?.Contains(title, StringComparison.OrdinalIgnoreCase) == true;
            roles += hit ? 1 : 0;
            if (!hit)
            {
                misses.Add($"{person} | gold: {title} | role: {found.Role ?? "-"}\n    {sentence}");
            }
        }

        var table = new Table("system", "sentences", "person found %", "a role found %", "role contains gold title %", "... of persons found %");
        table.Add("BriefingBot EntityExtractor", total, Percent(people, total), Percent(anyRole, total), Percent(roles, total), Percent(roles, people));
        table.Print("kbp37 per:title");
        if (details)
        {
            Console.WriteLine($"Persons found whose role lacks the gold title ({misses.Count}):");
            misses.ForEach(m => Console.WriteLine("  " + m));
        }
    }

    private static bool Names(StoryEntity entity, string person) =>
        new[] { entity.Name }.Concat(entity.Aliases).Any(name =>
            name.Contains(person, StringComparison.OrdinalIgnoreCase) || person.Contains(name, StringComparison.OrdinalIgnoreCase));

    private static double Percent(int count, int total) => total == 0 ? 0 : 100.0 * count / total;
}
