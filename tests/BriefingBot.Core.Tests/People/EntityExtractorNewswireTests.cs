using BriefingBot.Core.People;

namespace BriefingBot.Core.Tests.People;

/// <summary>Newswire shapes: datelines, headlines in capitals, results lines, cue words.</summary>
public sealed class EntityExtractorNewswireTests
{
    private readonly EntityExtractor _extractor = new();

    private List<(string Text, EntityType Type)> Mentions(string text) =>
        _extractor.Analyze("", text).Mentions.Select(m => (text[m.Start..m.End], m.Type)).ToList();

    [Fact]
    public void Analyze_Dateline_IsPlace()
    {
        var mentions = Mentions("NEW YORK 2026-05-01\n\nShares rose on Thursday.");

        Assert.Contains(("NEW YORK", EntityType.Location), mentions);
    }

    [Fact]
    public void Analyze_ShoutedHeadline_OnlyKnownNames()
    {
        var mentions = Mentions("RUGBY - FRANCE SEAL BIG WIN OVER WALES IN PARIS .");

        Assert.Equal([("FRANCE", EntityType.Location), ("WALES", EntityType.Location), ("PARIS", EntityType.Location)], mentions);
    }

    [Fact]
    public void Analyze_ResultsLine_FindsPlaceInBrackets()
    {
        var mentions = Mentions("3. Maria Lindqvist ( Sweden ) 64.20 metres");

        Assert.Contains(("Sweden", EntityType.Location), mentions);
        Assert.Contains(("Maria Lindqvist", EntityType.Person), mentions);
    }

    [Fact]
    public void Analyze_FurnitureLine_WithoutFigures_YieldsNothingUnknown()
    {
        Assert.Empty(Mentions("Leave a Comment\n\nRecent Posts\n\nHome Tech Sport"));
    }

    [Theory]
    [InlineData("Shares in Harlow & Finch rose sharply on the news.", "Harlow & Finch")]
    [InlineData("He scored twice as Real Madrid won the match.", "Real Madrid")]
    [InlineData("The result leaves Blackburn Rovers bottom of the table.", "Blackburn Rovers")]
    [InlineData("The report was quoted by Xinhua news agency.", "Xinhua")]
    public void Analyze_OrganisationCues_MakeOrganisations(string text, string name)
    {
        Assert.Contains((name, EntityType.Organization), Mentions(text));
    }

    [Fact]
    public void Analyze_UnknownWordAfterIn_IsPlace()
    {
        Assert.Contains(("Korvanta", EntityType.Location), Mentions("Fighting continued in Korvanta on Sunday, officials said."));
    }

    [Fact]
    public void Analyze_BareSurnameAfterTitledMention_IsThatPerson()
    {
        var analysis = _extractor.Analyze("", "President Okafor spoke on Monday. Aides said the speech pleased Okafor and his party.");

        Assert.All(analysis.Mentions.Where(m => m.Name == "Okafor"), m => Assert.Equal(EntityType.Person, m.Type));
        Assert.Equal(2, analysis.Mentions.Count(m => m.Name == "Okafor"));
    }

    [Fact]
    public void Analyze_PlaceWordsFirst_NotPerson()
    {
        Assert.DoesNotContain(Mentions("The race was won at the Grand Prix last year."), m => m.Type == EntityType.Person);
    }

    [Fact]
    public void Analyze_Scoreline_CitiesAndUnknownNamesAreClubsCountriesArePlaces()
    {
        var mentions = Mentions("Halvorsby 3 Milan 1\n\nNorway 2 Wales 0");

        Assert.Contains(("Halvorsby", EntityType.Organization), mentions);
        Assert.Contains(("Milan", EntityType.Organization), mentions);
        Assert.Contains(("Norway", EntityType.Location), mentions);
        Assert.Contains(("Wales", EntityType.Location), mentions);
    }

    [Fact]
    public void Analyze_MatchVerb_MakesTeams()
    {
        var mentions = Mentions("In the county championship, Ashbury beat Felsham by an innings.");

        Assert.Contains(("Ashbury", EntityType.Organization), mentions);
        Assert.Contains(("Felsham", EntityType.Organization), mentions);
    }

    [Theory]
    [InlineData("Dutch captain Pieter van der Berg scored twice on Saturday.", "Pieter van der Berg")]
    [InlineData("Pakistan recalled him, and Zia-ul-Karim said he was fit for the second test.", "Zia-ul-Karim")]
    [InlineData("Brazil captain Marta de Souza said the side was ready.", "Marta de Souza")]
    public void Analyze_NamesWithParticles_AreWholePeople(string text, string name)
    {
        Assert.Contains((name, EntityType.Person), Mentions(text));
    }

    [Fact]
    public void Analyze_SurnameThatIsAlsoAPlace_FollowsThePerson()
    {
        var mentions = Mentions("Sarah Jordan scored 40 points. Jordan said the team was tired.");

        Assert.Equal([("Sarah Jordan", EntityType.Person), ("Jordan", EntityType.Person)], mentions);
    }

    [Fact]
    public void Analyze_UnknownNameAfterThe_IsOrganisation()
    {
        Assert.Contains(("Treasury", EntityType.Organization), Mentions("Bond prices rose after the Treasury said it would sell less debt."));
    }

    [Fact]
    public void Analyze_NameTypedElsewhereInTheStory_KeepsThatType()
    {
        var analysis = _extractor.Analyze("", "Ashbury 4 Felsham 0\n\nThe result left Felsham third. Felsham will host the final.");

        Assert.Equal(3, analysis.Mentions.Count(m => m.Name == "Felsham" && m.Type == EntityType.Organization));
    }
}
