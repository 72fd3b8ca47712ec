using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Stores;

public abstract class StoryStoreTests(StorageFixture fixture) : DatabasePerTest(fixture)
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 10, 7, 0, 0, TimeSpan.FromHours(1));

    private SqlStoryStore Store => new(Database.Database);

    [SkippableFact]
    public async Task AddAsync_NewStory_AddedAndReadBackWhole()
    {
        var story = NewStory(["https://example.org/a", "guid-a"], "bbc", Morning);

        var result = await Store.AddAsync(story, CancellationToken.None);
        var stored = await Store.GetAsync(result.StoryId, CancellationToken.None);

        Assert.Equal(StoryAddOutcome.Added, result.Outcome);
        Assert.NotNull(stored);
        Assert.Equal(story.Title, stored.Title);
        Assert.Equal(story.Text, stored.Text);
        Assert.Equal(story.Summary, stored.Summary);
        Assert.Equal(story.Detail, stored.Detail);
        Assert.Equal(story.Source, Assert.Single(stored.Sources));
        var entity = Assert.Single(stored.Entities);
        Assert.Equal(story.Entities[0].Name, entity.Name);
        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Equal(story.Entities[0].Aliases, entity.Aliases);
        Assert.Equal(story.Entities[0].Role, entity.Role);
        Assert.Equal(story.PublishedAt, stored.PublishedAt);
        Assert.Equal(story.FirstSeenAt, stored.FirstSeenAt);
    }

    [SkippableFact]
    public async Task AddAsync_SameUrlSameSource_Duplicate()
    {
        var first = await Store.AddAsync(NewStory(["https://example.org/a", "guid-1"], "bbc", Morning), CancellationToken.None);

        var again = await Store.AddAsync(NewStory(["https://example.org/a", "guid-2"], "bbc", Morning), CancellationToken.None);

        Assert.Equal(new StoryAddResult(StoryAddOutcome.Duplicate, first.StoryId), again);
        Assert.Single((await Store.GetAsync(first.StoryId, CancellationToken.None))?.Sources ?? []);
    }

    [SkippableFact]
    public async Task AddAsync_SameGuidOtherSource_SourceAddedAfterTheFirst()
    {
        var first = await Store.AddAsync(NewStory(["https://bbc.example/a", "urn:story:1"], "bbc", Morning), CancellationToken.None);

        var second = await Store.AddAsync(NewStory(["https://reuters.example/b", "urn:story:1"], "reuters", Morning), CancellationToken.None);
        var stored = await Store.GetAsync(first.StoryId, CancellationToken.None);

        Assert.Equal(new StoryAddResult(StoryAddOutcome.SourceAdded, first.StoryId), second);
        Assert.Equal(["bbc", "reuters"], stored?.Sources.Select(s => s.SourceId));
    }

    [SkippableFact]
    public async Task AddAsync_KeyFirstSeenOnDuplicate_MatchesLaterReports()
    {
        var first = await Store.AddAsync(NewStory(["https://example.org/a"], "bbc", Morning), CancellationToken.None);
        await Store.AddAsync(NewStory(["https://example.org/a", "guid-late"], "bbc", Morning), CancellationToken.None);

        var byGuid = await Store.AddAsync(NewStory(["guid-late"], "reuters", Morning), CancellationToken.None);

        Assert.Equal(new StoryAddResult(StoryAddOutcome.SourceAdded, first.StoryId), byGuid);
    }

    [SkippableFact]
    public async Task AddAsync_NoKeys_Throws()
    {
        var store = Store;

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(NewStory([" "], "bbc", Morning), CancellationToken.None));
    }

    [SkippableFact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync(new StoryId(404), CancellationToken.None));
    }

    [SkippableFact]
    public async Task ListSinceAsync_StoriesAroundSince_NewestFirstAndOnlyFromSince()
    {
        for (var hour = 0; hour < 5; hour++)
        {
            await Store.AddAsync(NewStory([$"key-{hour}"], "bbc", Morning.AddHours(hour)), CancellationToken.None);
        }

        var stories = await Store.ListSinceAsync(Morning.AddHours(2).ToOffset(TimeSpan.FromHours(-5)), 10, CancellationToken.None);

        Assert.Equal(["title key-4", "title key-3", "title key-2"], stories.Select(s => s.Title));
        Assert.All(stories, s => Assert.Single(s.Sources));
    }

    [SkippableFact]
    public async Task ListSinceAsync_MoreThanLimit_ReturnsNewestUpToLimit()
    {
        for (var minute = 0; minute < 5; minute++)
        {
            await Store.AddAsync(NewStory([$"key-{minute}"], "bbc", Morning.AddMinutes(minute)), CancellationToken.None);
        }

        var stories = await Store.ListSinceAsync(Morning, 2, CancellationToken.None);

        Assert.Equal(["title key-4", "title key-3"], stories.Select(s => s.Title));
    }

    [SkippableFact]
    public async Task ListSinceAsync_SameFirstSeenTime_LaterAddedFirst()
    {
        await Store.AddAsync(NewStory(["a"], "bbc", Morning), CancellationToken.None);
        await Store.AddAsync(NewStory(["b"], "bbc", Morning), CancellationToken.None);

        var stories = await Store.ListSinceAsync(Morning, 10, CancellationToken.None);

        Assert.Equal(["title b", "title a"], stories.Select(s => s.Title));
    }

    [SkippableFact]
    public async Task AddAsync_ParallelReportsOfOneStoryOnSeparateConnections_OneStoryEverySourceOnce()
    {
        const int Ingesters = 8;
        var stores = Enumerable.Range(0, Ingesters).Select(_ => new SqlStoryStore(Database.Connect(pooling: false))).ToList();
        using var start = new ManualResetEventSlim();

        var adds = stores.Select((store, i) => Task.Run(async () =>
        {
            start.Wait();
            return await store.AddAsync(NewStory(["urn:story:shared", $"https://s{i}.example/a"], $"s{i}", Morning), CancellationToken.None);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(adds);

        Assert.Single(results, r => r.Outcome == StoryAddOutcome.Added);
        Assert.Single(results.Select(r => r.StoryId).Distinct());
        Assert.Equal(Ingesters, (await Store.GetAsync(results[0].StoryId, CancellationToken.None))?.Sources.Count);
        Assert.Single(await Store.ListSinceAsync(Morning, 10, CancellationToken.None));
    }

    [SkippableFact]
    public async Task AttachAsync_OtherOutlet_SourceAddedAndKeysPointToTheStory()
    {
        var first = await Store.AddAsync(NewStory(["https://bbc.example/a"], "bbc", Morning), CancellationToken.None);

        var attached = await Store.AttachAsync(first.StoryId, NewStory(["https://reuters.example/b"], "reuters", Morning.AddHours(1)), revise: false, CancellationToken.None);
        var byKey = await Store.AddAsync(NewStory(["https://reuters.example/b"], "ap", Morning), CancellationToken.None);
        var stored = await Store.GetAsync(first.StoryId, CancellationToken.None);

        Assert.Equal(new StoryAddResult(StoryAddOutcome.SourceAdded, first.StoryId), attached);
        Assert.Equal(new StoryAddResult(StoryAddOutcome.SourceAdded, first.StoryId), byKey);
        Assert.Equal(["bbc", "reuters", "ap"], stored?.Sources.Select(s => s.SourceId));
        Assert.Equal("title https://bbc.example/a", stored?.Title);
        Assert.Null(stored?.UpdatedAt);
    }

    [SkippableFact]
    public async Task AttachAsync_Revise_TakesTheReportsTextAndMarksTheUpdate()
    {
        var first = await Store.AddAsync(NewStory(["https://bbc.example/a"], "bbc", Morning), CancellationToken.None);
        var later = NewStory(["https://bbc.example/a-live"], "bbc", Morning.AddHours(3)) with
        {
            Title = "Kishida visit: deal signed",
            Text = "Fumio Kishida signed the deal.",
            Summary = ["Fumio Kishida signed the deal."],
        };

        var revised = await Store.AttachAsync(first.StoryId, later, revise: true, CancellationToken.None);
        var stored = await Store.GetAsync(first.StoryId, CancellationToken.None);

        Assert.Equal(new StoryAddResult(StoryAddOutcome.Updated, first.StoryId), revised);
        Assert.NotNull(stored);
        Assert.Equal("Kishida visit: deal signed", stored.Title);
        Assert.Equal(["Fumio Kishida signed the deal."], stored.Summary);
        Assert.Equal(Morning.AddHours(3), stored.UpdatedAt);
        Assert.Equal(Morning, stored.FirstSeenAt);
        Assert.Equal(later.Source, Assert.Single(stored.Sources));
    }

    [SkippableFact]
    public async Task AttachAsync_SameOutletNoRevision_Duplicate()
    {
        var first = await Store.AddAsync(NewStory(["https://bbc.example/a"], "bbc", Morning), CancellationToken.None);

        var again = await Store.AttachAsync(first.StoryId, NewStory(["https://bbc.example/a2"], "bbc", Morning), revise: false, CancellationToken.None);

        Assert.Equal(new StoryAddResult(StoryAddOutcome.Duplicate, first.StoryId), again);
    }

    [SkippableFact]
    public async Task AttachAsync_UnknownStory_AddsANewOne()
    {
        var result = await Store.AttachAsync(new StoryId(404), NewStory(["https://bbc.example/a"], "bbc", Morning), revise: true, CancellationToken.None);

        Assert.Equal(StoryAddOutcome.Added, result.Outcome);
        Assert.Null((await Store.GetAsync(result.StoryId, CancellationToken.None))?.UpdatedAt);
    }

    [SkippableFact]
    public async Task ListSinceAsync_StoryUpdatedSince_Included()
    {
        var old = await Store.AddAsync(NewStory(["old"], "bbc", Morning), CancellationToken.None);
        await Store.AddAsync(NewStory(["untouched"], "bbc", Morning), CancellationToken.None);
        await Store.AttachAsync(old.StoryId, NewStory(["old-2"], "bbc", Morning.AddDays(1)), revise: true, CancellationToken.None);

        var stories = await Store.ListSinceAsync(Morning.AddHours(12), 10, CancellationToken.None);

        Assert.Equal(old.StoryId, Assert.Single(stories).Id);
    }

    private static NewStory NewStory(string[] keys, string sourceId, DateTimeOffset firstSeenAt) => new(
        keys,
        $"title {keys[0]}",
        "Fumio Kishida spoke in Tokyo.\n\nHe said more.",
        ["Fumio Kishida spoke in Tokyo."],
        ["Fumio Kishida spoke in Tokyo.", "He said more."],
        new StorySource(sourceId, sourceId.ToUpperInvariant(), $"{sourceId} headline", new Uri($"https://{sourceId}.example/{keys[0].Length}"), firstSeenAt.AddMinutes(-30)),
        [new StoryEntity("Fumio Kishida", EntityType.Person, ["Kishida"], "Prime Minister", "Prime Minister Fumio Kishida spoke.", "Fumio Kishida spoke in Tokyo.", 2)],
        firstSeenAt.AddMinutes(-30),
        firstSeenAt);
}
