using BriefingBot.Core.People;
using BriefingBot.Core.Tests.Text;

namespace BriefingBot.Core.Tests.People;

public sealed class EntityExtractorTests
{
    private readonly EntityExtractor _extractor = new();

    public static TheoryData<bool> Sources => new() { false, true };

    private IReadOnlyList<StoryEntity> Extract(bool useSharedSeed) =>
        _extractor.Extract(SeedStory.Title, useSharedSeed ? SeedStory.Text : SeedStory.Paraphrase);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Extract_SeedStory_FindsPrimeMinistersWithRoles(bool useSharedSeed)
    {
        var entities = Extract(useSharedSeed);

        var kishida = Assert.Single(entities, e => e.Name == "Fumio Kishida");
        Assert.Equal(EntityType.Person, kishida.Type);
        Assert.Equal("Prime Minister of Japan", kishida.Role);
        Assert.Contains("Japanese Prime Minister Fumio Kishida", kishida.RoleSentence, StringComparison.Ordinal);
        Assert.Contains("Kishida", kishida.Aliases);
        var johnson = Assert.Single(entities, e => e.Name == "Boris Johnson");
        Assert.Equal(EntityType.Person, johnson.Type);
        Assert.Equal("Prime Minister of the United Kingdom", johnson.Role);
        Assert.True(johnson.Mentions >= 3);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Extract_SeedStory_FindsAppositiveRole(bool useSharedSeed)
    {
        var hughes = Assert.Single(Extract(useSharedSeed), e => e.Name == "Chris Hughes");

        Assert.Equal(EntityType.Person, hughes.Type);
        Assert.Equal("professor of international politics and Japanese studies at the University of Warwick", hughes.Role);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Extract_SeedStory_FindsOrganisationsAndPlaces(bool useSharedSeed)
    {
        var entities = Extract(useSharedSeed);

        Assert.Contains(entities, e => e.Name == "University of Warwick" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Name == "Royal Air Force" && e.Type == EntityType.Organization);
        var places = useSharedSeed && SeedStory.IsAvailable ? new[] { "Japan", "Britain", "London", "Ukraine", "Russia", "Moscow", "Taiwan" } : ["London", "Ukraine", "Russia", "Britain"];
        foreach (var place in places)
        {
            Assert.Contains(entities, e => e.Name == place && e.Type == EntityType.Location);
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Extract_SeedStory_SkipsFurnitureWeekdaysPronounsAndPossessivePhrases(bool useSharedSeed)
    {
        var names = Extract(useSharedSeed).Select(e => e.Name).ToList();

        foreach (var wrong in new[] { "Johnson's office", "The", "He", "Thursday", "Leave a Comment", "Leave", "Comment", "Recent Posts", "Japanese", "British", "Kishida", "Johnson", "Mr. Kishida" })
        {
            Assert.DoesNotContain(wrong, names);
        }
    }

    [Fact]
    public void Extract_HonorificOnly_MakesPersonWithoutHonorific()
    {
        var entities = _extractor.Extract("", "Talks stalled on Monday. Mr. Tanaka said they would resume.");

        var tanaka = Assert.Single(entities, e => e.Name == "Tanaka");
        Assert.Equal(EntityType.Person, tanaka.Type);
        Assert.Contains("Mr. Tanaka", tanaka.Aliases);
    }

    [Fact]
    public void Extract_CompanyTitle_MakesRoleOfCompanyAndOrganisation()
    {
        var entities = _extractor.Extract("", "The deal was announced by Acme CEO Jane Roe in Paris on Friday.");

        Assert.Equal("CEO of Acme", Assert.Single(entities, e => e.Name == "Jane Roe").Role);
        Assert.Contains(entities, e => e.Name == "Acme" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Name == "Paris" && e.Type == EntityType.Location);
    }

    [Fact]
    public void Extract_LowerCaseTitle_TakesRole()
    {
        var entities = _extractor.Extract("", "The talks were led by Japanese foreign minister Yoshimasa Hayashi in Tokyo.");

        Assert.Equal("foreign minister of Japan", Assert.Single(entities, e => e.Name == "Yoshimasa Hayashi").Role);
    }

    [Theory]
    [InlineData("Fans cheered when singer Ada Moss walked on stage.", "Ada Moss", "singer")]
    [InlineData("The prize went to Brazilian guitarist Rui Lopes on Friday.", "Rui Lopes", "Brazilian guitarist")]
    [InlineData("Economist Lena Park expects rates to fall.", "Lena Park", "Economist")]
    [InlineData("Omar Haddad (born 1970) is a Lebanese architect who designs bridges.", "Omar Haddad", "Lebanese architect")]
    [InlineData("Jane Roe is the chief executive of Acme Holdings.", "Jane Roe", "chief executive of Acme Holdings")]
    public void Extract_OccupationOrCopula_TakesRole(string text, string person, string role)
    {
        var entity = Assert.Single(_extractor.Extract("", text), e => e.Name == person);

        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Equal(role, entity.Role);
    }

    [Fact]
    public void Extract_CopulaWithoutRoleWord_TakesNoRole()
    {
        var entity = Assert.Single(_extractor.Extract("", "Sam Lee was a very happy man that day."), e => e.Name == "Sam Lee");

        Assert.Null(entity.Role);
    }

    [Fact]
    public void Extract_AcronymsAndOrganisationCues_AreOrganisations()
    {
        var entities = _extractor.Extract("", "Officials from NATO met staff of the Bank of England and Acme Holdings in Brussels.");

        Assert.Contains(entities, e => e.Name == "NATO" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Name == "Bank of England" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Name == "Acme Holdings" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Name == "Brussels" && e.Type == EntityType.Location);
    }

    [Fact]
    public void Extract_CapitalisedRunOfCommonWords_IsNotAPerson()
    {
        var text = "Crowds came to the Harbour Kite Festival on Sunday. Organisers said a kite can be flown on a bright day like this. Bright Kite won a prize.";

        var entities = _extractor.Extract("", text);

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Name == "Harbour Kite Festival" && e.Type == EntityType.Misc);
    }

    [Fact]
    public void Extract_CaptionLabel_IsNotAnEntity()
    {
        var entities = _extractor.Extract("", "The kite rose over the hills on Saturday Skilful: The kite weighs 200 kilograms.");

        Assert.DoesNotContain(entities, e => e.Name == "Skilful");
    }

    [Fact]
    public void Extract_EmptyText_ReturnsNothing()
    {
        Assert.Empty(_extractor.Extract("", ""));
    }
}
