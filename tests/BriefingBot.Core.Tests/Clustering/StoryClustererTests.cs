using BriefingBot.Core.Clustering;
using BriefingBot.Core.Stories;
using BriefingBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Core.Tests.Clustering;

public sealed class StoryClustererTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 4, 12, 0, 0, TimeSpan.Zero);

    private readonly CoreTestServices _services = new(Now);

    [Fact]
    public async Task AddAsync_SameEventFromTwoOutlets_OneStoryWithBothSources()
    {
        var clusterer = _services.Get<StoryClusterer>();

        var first = await clusterer.AddAsync(Wire(), CancellationToken.None);
        var second = await clusterer.AddAsync(Daily(Now.AddHours(-1)), CancellationToken.None);

        Assert.Equal(StoryAddOutcome.Added, first.Outcome);
        Assert.Equal(StoryAddOutcome.SourceAdded, second.Outcome);
        Assert.Equal(first.StoryId, second.StoryId);
        var story = Assert.Single(_services.Stories.All);
        Assert.Equal(["wire", "daily"], story.Sources.Select(s => s.SourceId));
        Assert.Equal(Reports.KishidaWireTitle, story.Title);
        Assert.Null(story.UpdatedAt);
    }

    [Fact]
    public async Task AddAsync_SamePersonDifferentEvent_SeparateStories()
    {
        var clusterer = _services.Get<StoryClusterer>();

        await clusterer.AddAsync(Wire(), CancellationToken.None);
        var tax = await clusterer.AddAsync(
            Reports.Analyze(_services, "daily", Reports.KishidaTaxTitle, Reports.KishidaTax, "https://daily.example/tax", Now), CancellationToken.None);
        var quake = await clusterer.AddAsync(
            Reports.Analyze(_services, "daily", Reports.QuakeTitle, Reports.Quake, "https://daily.example/quake", Now), CancellationToken.None);

        Assert.Equal(StoryAddOutcome.Added, tax.Outcome);
        Assert.Equal(StoryAddOutcome.Added, quake.Outcome);
        Assert.Equal(3, _services.Stories.All.Count);
    }

    [Fact]
    public async Task AddAsync_OutsideTheWindow_NewStory()
    {
        var clusterer = _services.Get<StoryClusterer>();

        await clusterer.AddAsync(Wire(Now.AddHours(-50)), CancellationToken.None);
        var late = await clusterer.AddAsync(Daily(Now), CancellationToken.None);

        Assert.Equal(StoryAddOutcome.Added, late.Outcome);
    }

    [Fact]
    public async Task AddAsync_SameOutletAddsFacts_UpdatesTheStory()
    {
        var clusterer = _services.Get<StoryClusterer>();
        var first = await clusterer.AddAsync(Wire(), CancellationToken.None);
        _services.Clock.Advance(TimeSpan.FromHours(2));
        var fuller = Reports.KishidaWire +
            " The deal is the first of its kind Japan has signed with a European country since 1945. Officials said 3,000 troops could take part in the first joint exercise next year.";

        var update = await clusterer.AddAsync(
            Reports.Analyze(_services, "wire", "Japan and Britain sign first defence pact of its kind", fuller, "https://wire.example/kishida-update", Now.AddHours(2)),
            CancellationToken.None);

        Assert.Equal(StoryAddOutcome.Updated, update.Outcome);
        Assert.Equal(first.StoryId, update.StoryId);
        var story = Assert.Single(_services.Stories.All);
        Assert.Equal("Japan and Britain sign first defence pact of its kind", story.Title);
        Assert.Contains("3,000 troops", story.Text, StringComparison.Ordinal);
        Assert.Equal(Now.AddHours(2), story.UpdatedAt);
        Assert.Equal("https://wire.example/kishida-update", Assert.Single(story.Sources).Link?.AbsoluteUri);
    }

    [Fact]
    public async Task AddAsync_SameOutletRewordsOnly_IsADuplicate()
    {
        var clusterer = _services.Get<StoryClusterer>();
        await clusterer.AddAsync(Wire(), CancellationToken.None);

        var again = await clusterer.AddAsync(
            Reports.Analyze(_services, "wire", "UK and Japan agree defence deal during Kishida visit", Reports.KishidaWire, "https://wire.example/kishida-2", Now),
            CancellationToken.None);

        Assert.Equal(StoryAddOutcome.Duplicate, again.Outcome);
        var story = Assert.Single(_services.Stories.All);
        Assert.Equal(Reports.KishidaWireTitle, story.Title);
        Assert.Null(story.UpdatedAt);
    }

    [Fact]
    public async Task AddAsync_SameUrlWithNewFacts_UpdatesTheStory()
    {
        var clusterer = _services.Get<StoryClusterer>();
        await clusterer.AddAsync(Wire(), CancellationToken.None);

        var revised = await clusterer.AddAsync(
            Reports.Analyze(_services, "wire", Reports.KishidaWireTitle,
                Reports.KishidaWire + " Kishida will travel on to Rome on Friday. He is due to meet Italy's prime minister for 90 minutes.",
                "https://wire.example/kishida", Now),
            CancellationToken.None);

        Assert.Equal(StoryAddOutcome.Updated, revised.Outcome);
    }

    [Fact]
    public async Task AddAsync_Disabled_EveryArticleIsItsOwnStory()
    {
        using var services = new CoreTestServices(Now, new Dictionary<string, string?> { ["Clustering:Enabled"] = "false" });
        var clusterer = services.Get<StoryClusterer>();

        await clusterer.AddAsync(Reports.Analyze(services, "wire", Reports.KishidaWireTitle, Reports.KishidaWire, "https://wire.example/kishida", Now), CancellationToken.None);
        var second = await clusterer.AddAsync(Reports.Analyze(services, "daily", Reports.KishidaDailyTitle, Reports.KishidaDaily, "https://daily.example/kishida", Now), CancellationToken.None);

        Assert.Equal(StoryAddOutcome.Added, second.Outcome);
    }

    [Fact]
    public async Task AddAsync_AfterRestart_ReadsTheWindowFromTheStore()
    {
        await _services.Get<StoryClusterer>().AddAsync(Wire(), CancellationToken.None);
        using var restarted = new CoreTestServices(Now, configure: s => s.Replace(ServiceDescriptor.Singleton<IStoryStore>(_services.Stories)));

        var joined = await restarted.Get<StoryClusterer>().AddAsync(Daily(Now), CancellationToken.None);

        Assert.Equal(StoryAddOutcome.SourceAdded, joined.Outcome);
    }

    [Fact]
    public async Task AddAsync_TwoFeedsAtOnce_OneStoryNotTwo()
    {
        var clusterer = _services.Get<StoryClusterer>();
        using var start = new ManualResetEventSlim();
        NewStory[] reports = [Wire(), Daily(Now), Reports.Analyze(_services, "post", Reports.KishidaDailyTitle, Reports.KishidaDaily, "https://post.example/k", Now)];

        var adds = reports.Select(r => Task.Run(async () =>
        {
            start.Wait();
            return await clusterer.AddAsync(r, CancellationToken.None);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(adds);

        Assert.Single(results, r => r.Outcome == StoryAddOutcome.Added);
        Assert.Equal(3, Assert.Single(_services.Stories.All).Sources.Count);
    }

    public void Dispose() => _services.Dispose();

    private NewStory Wire(DateTimeOffset? published = null) =>
        Reports.Analyze(_services, "wire", Reports.KishidaWireTitle, Reports.KishidaWire, "https://wire.example/kishida", published ?? Now);

    private NewStory Daily(DateTimeOffset published) =>
        Reports.Analyze(_services, "daily", Reports.KishidaDailyTitle, Reports.KishidaDaily, "https://daily.example/kishida", published);
}
