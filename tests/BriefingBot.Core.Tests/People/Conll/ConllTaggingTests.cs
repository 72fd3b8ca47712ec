using BriefingBot.Core.People;
using BriefingBot.Core.People.Conll;

namespace BriefingBot.Core.Tests.People.Conll;

public sealed class ConllTaggingTests
{
    private const string Sample = """
        -DOCSTART- -X- O O

        Anna NNP I-NP I-PER
        Berg NNP I-NP I-PER

        OSLO NNP I-NP I-LOC
        2026-05-01 CD I-NP O
        -DOCSTART- -X- O O

        NATO NNP I-NP I-ORG
        """;

    [Fact]
    public void Read_TwoDocuments_KeepsLinesAndJoinsSentencesAsParagraphs()
    {
        var documents = ConllDocument.Read(new StringReader(Sample)).ToList();

        Assert.Equal(2, documents.Count);
        var first = documents[0];
        Assert.Equal("Anna Berg\n\nOSLO 2026-05-01", first.Text);
        Assert.Equal([(0, 4), (5, 9), (11, 15), (16, 26)], first.TokenSpans);
        Assert.Equal([0, 2], first.SentenceStarts);
        Assert.Equal(["I-PER", "I-PER", "I-LOC", "O"], first.LastColumn());
        Assert.Equal("Anna NNP I-NP I-PER", first.Lines[first.TokenLines[0]]);
        Assert.Equal(7, first.Lines.Count);
        Assert.Equal("NATO", documents[1].Text);
    }

    [Fact]
    public void Tag_Mentions_BecomeIob2Tags()
    {
        (int, int)[] tokens = [(0, 4), (5, 9), (10, 17), (18, 21), (22, 26)];
        EntityMention[] mentions = [new(18, 8, EntityType.Location, "New York"), new(0, 9, EntityType.Person, "Anna Berg")];

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
