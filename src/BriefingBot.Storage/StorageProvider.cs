namespace BriefingBot.Storage;

/// <summary>Which database holds the bot's state.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file under the data directory (the default: nothing to install).</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL, for several instances sharing one store. Not implemented yet.</summary>
    Postgres = 1,
}
