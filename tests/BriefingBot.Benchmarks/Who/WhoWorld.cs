using System.Text;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using BriefingBot.Testing;

namespace BriefingBot.Benchmarks.Who;

/// <summary>
/// A made-up news world for the <c>who</c> benchmark: people drawn from invented given names and surnames, each with one
/// role, popular in a Zipf-like way (a few people in many stories, most in a handful), plus organisations and places.
/// </summary>
internal sealed class WhoWorld
{
    private const int People = 30_000;
    private const int Organisations = 3_000;

    private static readonly string[] GivenNames =
    [
        "Ada", "Alder", "Amara", "Anouk", "Arlo", "Astrid", "Bastian", "Bela", "Bram", "Calla", "Cato", "Cosima", "Dario",
        "Delphine", "Dorian", "Edda", "Elio", "Emrys", "Esme", "Fenna", "Fintan", "Flora", "Gideon", "Greta", "Hale",
        "Hana", "Idris", "Ilse", "Ines", "Ivo", "Jarek", "Jonah", "Juno", "Kai", "Kasimir", "Kira", "Lars", "Leda",
        "Lenka", "Linus", "Lior", "Maren", "Marek", "Mila", "Nadia", "Nico", "Noor", "Odile", "Olek", "Orla", "Pavel",
        "Petra", "Quinn", "Rafa", "Rhea", "Rune", "Saskia", "Selim", "Sigrid", "Soren", "Tamsin", "Teodor", "Thea",
        "Tomas", "Una", "Valeska", "Vera", "Viggo", "Wren", "Xenia", "Yara", "Yusuf", "Zadie", "Zoltan", "Anselm",
        "Brigid", "Corin", "Dagny", "Eamon", "Ferdia", "Gwen", "Halvard", "Ilona", "Jovan", "Katya", "Lorcan", "Mirela",
        "Niamh", "Oskar", "Priya", "Radek", "Sunniva", "Tariq", "Ulla", "Vesna", "Wilhelmina", "Yannick", "Zora",
    ];

    private static readonly string[] SurnameStarts =
    [
        "Ash", "Brack", "Carr", "Dal", "Eller", "Farn", "Gald", "Hart", "Ivers", "Jarl", "Kessel", "Lind", "Marl",
        "North", "Oster", "Pell", "Quarr", "Rave", "Stark", "Thorn", "Ulver", "Vand", "Wester", "Yarn", "Zell", "Brom",
        "Cald", "Dunn", "Fenn", "Grim", "Holm", "Kirk", "Lang", "Moss", "Nor", "Penn", "Ross", "Sand", "Tull", "Wick",
    ];

    private static readonly string[] SurnameEnds =
    [
        "by", "well", "wood", "ford", "ton", "berg", "strom", "quist", "ley", "mere", "field", "gate", "holt", "ridge",
        "sen", "ova", "ic", "ek", "ani", "ero", "ado", "escu", "idis", "oni", "ski", "vall", "dahl", "lund", "haven",
    ];

    private static readonly string[] Roles =
    [
        "Prime Minister of Valdoria", "Finance Minister", "Foreign Minister", "chief executive of {0}", "chairman of {0}",
        "professor of economics at {0}", "spokesman for {0}", "mayor of {1}", "governor of the central bank", "coach of {0}",
        "striker", "actress", "singer", "novelist", "lawyer", "economist", "opposition leader", "Defence Secretary",
        "senator", "judge", "ambassador to {1}", "founder of {0}", "union leader", "police chief", "health minister",
    ];

    private static readonly string[] OrganisationWords = ["Northgate", "Brightwater", "Calder", "Ironvale", "Meridian", "Oakhurst", "Silverline", "Tamsworth", "Vantage", "Westmarch"];
    private static readonly string[] OrganisationTails = ["Holdings", "Bank", "University", "Party", "Group", "Airlines", "Council", "Institute", "United", "Foundation"];

    private static readonly string[] Places =
    [
        "London", "Paris", "Berlin", "Tokyo", "Nairobi", "Lagos", "Lima", "Oslo", "Warsaw", "Madrid", "Cairo", "Delhi",
        "Seoul", "Toronto", "Sydney", "Jakarta", "Istanbul", "Athens", "Vienna", "Dublin", "Valdoria", "Kestrel Bay",
    ];

    private static readonly string[] Filler =
    [
        "The talks ran late into the evening and both sides said progress had been made on the main points.",
        "Officials declined to give a timetable, saying only that further meetings would follow next month.",
        "Markets moved little on the news, although analysts said the details would matter more than the headline.",
        "Critics said the plan did not go far enough and called for an independent review of the figures.",
        "The announcement came after weeks of speculation and a series of leaks to the press.",
        "Residents gathered outside the building on Tuesday morning to hear the decision read aloud.",
    ];

