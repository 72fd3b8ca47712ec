namespace BriefingBot.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The file name used when <see cref="ConnectionString"/> is empty.</summary>
    public const string DefaultDatabaseFileName = "briefingbot.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// SQLite: empty means "Data Source={DataDirectory}/briefingbot.db", and a relative Data Source is taken relative
    /// to <see cref="DataDirectory"/>. PostgreSQL: required, an Npgsql connection string (Host=...;Database=...).
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Where the SQLite database lives; relative to the host's content root. Created when missing.</summary>
    public string DataDirectory { get; set; } = "data";
}
