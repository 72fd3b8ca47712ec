using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Tests.Text;

namespace BriefingBot.Core.Tests.People;

public sealed class WhoServiceTests
{
    private static readonly DateTimeOffset Day = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly WhoService _who = new();

    private static Story StoryOf(long id, int daysLater, string title, string text, params StoryEntity[] extra)
    {
        var entities = new EntityExtractor().Extract(title, text).Concat(extra).ToList();
        var source = new StorySource("wire", "Wire", title, new Uri($"https://example.test/{id}"), Day.AddDays(daysLater));
        return new Story(new StoryId(id), title, text, [], [], [source], entities, Day.AddDays(daysLater), Day.AddDays(daysLater));
    }

    private static IReadOnlyList<Story> Stories() =>
    [
        StoryOf(1, 0, SeedStory.Title, SeedStory.Paraphrase),
        StoryOf(2, 3, "Kishida returns to Tokyo", "Kishida returned to Tokyo on Sunday. The Japanese leader said the trip to London was a success."),
        StoryOf(3, 5, "Golfer wins open", "American golfer Dustin Johnson won the open in Florida. Johnson said he was delighted."),
    ];

    [Theory]
    [InlineData("Fumio Kishida")]
    [InlineData("Kishida")]
    [InlineData("kishida")]
    [InlineData("Mr. Kishida")]
    [InlineData("KISHIDA's")]
    [InlineData("Kishda")]
    [InlineData("Kíshida")]
    public void Lookup_KishidaSpellings_FindsFumioKishida(string query)
    {
        var found = Assert.IsType<WhoResult.Found>(_who.Lookup(query, Stories()));

        Assert.Equal("Fumio Kishida", found.Profile.Name);
        Assert.Equal(EntityType.Person, found.Profile.Type);
    }

    [Fact]
    public void Lookup_Kishida_ReportsRoleStoriesNewestFirstAndCompanions()
    {
        var profile = Assert.IsType<WhoResult.Found>(_who.Lookup("Kishida", Stories())).Profile;

        Assert.Equal("Prime Minister of Japan", profile.Role);
        Assert.NotNull(profile.RoleSource);
        Assert.Contains("Japanese Prime Minister Fumio Kishida", profile.RoleSource.Sentence, StringComparison.Ordinal);
        Assert.Equal([2L, 1L], profile.Stories.Select(s => s.StoryId.Value));
        Assert.Equal("Kishida returned to Tokyo on Sunday.", profile.Stories[0].Sentence);
        Assert.Equal("Wire", profile.Stories[0].SourceName);
        Assert.Contains("Boris Johnson", profile.SeenWith);
        Assert.True(profile.SeenWith.Count <= 5);
    }

    [Fact]
    public void Lookup_SharedSurname_IsAmbiguousWithRoles()
    {
        var ambiguous = Assert.IsType<WhoResult.Ambiguous>(_who.Lookup("Johnson", Stories()));

        Assert.Equal(["Boris Johnson", "Dustin Johnson"], ambiguous.Candidates.Select(c => c.Name).Order());
        Assert.Equal("Prime Minister of the United Kingdom", Assert.Single(ambiguous.Candidates, c => c.Name == "Boris Johnson").Role);
    }

    [Fact]
    public void Lookup_FullNameOfOneOfTwo_FindsThatOne()
    {
        var found = Assert.IsType<WhoResult.Found>(_who.Lookup("Boris Johnson", Stories()));

        Assert.Equal("Boris Johnson", found.Profile.Name);
    }

    [Fact]
    public void Lookup_UnknownName_SuggestsCloseNames()
    {
        var unknown = Assert.IsType<WhoResult.Unknown>(_who.Lookup("Kishimoto", Stories()));

        Assert.Contains("Fumio Kishida", unknown.Suggestions);
        Assert.True(unknown.Suggestions.Count <= 3);
    }

    [Fact]
    public void Lookup_NothingClose_ReturnsUnknownWithoutSuggestions()
    {
        var unknown = Assert.IsType<WhoResult.Unknown>(_who.Lookup("Zzyzx Qwerty", Stories()));

        Assert.Empty(unknown.Suggestions);
    }

