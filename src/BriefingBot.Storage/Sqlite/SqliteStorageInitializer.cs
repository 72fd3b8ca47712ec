using BriefingBot.Storage.Migrations;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage.Sqlite;

/// <summary>Validates the options, creates the data directory and migrates the SQLite file.</summary>
public sealed class SqliteStorageInitializer(IOptions<StorageOptions> options, SqliteConnectionFactory connections, DatabaseMigrator migrator)
    : IStorageInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Reading Value runs the validators, so a bad "Storage" section stops here with its sentence.
        Directory.CreateDirectory(Path.GetFullPath(options.Value.DataDirectory));
        connections.EnsureDirectory();
        await migrator.MigrateAsync(cancellationToken);
    }
}
