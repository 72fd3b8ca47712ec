using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Topics;
using BriefingBot.Core.Topics;
using BriefingBot.Testing;
using BriefingBot.Testing.Stores;

namespace BriefingBot.Core.Tests.Briefings;

public sealed class BriefingComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ComposeAsync_TopicPreference_RanksPreferredTopicFirst()
    {
        var store = new InMemoryStoryStore();
        await store.AddAsync(StoryFactory.Create("Late goal wins the football match", Now.AddHours(-1)), CancellationToken.None);
        await store.AddAsync(StoryFactory.Create("Computer software update ships", Now.AddHours(-4)), CancellationToken.None);
        var composer = new BriefingComposer(store, new TopicClassifier(TopicTestData.Taxonomy()));

        var plain = await composer.ComposeAsync(Now.AddDays(-1), Now, 2, CancellationToken.None);
        var tech = await composer.ComposeAsync(Now.AddDays(-1), Now, 2, TopicPreference.Of(["tech"], []), CancellationToken.None);
        var noSport = await composer.ComposeAsync(Now.AddDays(-1), Now, 2, TopicPreference.Of([], ["sport"]), CancellationToken.None);

        Assert.StartsWith("Late goal", plain.Items[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Computer", tech.Items[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Computer", noSport.Items[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_EventFromThreeFeeds_OneItemWithThreeSources()
    {
        using var services = new CoreTestServices(Now);
        var clusterer = services.Get<Core.Clustering.StoryClusterer>();
        await clusterer.AddAsync(Clustering.Reports.Analyze(services, "wire", Clustering.Reports.KishidaWireTitle, Clustering.Reports.KishidaWire, "https://wire.example/k", Now), CancellationToken.None);
        await clusterer.AddAsync(Clustering.Reports.Analyze(services, "daily", Clustering.Reports.KishidaDailyTitle, Clustering.Reports.KishidaDaily, "https://daily.example/k", Now), CancellationToken.None);
        await clusterer.AddAsync(Clustering.Reports.Analyze(services, "post", "Japan and UK leaders agree defence deal in London",
            "Boris Johnson and Fumio Kishida agreed on Thursday that British and Japanese forces would train together, in talks at Downing Street.", "https://post.example/k", Now), CancellationToken.None);
        await clusterer.AddAsync(Clustering.Reports.Analyze(services, "post", Clustering.Reports.QuakeTitle, Clustering.Reports.Quake, "https://post.example/q", Now), CancellationToken.None);

        var briefing = await services.Get<BriefingComposer>().ComposeAsync(Now.AddDays(-1), Now, 5, CancellationToken.None);

        Assert.Equal(2, briefing.Items.Count);
        Assert.Equal(Clustering.Reports.KishidaWireTitle, briefing.Items[0].Title);
        Assert.Equal(["wire", "daily", "post"], briefing.Items[0].Sources.Select(s => s.SourceId));
        Assert.All(briefing.Items[0].Sources, s => Assert.NotNull(s.Link));
    }

    [Fact]
    public async Task ComposeAsync_StoryUpdatedSinceLastBriefing_ShownAndMarked()
    {
        var store = new InMemoryStoryStore();
        var first = await store.AddAsync(StoryFactory.Create("Quake hits Turkey", Now.AddDays(-2)), CancellationToken.None);
        await store.AttachAsync(first.StoryId, StoryFactory.Create("Quake toll rises", Now.AddHours(-1)), revise: true, CancellationToken.None);
        var composer = new BriefingComposer(store, new TopicClassifier(TopicTestData.Taxonomy()));

        var briefing = await composer.ComposeAsync(Now.AddDays(-1), Now, 5, CancellationToken.None);

        var item = Assert.Single(briefing.Items);
        Assert.Equal("Quake toll rises", item.Title);
        Assert.NotNull(item.UpdatedAt);
    }
}
