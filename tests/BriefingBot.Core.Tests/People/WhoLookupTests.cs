using BriefingBot.Core.Ingestion;
using BriefingBot.Core.News;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using BriefingBot.Testing;
using BriefingBot.Testing.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Core.Tests.People;

public sealed class WhoLookupTests : IDisposable
{
    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Wire</title>
          <item><title>Professor on the visit</title><link>https://wire.example/hughes</link><guid>hughes-1</guid>
            <description>Chris Hughes, a professor at the University of Warwick, said the visit mattered. He spoke in London on Monday.</description></item>
        </channel></rss>
        """;

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
    private readonly CountingStoryStore _store = new();
    private readonly CoreTestServices _services;
    private readonly string _folder = Directory.CreateTempSubdirectory("briefingbot-wholookup-").FullName;

    public WhoLookupTests()
    {
        _services = new CoreTestServices(Now, configure: s => s.Replace(ServiceDescriptor.Singleton<IStoryStore>(_store)));
    }

    private async Task AddStoryAsync(string title, string text)
    {
        var entities = new EntityExtractor().Extract(title, text);
        await _store.AddAsync(StoryFactory.Create(title, Now.AddHours(-1), text: text) with { Entities = entities }, CancellationToken.None);
    }

    [Fact]
    public async Task LookupAsync_SameNameTwice_ReadsStoriesOnceAndKeepsTheAskedSpelling()
    {
        await AddStoryAsync("Kishida in London", "Japanese Prime Minister Fumio Kishida met Boris Johnson in London on Thursday.");
        var who = _services.Get<WhoLookup>();

        var first = await who.LookupAsync("Kishida", CancellationToken.None);
        var second = await who.LookupAsync("kishida", CancellationToken.None);
        var unknown = await who.LookupAsync("Nobody Known", CancellationToken.None);
        var unknownAgain = await who.LookupAsync("nobody known", CancellationToken.None);

        Assert.Equal("Fumio Kishida", Assert.IsType<WhoResult.Found>(first).Profile.Name);
        Assert.Same(first, second);
        Assert.Equal("nobody known", Assert.IsType<WhoResult.Unknown>(unknownAgain).Query);
        Assert.Equal("Nobody Known", Assert.IsType<WhoResult.Unknown>(unknown).Query);
        Assert.Equal(1, _store.Reads);
    }

    [Fact]
    public async Task LookupAsync_AfterIngestStoresAStory_AnswersFromTheNewNews()
    {
        await AddStoryAsync("Kishida in London", "Japanese Prime Minister Fumio Kishida met Boris Johnson in London on Thursday.");
        var who = _services.Get<WhoLookup>();
        Assert.IsType<WhoResult.Unknown>(await who.LookupAsync("Chris Hughes", CancellationToken.None));

        var report = await IngestAsync();
        var readsBefore = _store.Reads; // ingest's clustering reads the store too
        var after = await who.LookupAsync("Chris Hughes", CancellationToken.None);

        Assert.Equal(1, report.Added);
        var profile = Assert.IsType<WhoResult.Found>(after).Profile;
        Assert.StartsWith("professor", profile.Role, StringComparison.Ordinal);
        Assert.Equal(readsBefore + 1, _store.Reads);
    }

    [Fact]
    public async Task LookupAsync_StoryStoredByAnotherInstance_IsSeenOnceTheIndexExpires()
    {
        await AddStoryAsync("Kishida in London", "Japanese Prime Minister Fumio Kishida met Boris Johnson in London on Thursday.");
        var who = _services.Get<WhoLookup>();
        Assert.IsType<WhoResult.Found>(await who.LookupAsync("Kishida", CancellationToken.None));

        // Another instance stores a story: this process's generation does not move.
        await AddStoryAsync("Professor on the visit", "Chris Hughes, a professor at the University of Warwick, said the visit mattered.");
        var before = await who.LookupAsync("Chris Hughes", CancellationToken.None);
        _services.Clock.Advance(WhoLookup.Remember + TimeSpan.FromSeconds(1));
        var after = await who.LookupAsync("Chris Hughes", CancellationToken.None);

        Assert.IsType<WhoResult.Unknown>(before);
        Assert.Equal("Chris Hughes", Assert.IsType<WhoResult.Found>(after).Profile.Name);
        Assert.Equal(2, _store.Reads);
    }

    [Fact]
    public async Task IngestSourceAsync_OnlyDuplicates_KeepsTheGeneration()
    {
        var generation = _services.Get<StoryGeneration>();

        await IngestAsync();
        var afterFirst = generation.Current;
        File.SetLastWriteTimeUtc(Path.Combine(_folder, "wire.xml"), new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await IngestAsync();

        Assert.Equal(1, afterFirst);
        Assert.Equal(1, generation.Current);
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<SourceIngestReport> IngestAsync()
    {
        var file = Path.Combine(_folder, "wire.xml");
        if (!File.Exists(file))
        {
            await File.WriteAllTextAsync(file, Feed);
        }

        return await _services.Get<IngestService>().IngestSourceAsync(new FeedSource("wire", "Wire", file, []), IngestPolicy.Live, CancellationToken.None);
    }

    /// <summary>The in-memory store, counting the reads a look-up makes.</summary>
    private sealed class CountingStoryStore : IStoryStore
    {
        private readonly InMemoryStoryStore _inner = new();
        private int _reads;

        public int Reads => _reads;

        public Task<StoryAddResult> AddAsync(NewStory story, CancellationToken cancellationToken) => _inner.AddAsync(story, cancellationToken);

        public Task<StoryAddResult> AttachAsync(StoryId storyId, NewStory report, bool revise, CancellationToken cancellationToken) =>
            _inner.AttachAsync(storyId, report, revise, cancellationToken);

        public Task<Story?> GetAsync(StoryId id, CancellationToken cancellationToken) => _inner.GetAsync(id, cancellationToken);

        public Task<IReadOnlyList<Story>> ListSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return _inner.ListSinceAsync(since, limit, cancellationToken);
        }
    }
}
