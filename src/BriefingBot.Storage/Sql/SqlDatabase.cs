using System.Data.Common;
using BriefingBot.Storage.Migrations;

namespace BriefingBot.Storage.Sql;

/// <summary>
/// One configured database (SQLite or PostgreSQL) as the provider-neutral stores see it: connections, the two kinds of
/// transaction they need, the few SQL fragments the dialects spell differently, and the dialect's schema history.
/// Only this assembly implements it.
/// </summary>
public abstract class SqlDatabase
{
    private protected SqlDatabase()
    {
    }

    /// <summary>Where the data lives, for logs and messages: a file path, or host:port/database (never a password).</summary>
    public abstract string DisplayName { get; }

    /// <summary>The schema history in this database's dialect, oldest first.</summary>
    internal abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Creates what must exist before the first connection (the SQLite file's folder); nothing for a server.</summary>
    internal virtual void Prepare()
    {
    }

    internal abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A read-write transaction that writers holding the same <paramref name="writeLock"/> take one at a time, so a
    /// read-then-write inside it cannot race another instance (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock
    /// held until the transaction ends).
    /// </summary>
    internal abstract Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, WriteLock writeLock, CancellationToken cancellationToken);

    /// <summary>A transaction whose statements all read the same snapshot.</summary>
    internal abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>"<paramref name="column"/> is one of the values of the list parameter <paramref name="parameter"/>" (passed as an array).</summary>
    internal abstract string InList(string column, string parameter);
}
