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
        var mentions = Mentions("NEW YORK 1996-08-22\n\nShares rose on Thursday.");

        Assert.Contains(("NEW YORK", EntityType.Location), mentions);
    }

    [Fact]
    public void Analyze_ShoutedHeadline_OnlyKnownNames()
    {
        var mentions = Mentions("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .");

        Assert.Equal([("JAPAN", EntityType.Location), ("CHINA", EntityType.Location)], mentions);
    }

    [Fact]
    public void Analyze_ResultsLine_FindsPlaceInBrackets()
    {
        var mentions = Mentions("1. Lars Riedel ( Germany ) 70.60 metres");

        Assert.Contains(("Germany", EntityType.Location), mentions);
        Assert.Contains(("Lars Riedel", EntityType.Person), mentions);
    }

    [Fact]
    public void Analyze_FurnitureLine_WithoutFigures_YieldsNothingUnknown()
    {
        Assert.Empty(Mentions("Leave a Comment\n\nRecent Posts\n\nHome Tech Sport"));
    }

    [Theory]
    [InlineData("Shares in Douglas & Lomason rose sharply on the news.", "Douglas & Lomason")]
    [InlineData("He scored twice as Real Madrid won the match.", "Real Madrid")]
    [InlineData("The result leaves Blackburn Rovers bottom of the table.", "Blackburn Rovers")]
    [InlineData("The report was quoted by Interfax news agency.", "Interfax")]
    public void Analyze_OrganisationCues_MakeOrganisations(string text, string name)
    {
        Assert.Contains((name, EntityType.Organization), Mentions(text));
    }

    [Fact]
    public void Analyze_UnknownWordAfterIn_IsPlace()
    {
        Assert.Contains(("Tavildara", EntityType.Location), Mentions("Fighting continued in Tavildara on Sunday, officials said."));
    }

    [Fact]
    public void Analyze_BareSurnameAfterTitledMention_IsThatPerson()
    {
        var analysis = _extractor.Analyze("", "President Clinton spoke on Monday. Aides said the speech pleased Clinton and his party.");

        Assert.All(analysis.Mentions.Where(m => m.Name == "Clinton"), m => Assert.Equal(EntityType.Person, m.Type));
        Assert.Equal(2, analysis.Mentions.Count(m => m.Name == "Clinton"));
    }

    [Fact]
    public void Analyze_PlaceWordsFirst_NotPerson()
    {
        Assert.DoesNotContain(Mentions("The race was won at the Grand Prix last year."), m => m.Type == EntityType.Person);
    }

    [Fact]
    public void Analyze_Scoreline_CitiesAndUnknownNamesAreClubsCountriesArePlaces()
    {
        var mentions = Mentions("Karlsruhe 3 Milan 1\n\nGermany 2 Wales 0");

        Assert.Contains(("Karlsruhe", EntityType.Organization), mentions);
        Assert.Contains(("Milan", EntityType.Organization), mentions);
        Assert.Contains(("Germany", EntityType.Location), mentions);
        Assert.Contains(("Wales", EntityType.Location), mentions);
    }

    [Fact]
    public void Analyze_MatchVerb_MakesTeams()
    {
        var mentions = Mentions("In the county championship, Somerset beat Hampshire by an innings.");

        Assert.Contains(("Somerset", EntityType.Organization), mentions);
        Assert.Contains(("Hampshire", EntityType.Organization), mentions);
    }

    [Theory]
    [InlineData("Springbok captain Joost van der Westhuizen scored twice on Saturday.", "Joost van der Westhuizen")]
    [InlineData("Pakistan recalled him, and Inzamam-ul-Haq said he was fit for the second test.", "Inzamam-ul-Haq")]
    [InlineData("Sri Lanka captain Aravinda de Silva said the side was ready.", "Aravinda de Silva")]
    public void Analyze_NamesWithParticles_AreWholePeople(string text, string name)
    {
        Assert.Contains((name, EntityType.Person), Mentions(text));
    }

    [Fact]
    public void Analyze_SurnameThatIsAlsoAPlace_FollowsThePerson()
    {
        var mentions = Mentions("Michael Jordan scored 40 points. Jordan said the team was tired.");

        Assert.Equal([("Michael Jordan", EntityType.Person), ("Jordan", EntityType.Person)], mentions);
    }

    [Fact]
    public void Analyze_UnknownNameAfterThe_IsOrganisation()
    {
        Assert.Contains(("Treasury", EntityType.Organization), Mentions("Bond prices rose after the Treasury said it would sell less debt."));
    }

    [Fact]
    public void Analyze_NameTypedElsewhereInTheStory_KeepsThatType()
    {
        var analysis = _extractor.Analyze("", "Essex 4 Kent 0\n\nThe result left Kent third. Kent will host the final.");

        Assert.Equal(3, analysis.Mentions.Count(m => m.Name == "Kent" && m.Type == EntityType.Organization));
    }
}
