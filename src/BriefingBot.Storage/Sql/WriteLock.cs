namespace BriefingBot.Storage.Sql;

/// <summary>
/// What an exclusive transaction serialises. On PostgreSQL each value is the key of a transaction-scoped advisory lock,
/// so the numbers are fixed once shipped; SQLite has one database-wide write lock and ignores them.
/// </summary>
internal enum WriteLock : long
{
    /// <summary>Schema migrations: two instances starting together apply each migration once.</summary>
    Migrations = 0x4272_6965_6600_0001,

    /// <summary>Adding stories: the dedup-key look-up and the insert of a new story happen as one step.</summary>
    Stories = 0x4272_6965_6600_0002,

    /// <summary>Moving a chat's subscription, settings and last briefing to its new address.</summary>
    Chats = 0x4272_6965_6600_0003,

    /// <summary>Appending or removing a chat's numbered filter rules and sources (positions are read, then written).</summary>
    ChatLists = 0x4272_6965_6600_0006,
}
