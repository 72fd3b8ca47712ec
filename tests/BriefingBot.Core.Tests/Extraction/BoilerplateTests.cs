using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class BoilerplateTests
{
    [Theory]
    [InlineData("Subscribe now to our digital edition for the full story.")]
    [InlineData("To view the full story, please subscribe to The Daily Ledger.")]
    [InlineData("Join our Newsletter")]
    [InlineData("Get the day's headlines delivered right to your inbox")]
    [InlineData("For the latest stories and breaking news download the Ledger apps for iOS and Android.")]
    [InlineData("Follow The Ledger on Twitter and on Facebook @Ledger")]
    [InlineData("Photograph by Ann Example")]
    [InlineData("Credit: Ann Example")]
    [InlineData("À lire aussi")]
    [InlineData("Lea también: el puente abre en mayo")]
    public void IsTemplateLine_CallsToActionCreditsAndReadAlsoLinks_True(string line) =>
        Assert.True(Boilerplate.IsTemplateLine(line));

    [Theory]
    [InlineData("The minister said on Twitter that the vote would go ahead.")]
    [InlineData("Thousands follow the final on television every year.")]
    [InlineData("The council will publish the photographs by Friday.")]
    [InlineData("Readers who subscribe to the paper's print edition pay less.")]
    public void IsTemplateLine_NewsSentences_False(string line) =>
        Assert.False(Boilerplate.IsTemplateLine(line));

    private static readonly string Prose = string.Concat(Enumerable.Repeat("The bridge opened to cyclists on Monday after two years of work on the river crossing. ", 3));

    [Fact]
    public void Trim_RelatedBoxInTheMiddleOfTheStory_DropsTheHeadingKeepsTheStory()
    {
        var paragraphs = new List<string> { "First paragraph of the story.", "Related", Prose + "One.", Prose + "Two." };

        var kept = Boilerplate.Trim(paragraphs);

        Assert.Equal(["First paragraph of the story.", Prose + "One.", Prose + "Two."], kept);
    }

    [Theory]
    [InlineData("Comments (12)")]
    [InlineData("Related stories")]
    public void Trim_TailHeadingFollowedByCommentsOrShortTeasers_CutsThere(string heading)
    {
        var paragraphs = heading.StartsWith("Comments", StringComparison.Ordinal)
            ? new List<string> { "First paragraph of the story.", heading, Prose + "One.", Prose + "Two." }
            : ["First paragraph of the story.", heading, "Bus lanes extended", "Library hours change"];

        var kept = Boilerplate.Trim(paragraphs);

        Assert.Equal(["First paragraph of the story."], kept);
    }
}
