using BriefingBot.Core.People;
using BriefingBot.Core.People.Conll;

namespace BriefingBot.Core.Tests.People.Conll;

public sealed class ConllTaggingTests
{
    private const string Sample = """
        -DOCSTART- -X- O O

        Peter NNP I-NP I-PER
        Blackburn NNP I-NP I-PER

        BRUSSELS NNP I-NP I-LOC
        1996-08-22 CD I-NP O
        -DOCSTART- -X- O O

        EU NNP I-NP I-ORG
        """;

    [Fact]
    public void Read_TwoDocuments_KeepsLinesAndJoinsSentencesAsParagraphs()
    {
        var documents = ConllDocument.Read(new StringReader(Sample)).ToList();

        Assert.Equal(2, documents.Count);
        var first = documents[0];
        Assert.Equal("Peter Blackburn\n\nBRUSSELS 1996-08-22", first.Text);
        Assert.Equal([(0, 5), (6, 15), (17, 25), (26, 36)], first.TokenSpans);
        Assert.Equal([0, 2], first.SentenceStarts);
        Assert.Equal(["I-PER", "I-PER", "I-LOC", "O"], first.LastColumn());
        Assert.Equal("Peter NNP I-NP I-PER", first.Lines[first.TokenLines[0]]);
        Assert.Equal(7, first.Lines.Count);
        Assert.Equal("EU", documents[1].Text);
    }

    [Fact]
    public void Tag_Mentions_BecomeIob2Tags()
    {
        (int, int)[] tokens = [(0, 5), (6, 15), (16, 20), (21, 29), (30, 35)];
        EntityMention[] mentions = [new(21, 14, EntityType.Location, "New York"), new(0, 15, EntityType.Person, "Peter Blackburn")];

        var tags = IobTags.Tag(tokens, mentions);

        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "I-LOC"], tags);
    }

    [Fact]
    public void Analyze_Mentions_HaveOffsetsOfTheNameWithoutTitle()
    {
        const string text = "Talks stalled.\n\nJapanese Prime Minister Fumio Kishida met Boris Johnson in London.";

        var mentions = new EntityExtractor().Analyze("", text).Mentions;

        Assert.Contains(mentions, m => text[m.Start..m.End] == "Fumio Kishida" && m.Type == EntityType.Person && m.Name == "Fumio Kishida");
        Assert.Contains(mentions, m => text[m.Start..m.End] == "London" && m.Type == EntityType.Location);
    }

    [Fact]
    public void Analyze_Nationalities_AreMiscMentionsButNotEntities()
    {
        const string text = "Japanese Prime Minister Fumio Kishida said Iraqis and South Korean officials met U.S. envoys.";

        var analysis = new EntityExtractor().Analyze("", text);

        var misc = analysis.Mentions.Where(m => m.Type == EntityType.Misc).Select(m => text[m.Start..m.End]).ToList();
        Assert.Equal(["Japanese", "Iraqis", "South Korean"], misc);
        Assert.Contains(analysis.Mentions, m => text[m.Start..m.End] == "U.S." && m.Type == EntityType.Location);
        Assert.DoesNotContain(analysis.Entities, e => e.Name is "Japanese" or "Iraqis" or "South Korean");
        Assert.Equal("Prime Minister of Japan", Assert.Single(analysis.Entities, e => e.Name == "Fumio Kishida").Role);
    }
}