    [Fact]
    public void Lookup_RoleChangedOverTime_ReportsMostRecentRole()
    {
        var older = new StoryEntity("Ann Lee", EntityType.Person, ["Lee"], "Finance Minister", "Finance Minister Ann Lee spoke.", "Finance Minister Ann Lee spoke.", 1);
        var newer = new StoryEntity("Ann Lee", EntityType.Person, ["Lee"], "Prime Minister", "Prime Minister Ann Lee won.", "Prime Minister Ann Lee won.", 1);
        var stories = new[]
        {
            StoryOf(10, 0, "Budget", "Finance Minister Ann Lee spoke.", older),
            StoryOf(11, 9, "Election", "Prime Minister Ann Lee won.", newer),
        };

        var profile = Assert.IsType<WhoResult.Found>(_who.Lookup("Lee", stories)).Profile;

        Assert.Equal("Prime Minister", profile.Role);
        Assert.Equal(11L, profile.RoleSource?.StoryId.Value);
    }

    [Fact]
    public void Lookup_MaxStories_LimitsStories()
    {
        var profile = Assert.IsType<WhoResult.Found>(_who.Lookup("Kishida", Stories(), maxStories: 1)).Profile;

        Assert.Single(profile.Stories);
    }

    [Theory]
    [InlineData("UK")]
    [InlineData("u.k.")]
    [InlineData("Britain")]
    [InlineData("United Kingdom")]
    public void Lookup_NamesOfTheUnitedKingdom_FindOnePlace(string query)
    {
        var found = Assert.IsType<WhoResult.Found>(_who.Lookup(query, Stories()));

        Assert.Equal("Britain", found.Profile.Name);
        Assert.Equal(EntityType.Location, found.Profile.Type);
    }

    [Fact]
    public void Lookup_PlaceNamedDifferentlyInTwoStories_IsOneGroup()
    {
        IReadOnlyList<Story> stories =
        [
            StoryOf(20, 0, "Talks", "Officials from the United Kingdom arrived on Monday for talks."),
            StoryOf(21, 1, "Trade", "Exports to the U.K. fell sharply in May, the ministry said."),
        ];

        var profile = Assert.IsType<WhoResult.Found>(_who.Lookup("UK", stories)).Profile;

        Assert.Equal([21L, 20L], profile.Stories.Select(s => s.StoryId.Value));
    }

    [Fact]
    public void Lookup_EntityWhoseNameHasNoLetters_IsSkippedWithoutFailing()
    {
        var story = Stories()[0];
        var odd = story with { Entities = [.. story.Entities, new StoryEntity("Mr.", EntityType.Person, ["—"], null, null, "Mr. said so.", 1)] };

        var found = Assert.IsType<WhoResult.Found>(_who.Lookup("Kishida", [odd]));

        Assert.Equal("Fumio Kishida", found.Profile.Name);
    }

    [Fact]
    public void Lookup_NoStories_ReturnsUnknown()
    {
        Assert.IsType<WhoResult.Unknown>(_who.Lookup("Kishida", []));
    }

    [Fact]
    public void Lookup_TwoPeopleWithOneName_IsAmbiguousWithTheirRoles()
    {
        IReadOnlyList<Story> stories =
        [
            StoryOf(30, 0, "Visit", "Chris Hughes, a professor at the University of Warwick, said the visit mattered."),
            StoryOf(31, 1, "Start-up", "Chris Hughes, a co-founder of Facebook, said the fund would back small newsrooms."),
        ];

        var ambiguous = Assert.IsType<WhoResult.Ambiguous>(_who.Lookup("Chris Hughes", stories));

        Assert.Equal(2, ambiguous.Candidates.Count);
        Assert.All(ambiguous.Candidates, c => Assert.Equal("Chris Hughes", c.Name));
        Assert.Contains(ambiguous.Candidates, c => c.Role?.StartsWith("professor", StringComparison.Ordinal) == true);
        Assert.Contains(ambiguous.Candidates, c => c.Role?.StartsWith("co-founder", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Lookup_OnePersonInStoriesWithAndWithoutRole_StaysOnePerson()
    {
        IReadOnlyList<Story> stories =
        [
            StoryOf(40, 0, "Visit", "Chris Hughes, a professor at the University of Warwick, said the visit mattered."),
            StoryOf(41, 1, "Follow-up", "Chris Hughes said on Friday that the talks went well."),
            StoryOf(42, 2, "Lecture", "Chris Hughes, professor of politics, spoke at the University of Warwick."),
        ];

        var profile = Assert.IsType<WhoResult.Found>(_who.Lookup("Chris Hughes", stories)).Profile;

        Assert.Equal(3, profile.Stories.Count);
    }
}
