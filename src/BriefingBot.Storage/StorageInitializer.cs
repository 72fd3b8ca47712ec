using BriefingBot.Storage.Migrations;
using BriefingBot.Storage.Sql;

namespace BriefingBot.Storage;

/// <summary>Validates the options, prepares the configured database (the SQLite file's folder) and migrates it.</summary>
public sealed class StorageInitializer(SqlDatabase database, DatabaseMigrator migrator) : IStorageInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Resolving the database read the options' Value, which runs the validators: a bad "Storage" section has
        // already stopped here with its sentence.
        database.Prepare();
        await migrator.MigrateAsync(cancellationToken);
    }
}
