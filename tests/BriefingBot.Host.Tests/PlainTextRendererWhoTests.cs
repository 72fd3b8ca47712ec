using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.People;
using BriefingBot.Host.ConsoleChat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Tests;

public sealed class PlainTextRendererWhoTests
{
    private readonly PlainTextRenderer _renderer = new(Options.Create(new BriefingOptions()));

    private string Render(WhoResult result) => _renderer.Render(new WhoOutcome(result));

    [Fact]
    public void Render_Ambiguous_ListsCandidatesWithRolesAndAsksForFullName()
    {
        var text = Render(new WhoResult.Ambiguous("Johnson",
        [
            new EntityCandidate("Boris Johnson", EntityType.Person, "Prime Minister of the United Kingdom", 2),
            new EntityCandidate("Dustin Johnson", EntityType.Person, null, 1),
        ]));

        Assert.Contains("Boris Johnson — Prime Minister of the United Kingdom", text, StringComparison.Ordinal);
        Assert.Contains("Dustin Johnson — person", text, StringComparison.Ordinal);
        Assert.EndsWith("/who \"Boris Johnson\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Namesakes_TellsThemApartByRole()
    {
        var text = Render(new WhoResult.Ambiguous("Chris Hughes",
        [
            new EntityCandidate("Chris Hughes", EntityType.Person, "professor at the University of Warwick", 1),
            new EntityCandidate("Chris Hughes", EntityType.Person, "co-founder of Facebook", 1),
        ]));

        Assert.Contains("Chris Hughes — professor at the University of Warwick", text, StringComparison.Ordinal);
        Assert.Contains("Chris Hughes — co-founder of Facebook", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ask again", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "'Kishimoto' is not in recent news.")]
    [InlineData(new[] { "Fumio Kishida" }, "'Kishimoto' is not in recent news. Did you mean: Fumio Kishida?")]
    public void Render_Unknown_SaysNotInRecentNewsWithSuggestions(string[] suggestions, string expected)
    {
        Assert.Equal(expected, Render(new WhoResult.Unknown("Kishimoto", suggestions)));
    }
}
