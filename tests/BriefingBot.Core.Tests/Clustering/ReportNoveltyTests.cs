using BriefingBot.Core.Clustering;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Clustering;

public sealed class ReportNoveltyTests
{
    private const string Title = "Magnitude 6.1 earthquake shakes western Turkey";
    private const string Text =
        "A strong earthquake struck western Turkey early on Monday, damaging buildings in the province of Izmir. " +
        "The disaster agency AFAD said the quake had a magnitude of 6.1 and was centred near the town of Bergama. " +
        "No deaths have been reported so far.";

    private readonly ReportNovelty _novelty = new(new SentenceSplitter());

    [Fact]
    public void Compare_SameText_IsNotAnUpdate()
    {
        var change = _novelty.Compare(Title, Text, Title, Text);

        Assert.Equal(0, change.NewSentences);
        Assert.False(change.IsUpdate);
    }

    [Fact]
    public void Compare_RewordedHeadlineAndShorterTeaser_IsNotAnUpdate()
    {
        var change = _novelty.Compare(Title, Text, "Strong quake damages buildings in Izmir", Text[..Text.IndexOf(" The disaster", StringComparison.Ordinal)]);

        Assert.False(change.IsUpdate);
    }

    [Fact]
    public void Compare_NewSentenceWithNewNumber_IsAnUpdate()
    {
        var change = _novelty.Compare(Title, Text, Title, Text + " Officials later said 12 people had been injured and taken to hospital in Izmir.");

        Assert.Equal(1, change.NewSentences);
        Assert.Contains("12", change.NewNumbers);
        Assert.True(change.IsUpdate);
    }

    [Fact]
    public void Compare_OneNewSentenceWithoutNumbers_IsNotAnUpdate()
    {
        var change = _novelty.Compare(Title, Text, Title, Text + " Residents spent the night outside in parks and gardens.");

        Assert.Equal(1, change.NewSentences);
        Assert.False(change.IsUpdate);
    }

    [Fact]
    public void Compare_TwoNewSentences_IsAnUpdate()
    {
        var change = _novelty.Compare(Title, Text, Title,
            Text + " Residents spent the night outside in parks and gardens. Schools across the province will stay closed while engineers inspect them.");

        Assert.True(change.IsUpdate);
    }
}