    private readonly Random _random;
    private readonly (string Given, string Surname, string Role)[] _people;
    private readonly string[] _organisations;

    public WhoWorld(Random random)
    {
        _random = random;
        _organisations = Enumerable.Range(0, Organisations)
            .Select(i => $"{OrganisationWords[i % OrganisationWords.Length]} {SurnameStarts[i / 10 % SurnameStarts.Length]}{SurnameEnds[i % SurnameEnds.Length]} {OrganisationTails[i / 7 % OrganisationTails.Length]}")
            .Distinct()
            .ToArray();
        _people = Enumerable.Range(0, People)
            .Select(_ => (Pick(GivenNames), Pick(SurnameStarts) + Pick(SurnameEnds), string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(Roles), Pick(_organisations), Pick(Places))))
            .ToArray();
    }

    /// <summary>A person index, Zipf-like: person k is picked about 1/(k+1) as often as person 0.</summary>
    private int Popular(int count) => (int)Math.Min(count - 1, Math.Floor(Math.Exp(_random.NextDouble() * Math.Log(count + 1)) - 1));

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    /// <summary>Story <paramref name="number"/>, first seen at a random time in the last 29 days, or at <paramref name="now"/> itself.</summary>
    public NewStory Story(int number, DateTimeOffset now, bool justSeen = false)
    {
        var seenAt = justSeen ? now : now - TimeSpan.FromMinutes(_random.Next(29 * 24 * 60));
        var people = Enumerable.Range(0, _random.Next(2, 7)).Select(_ => Popular(_people.Length)).Distinct().ToList();
        var organisations = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => _organisations[Popular(_organisations.Length)]).Distinct().ToList();
        var places = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(Places)).Distinct().ToList();
        var text = new StringBuilder();
        var entities = new List<StoryEntity>();
        foreach (var index in people)
        {
            var (given, surname, role) = _people[index];
            var name = $"{given} {surname}";
            var sentence = $"{name}, {role}, said the decision in {places[0]} would stand.";
            text.Append(sentence).Append(' ').Append(Pick(Filler)).Append(' ').Append(surname).Append(" added that ").Append(organisations[0]).Append(" had been consulted. ");
            entities.Add(new StoryEntity(name, EntityType.Person, [surname], role, sentence, sentence, 2));
        }

        while (text.Length < 2_000 + _random.Next(2_000))
        {
            text.Append(Pick(Filler)).Append(' ');
        }

        var firstSentence = text.ToString(0, text.ToString().IndexOf('.', StringComparison.Ordinal) + 1);
        entities.AddRange(organisations.Select(o => new StoryEntity(o, EntityType.Organization, [], null, null, firstSentence, 1)));
        entities.AddRange(places.Select(p => new StoryEntity(p, EntityType.Location, [], null, null, firstSentence, 1)));
        var (g, s, _) = _people[people[0]];
        var title = $"{g} {s} speaks on {places[0]} decision";
        return StoryFactory.Create(title, seenAt, url: $"https://news.example/story/{number}", text: text.ToString().TrimEnd()) with
        {
            Entities = entities,
            PublishedAt = seenAt,
        };
    }

    /// <summary>Queries in four kinds: full names, surnames alone, full names with one typo, names nobody has.</summary>
    public List<(string Kind, string Query)> Queries(int count)
    {
        var queries = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var (given, surname, _) = _people[Popular(_people.Length)];
            queries.Add((i % 4) switch
            {
                0 => ("full name", $"{given} {surname}"),
                1 => ("surname only", surname),
                2 => ("typo", Typo($"{given} {surname}")),
                _ => ("unknown name", $"Zq{Pick(GivenNames).ToLowerInvariant()} Xv{Pick(SurnameEnds)}{_random.Next(1000)}"),
            });
        }

        return queries;
    }

    /// <summary>One edit after the first letter of a word: a dropped, doubled, swapped or changed letter.</summary>
    private string Typo(string name)
    {
        var at = _random.Next(1, name.Length - 1);
        return _random.Next(4) switch
        {
            0 => name.Remove(at, 1),
            1 => name.Insert(at, name[at].ToString()),
            2 => string.Concat(name.AsSpan(0, at), name[at + 1].ToString(), name[at].ToString(), name.AsSpan(at + 2)),
            _ => string.Concat(name.AsSpan(0, at), "e", name.AsSpan(at + 1)),
        };
    }
}
