using BriefingBot.Core.News;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.News;

public sealed class FeedCatalogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("briefingbot-catalog-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_directory, "feeds.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Load_ShippedFeedsJson_ListsUniqueHttpsSources()
    {
        var sources = FeedCatalog.Load(Path.Combine(RepositoryPaths.RepositoryRoot(), "config", "feeds.json"));

        Assert.True(sources.Count >= 10);
        Assert.All(sources, s =>
        {
            Assert.True(s.IsRemote, s.Location);
            Assert.StartsWith("https://", s.Location, StringComparison.Ordinal);
            Assert.NotEmpty(s.Topics);
        });
        Assert.Contains(sources, s => s.Id == "bbc-world");
    }

    [Fact]
    public void Load_ValidFile_MapsFields()
    {
        var sources = FeedCatalog.Load(Write("""{ "sources": [ { "id": "a", "name": "A", "url": "config/samples/sample-feed.xml", "topics": ["world"] } ] }"""));
        Assert.Equal(new FeedSource("a", "A", "config/samples/sample-feed.xml", ["world"]), Assert.Single(sources), new SourceComparer());
    }

    [Fact]
    public void Load_DuplicateIds_ThrowsNamingFileAndId()
    {
        var path = Write("""{ "sources": [ { "id": "a", "name": "A", "url": "https://a.example/" }, { "id": "A", "name": "B", "url": "https://b.example/" } ] }""");
        var exception = Assert.Throws<InvalidDataException>(() => FeedCatalog.Load(path));
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        Assert.Contains("'A'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[]", "\"sources\" array")]
    [InlineData("""{ "sources": [ { "id": "a", "name": "A" } ] }""", "\"url\"")]
    public void Load_BadFile_ThrowsNamingFile(string json, string reason)
    {
        var path = Write(json);
        var exception = Assert.Throws<InvalidDataException>(() => FeedCatalog.Load(path));
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => FeedCatalog.Load(Path.Combine(_directory, "absent.json")));

    [Theory]
    [InlineData("sample-feed.xml", 9)]
    [InlineData("sample-feed-2.xml", 2)]
    public void SampleFeeds_Parse_IntoFullStories(string file, int count)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.RepositoryRoot(), "config", "samples", file));
        var result = new FeedParser().Parse(bytes);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(count, result.Feed.Items.Count);
        Assert.All(result.Feed.Items, item =>
        {
            Assert.NotEmpty(item.Title);
            Assert.NotNull(item.Link);
            Assert.NotNull(item.PublishedAt);
            Assert.True(item.Content?.Split("\n\n").Length >= 4, item.Title);
            Assert.DoesNotContain("Leave a Comment", item.Content, StringComparison.Ordinal);
        });
    }

    private sealed class SourceComparer : IEqualityComparer<FeedSource>
    {
        public bool Equals(FeedSource? x, FeedSource? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Name == y.Name && x.Location == y.Location && x.Topics.SequenceEqual(y.Topics);

        public int GetHashCode(FeedSource obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
