using BriefingBot.Core.Stories;
using Dapper;
using System.Data.Common;

namespace BriefingBot.Storage.Sql;

/// <summary>
/// Stories: one row per story, its dedup keys in story_keys (each key names one story) and its reports in
/// story_sources. Adding runs in one exclusive transaction (<see cref="WriteLock.Stories"/>), so two ingesters, on one
/// machine or on several, cannot both add a story.
/// </summary>
public sealed partial class SqlStoryStore(SqlDatabase database) : IStoryStore
{
    /// <remarks>Keys of the new report that the store did not know yet are remembered for the matched story too.</remarks>
    public Task<StoryAddResult> AddAsync(NewStory story, CancellationToken cancellationToken) =>
        AddCoreAsync(null, story, revise: false, cancellationToken);

    public Task<StoryAddResult> AttachAsync(StoryId storyId, NewStory report, bool revise, CancellationToken cancellationToken) =>
        AddCoreAsync(storyId, report, revise, cancellationToken);

    private async Task<StoryAddResult> AddCoreAsync(StoryId? target, NewStory story, bool revise, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        var keys = story.DedupKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0)
        {
            throw new ArgumentException("A story needs at least one dedup key (canonical URL or GUID).", nameof(story));
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginExclusiveAsync(connection, WriteLock.Stories, cancellationToken);
        var existing = target is { } wanted
            ? await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT id FROM stories WHERE id = @Id;", new { Id = wanted.Value }, transaction, cancellationToken: cancellationToken))
            : null;
        existing ??= await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            $"SELECT MIN(story_id) FROM story_keys WHERE {database.InList("key", "@Keys")};", new { Keys = keys }, transaction, cancellationToken: cancellationToken));
        revise &= target is not null && existing == target.Value.Value;

        StoryAddResult result;
        if (existing is { } storyId)
        {
            var hasSource = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM story_sources WHERE story_id = @StoryId AND source_id = @SourceId);",
                new { StoryId = storyId, story.Source.SourceId },
                transaction,
                cancellationToken: cancellationToken));
            if (revise)
            {
                await ReviseAsync(connection, transaction, storyId, story, hasSource, cancellationToken);
            }

            if (!hasSource)
            {
                await InsertSourceAsync(connection, transaction, storyId, story.Source, cancellationToken);
            }

            var outcome = revise ? StoryAddOutcome.Updated : hasSource ? StoryAddOutcome.Duplicate : StoryAddOutcome.SourceAdded;
            result = new StoryAddResult(outcome, new StoryId(storyId));
        }
        else
        {
            storyId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                InsertStorySql, StoryRow.From(story), transaction, cancellationToken: cancellationToken));
            await InsertSourceAsync(connection, transaction, storyId, story.Source, cancellationToken);
            result = new StoryAddResult(StoryAddOutcome.Added, new StoryId(storyId));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO story_keys (key, story_id) VALUES (@Key, @StoryId) ON CONFLICT (key) DO NOTHING;",
            keys.Select(key => new { Key = key, StoryId = storyId }),
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<Story?> GetAsync(StoryId id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<StoryRow>(new CommandDefinition(
            $"SELECT {StoryColumns} FROM stories WHERE id = @Id;", new { Id = id.Value }, cancellationToken: cancellationToken));
        var sources = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            $"SELECT {SourceColumns} FROM story_sources WHERE story_id = @Id ORDER BY position;", new { Id = id.Value }, cancellationToken: cancellationToken));
        return Assemble(rows, sources).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Story>> ListSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
        {
            return [];
        }

        const string Page =
            "SELECT id FROM stories WHERE first_seen_at >= @Since OR updated_at >= @Since ORDER BY first_seen_at DESC, id DESC LIMIT @Limit";
        var parameters = new { Since = StorageText.FromTimestamp(since), Limit = limit };
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var rows = await connection.QueryAsync<StoryRow>(new CommandDefinition(
            $"SELECT {StoryColumns} FROM stories WHERE id IN ({Page}) ORDER BY first_seen_at DESC, id DESC;",
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        var sources = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            $"SELECT {SourceColumns} FROM story_sources WHERE story_id IN ({Page}) ORDER BY story_id, position;",
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        return Assemble(rows, sources);
    }

    /// <summary>The story takes the report's text and digests; the outlet's own entry takes the report's headline and link.</summary>
    private static async Task ReviseAsync(DbConnection connection, DbTransaction transaction, long storyId, NewStory report, bool hasSource, CancellationToken cancellationToken)
    {
        var row = StoryRow.From(report);
        row.Id = storyId;
        await connection.ExecuteAsync(new CommandDefinition(UpdateStorySql, row, transaction, cancellationToken: cancellationToken));
        if (hasSource)
        {
            await connection.ExecuteAsync(new CommandDefinition(UpdateSourceSql, SourceRow.From(storyId, report.Source), transaction, cancellationToken: cancellationToken));
        }
    }

    private static Task<int> InsertSourceAsync(DbConnection connection, DbTransaction transaction, long storyId, StorySource source, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(InsertSourceSql, SourceRow.From(storyId, source), transaction, cancellationToken: cancellationToken));

    private static List<Story> Assemble(IEnumerable<StoryRow> rows, IEnumerable<SourceRow> sources)
    {
        var byStory = sources.ToLookup(s => s.StoryId, s => s.ToSource());
        return [.. rows.Select(row => row.ToStory([.. byStory[row.Id]]))];
    }
}
