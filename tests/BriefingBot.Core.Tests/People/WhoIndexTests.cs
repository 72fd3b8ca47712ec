using BriefingBot.Core.People;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Tests.People;

/// <summary>An index grown story by story answers exactly as one built from all the stories at once (invented names).</summary>
public sealed class WhoIndexTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Texts =
    [
        "Finance Minister Lena Park said taxes would rise. Park spoke in Oslo on Monday.",
        "Lena Park, a striker for Ashbury United, scored twice in Felsham.",
        "Chancellor Omar Haddad met Finance Minister Lena Park in Oslo.",
        "Haddad said the talks had gone well. Britain and Japan sent observers.",
        "Ivo Marek, the mayor of Korvanta, opened the bridge. Marek thanked the U.K. for its help.",
        "Marek denied the report. Omar Haddad said nothing.",
        "Park said the budget was fair.",
        "Dana Pike, a lawyer from Leeds, represented Ivo Marek in London.",
    ];

    private static readonly string[] Queries =
    [
        "Lena Park", "Park", "Haddad", "Omar Haddad", "Marek", "Ivo Marek", "Britain", "UK", "Oslo", "Hadad", "Lena Prk",
        "Marke", "Dana Pike", "Pike", "Nobody Known", "Ashbury United", "Korvanta",
    ];

    private static List<Story> Stories()
    {
        var extractor = new EntityExtractor();
        return Texts.Select((text, i) =>
        {
            var source = new StorySource("wire", "Wire", $"Story {i}", new Uri($"https://example.test/{i}"), Day.AddHours(i));
            return new Story(new StoryId(i + 1), $"Story {i}", text, [], [], [source], extractor.Extract("", text), Day.AddHours(i), Day.AddHours(i));
        }).ToList();
    }

    [Fact]
    public void With_StoriesOneByOne_AnswersAsTheIndexBuiltAtOnce()
    {
        var stories = Stories();
        var whole = WhoIndex.Build(stories);
        var grown = stories.Aggregate(WhoIndex.Empty, (index, story) => index.With([story]));

        AssertSameAnswers(whole, grown);
        Assert.Equal(whole.EntityCount, grown.EntityCount);
        Assert.Equal(stories.Count, grown.StoryCount);
    }

    [Fact]
    public void With_NewestHalfFirst_AnswersAsTheIndexBuiltAtOnce()
    {
        var stories = Stories();
        var whole = WhoIndex.Build(stories);
        var grown = WhoIndex.Build(stories[4..]).With(stories[..4]);

        AssertSameAnswers(whole, grown);
    }

    [Fact]
    public void With_LeavesTheOlderIndexAsItWas()
    {
        var stories = Stories();
        var older = WhoIndex.Build(stories[..1]);
        var before = Describe(new WhoService().Lookup("Park", older));

        var newer = older.With(stories[1..]);

        Assert.Equal(before, Describe(new WhoService().Lookup("Park", older)));
        Assert.NotEqual(before, Describe(new WhoService().Lookup("Park", newer)));
        Assert.Same(newer, newer.With(stories));
    }

    private static void AssertSameAnswers(WhoIndex expected, WhoIndex actual)
    {
        var who = new WhoService();
        foreach (var query in Queries)
        {
            Assert.Equal(Describe(who.Lookup(query, expected)), Describe(who.Lookup(query, actual)));
        }
    }

    private static string Describe(WhoResult result) => result switch
    {
        WhoResult.Found found => $"found {found.Profile.Name} {found.Profile.Type} {found.Profile.Role} " +
            $"[{string.Join(", ", found.Profile.Stories.Select(s => s.StoryId.Value))}] with [{string.Join(", ", found.Profile.SeenWith)}]",
        WhoResult.Ambiguous ambiguous => $"ambiguous [{string.Join(", ", ambiguous.Candidates.Select(c => $"{c.Name} {c.Role} {c.StoryCount}"))}]",
        WhoResult.Unknown unknown => $"unknown [{string.Join(", ", unknown.Suggestions)}]",
        _ => "?",
    };
}
