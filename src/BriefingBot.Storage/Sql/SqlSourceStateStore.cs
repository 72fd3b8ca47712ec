using BriefingBot.Core.News;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>Per-source validators and health in source_states, one row per source id.</summary>
public sealed class SqlSourceStateStore(SqlDatabase database) : ISourceStateStore
{
    public async Task<SourceState?> GetAsync(string sourceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT source_id AS SourceId, has_validators AS HasValidators, etag AS ETag, last_modified AS LastModified,
                   last_attempt_at AS LastAttemptAt, last_success_at AS LastSuccessAt, last_error AS LastError,
                   consecutive_failures AS ConsecutiveFailures
            FROM source_states WHERE source_id = @SourceId;
            """,
            new { SourceId = sourceId },
            cancellationToken: cancellationToken));
        return row?.ToState();
    }

    public async Task SaveAsync(SourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO source_states (source_id, has_validators, etag, last_modified, last_attempt_at, last_success_at, last_error, consecutive_failures)
            VALUES (@SourceId, @HasValidators, @ETag, @LastModified, @LastAttemptAt, @LastSuccessAt, @LastError, @ConsecutiveFailures)
            ON CONFLICT (source_id) DO UPDATE SET
                has_validators = excluded.has_validators, etag = excluded.etag, last_modified = excluded.last_modified,
                last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at,
                last_error = excluded.last_error, consecutive_failures = excluded.consecutive_failures;
            """,
            new
            {
                state.SourceId,
                HasValidators = state.Validators is not null,
                state.Validators?.ETag,
                LastModified = StorageText.FromTimestamp(state.Validators?.LastModified),
                LastAttemptAt = StorageText.FromTimestamp(state.LastAttemptAt),
                LastSuccessAt = StorageText.FromTimestamp(state.LastSuccessAt),
                state.LastError,
                state.ConsecutiveFailures,
            },
            cancellationToken: cancellationToken));
    }

    internal sealed class Row
    {
        public string SourceId { get; set; } = string.Empty;

        public bool HasValidators { get; set; }

        public string? ETag { get; set; }

        public string? LastModified { get; set; }

        public string? LastAttemptAt { get; set; }

        public string? LastSuccessAt { get; set; }

        public string? LastError { get; set; }

        public int ConsecutiveFailures { get; set; }

        public SourceState ToState() => new(
            SourceId,
            HasValidators ? new FeedValidators(ETag, StorageText.ToNullableTimestamp(LastModified)) : null,
            StorageText.ToNullableTimestamp(LastAttemptAt),
            StorageText.ToNullableTimestamp(LastSuccessAt),
            LastError,
            ConsecutiveFailures);
    }
}
