using BriefingBot.Storage.Migrations;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Sql;

namespace BriefingBot.Storage;

/// <summary>
/// Validates the options, prepares the configured database (the SQLite file's folder) and migrates it; once: a second
/// call after a success does nothing. A database that cannot be reached is a <see cref="StorageUnavailableException"/>
/// whose message names it and the reason in one line.
/// </summary>
public sealed class StorageInitializer(SqlDatabase database, DatabaseMigrator migrator) : IStorageInitializer
{
    private volatile bool _initialized;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        // Resolving the database read the options' Value, which runs the validators: a bad "Storage" section has
        // already stopped here with its sentence.
        database.Prepare();
        try
        {
            await migrator.MigrateAsync(cancellationToken);
            _initialized = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && StorageErrors.IsDatabaseFailure(ex))
        {
            var what = database is PostgresConnectionFactory ? "PostgreSQL" : "SQLite";
            throw new StorageUnavailableException(
                $"Cannot use the {what} database at {database.DisplayName} (Storage:ConnectionString): {StorageErrors.Reason(ex)}", ex);
        }
    }
}
