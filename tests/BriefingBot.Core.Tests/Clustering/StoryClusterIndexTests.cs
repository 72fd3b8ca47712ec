using BriefingBot.Core.Clustering;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Tests.Clustering;

public sealed class StoryClusterIndexTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 4, 12, 0, 0, TimeSpan.Zero);
    private readonly EntityExtractor _entities = new();

    [Fact]
    public void FindBest_DifferentlyWordedReportOfTheSameEvent_Matches()
    {
        var index = new StoryClusterIndex(TimeSpan.FromHours(48));
        index.Add(new StoryId(1), Print(Reports.KishidaWireTitle, Reports.KishidaWire), Now, "wire", []);
        index.Add(new StoryId(2), Print(Reports.QuakeTitle, Reports.Quake), Now, "wire", []);

        var match = index.FindBest(Print(Reports.KishidaDailyTitle, Reports.KishidaDaily), Now.AddHours(3), StoryClusterIndex.DefaultThreshold);

        Assert.NotNull(match);
        Assert.Equal(new StoryId(1), match.StoryId);
        Assert.True(match.EntityOverlap > 0.3, $"entity overlap {match.EntityOverlap}");
    }

    [Fact]
    public void FindBest_SamePersonOtherEvent_NoMatch()
    {
        var index = new StoryClusterIndex(TimeSpan.FromHours(48));
        index.Add(new StoryId(1), Print(Reports.KishidaWireTitle, Reports.KishidaWire), Now, "wire", []);

        Assert.Null(index.FindBest(Print(Reports.KishidaTaxTitle, Reports.KishidaTax), Now, StoryClusterIndex.DefaultThreshold));
    }

    [Fact]
    public void FindBest_LatestReportSlidesTheWindow()
    {
        var index = new StoryClusterIndex(TimeSpan.FromHours(48));
        var print = Print(Reports.KishidaWireTitle, Reports.KishidaWire);
        index.Add(new StoryId(1), print, Now, "wire", []);
        index.Add(new StoryId(1), Print(Reports.KishidaDailyTitle, Reports.KishidaDaily), Now.AddHours(40), "daily", []);

        Assert.NotNull(index.FindBest(print, Now.AddHours(80), StoryClusterIndex.DefaultThreshold));
        Assert.Null(index.FindBest(print, Now.AddHours(89), StoryClusterIndex.DefaultThreshold));
    }

    [Fact]
    public void Evict_RemovesStoriesAndTheirKeys()
    {
        var index = new StoryClusterIndex(TimeSpan.FromHours(48));
        index.Add(new StoryId(1), Print(Reports.QuakeTitle, Reports.Quake), Now, "wire", ["url:https://wire.example/quake"]);

        Assert.Equal(new StoryId(1), index.FindByKey(["url:https://wire.example/quake"]));
        Assert.Equal(1, index.Evict(Now.AddHours(1)));
        Assert.Null(index.FindByKey(["url:https://wire.example/quake"]));
        Assert.Null(index.FindBest(Print(Reports.QuakeTitle, Reports.Quake), Now, 0.01));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Similarity_IdenticalReports_IsOne()
    {
        var index = new StoryClusterIndex(TimeSpan.FromHours(48));
        var print = Print(Reports.QuakeTitle, Reports.Quake);

        Assert.Equal(1, index.Similarity(print, print), 6);
    }

    private StoryFingerprint Print(string title, string text) => StoryFingerprint.Create(title, text, _entities.Extract(title, text));
}
