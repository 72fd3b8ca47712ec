using System.Text.Json;
using BriefingBot.Core.Stories;

namespace BriefingBot.Storage.Sql;

public sealed partial class SqlStoryStore
{
    private const string StoryColumns =
        "id AS Id, title AS Title, text AS Text, summary_json AS SummaryJson, detail_json AS DetailJson, " +
        "entities_json AS EntitiesJson, published_at AS PublishedAt, first_seen_at AS FirstSeenAt, updated_at AS UpdatedAt";

    private const string SourceColumns =
        "story_id AS StoryId, source_id AS SourceId, source_name AS SourceName, title AS Title, link AS Link, published_at AS PublishedAt";

    private const string InsertStorySql = """
        INSERT INTO stories (title, text, summary_json, detail_json, entities_json, published_at, first_seen_at)
        VALUES (@Title, @Text, @SummaryJson, @DetailJson, @EntitiesJson, @PublishedAt, @FirstSeenAt)
        RETURNING id;
        """;

    // A revision keeps the story's first publication and first-seen times; the report's first-seen time marks the update.
    private const string UpdateStorySql = """
        UPDATE stories SET title = @Title, text = @Text, summary_json = @SummaryJson, detail_json = @DetailJson,
            entities_json = @EntitiesJson, updated_at = @FirstSeenAt
        WHERE id = @Id;
        """;

    private const string UpdateSourceSql = """
        UPDATE story_sources SET title = @Title, link = @Link, published_at = @PublishedAt
        WHERE story_id = @StoryId AND source_id = @SourceId;
        """;

    // The new report goes after the story's existing ones: Sources lists the first report first.
    private const string InsertSourceSql = """
        INSERT INTO story_sources (story_id, position, source_id, source_name, title, link, published_at)
        SELECT @StoryId, COALESCE(MAX(position) + 1, 0), @SourceId, @SourceName, @Title, @Link, @PublishedAt
        FROM story_sources WHERE story_id = @StoryId;
        """;

    internal sealed class StoryRow
    {
        public long Id { get; set; }

        public string Title { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;

        public string SummaryJson { get; set; } = "[]";

        public string DetailJson { get; set; } = "[]";

        public string EntitiesJson { get; set; } = "[]";

        public string PublishedAt { get; set; } = string.Empty;

        public string FirstSeenAt { get; set; } = string.Empty;

        public string? UpdatedAt { get; set; }

        public static StoryRow From(NewStory story) => new()
        {
            Title = story.Title,
            Text = story.Text,
            SummaryJson = JsonSerializer.Serialize(story.Summary, StorageJsonContext.Default.IReadOnlyListString),
            DetailJson = JsonSerializer.Serialize(story.Detail, StorageJsonContext.Default.IReadOnlyListString),
            EntitiesJson = JsonSerializer.Serialize(story.Entities, StorageJsonContext.Default.IReadOnlyListStoryEntity),
            PublishedAt = StorageText.FromTimestamp(story.PublishedAt),
            FirstSeenAt = StorageText.FromTimestamp(story.FirstSeenAt),
        };

        public Story ToStory(IReadOnlyList<StorySource> sources) => new(
            new StoryId(Id),
            Title,
            Text,
            JsonSerializer.Deserialize(SummaryJson, StorageJsonContext.Default.IReadOnlyListString) ?? [],
            JsonSerializer.Deserialize(DetailJson, StorageJsonContext.Default.IReadOnlyListString) ?? [],
            sources,
            JsonSerializer.Deserialize(EntitiesJson, StorageJsonContext.Default.IReadOnlyListStoryEntity) ?? [],
            StorageText.ToTimestamp(PublishedAt),
            StorageText.ToTimestamp(FirstSeenAt),
            StorageText.ToNullableTimestamp(UpdatedAt));
    }

    internal sealed class SourceRow
    {
        public long StoryId { get; set; }

        public string SourceId { get; set; } = string.Empty;

        public string SourceName { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;

        public string? Link { get; set; }

        public string? PublishedAt { get; set; }

        public static SourceRow From(long storyId, StorySource source) => new()
        {
            StoryId = storyId,
            SourceId = source.SourceId,
            SourceName = source.SourceName,
            Title = source.Title,
            Link = source.Link?.OriginalString,
            PublishedAt = StorageText.FromTimestamp(source.PublishedAt),
        };

        public StorySource ToSource() => new(
            SourceId,
            SourceName,
            Title,
            Link is null ? null : new Uri(Link, UriKind.RelativeOrAbsolute),
            StorageText.ToNullableTimestamp(PublishedAt));
    }
}
