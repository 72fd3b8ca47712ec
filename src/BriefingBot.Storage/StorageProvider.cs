namespace BriefingBot.Storage;

/// <summary>Which database holds the bot's state.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file under the data directory (the default: nothing to install).</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL named by Storage:ConnectionString, for several instances sharing one store.</summary>
    Postgres = 1,
}
