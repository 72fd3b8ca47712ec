using System.Globalization;
using BriefingBot.Storage.Migrations;
using BriefingBot.Storage.Sql;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Tests.Fixtures;

/// <summary>
/// One real database of its own for one test (a SQLite file, or a fresh schema in the test class's PostgreSQL
/// database), with a fake clock. Every handle opened on it is disposed with it; its provider's fixture cleans up.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<bool, SqlDatabase> _connect;
    private readonly Func<ValueTask> _cleanup;
    private readonly List<SqlDatabase> _handles = [];

    internal TestDatabase(Func<bool, SqlDatabase> connect, Func<ValueTask> cleanup)
    {
        _connect = connect;
        _cleanup = cleanup;
        Database = Connect();
    }

    public SqlDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 10, 6, 0, 0, TimeSpan.Zero));

    /// <summary>Another handle on the same database; <paramref name="pooling"/> false gives every open its own connection.</summary>
    public SqlDatabase Connect(bool pooling = true)
    {
        var handle = _connect(pooling);
        _handles.Add(handle);
        return handle;
    }

    internal DatabaseMigrator CreateMigrator(IReadOnlyList<Migration>? migrations = null, SqlDatabase? database = null)
    {
        var target = database ?? Database;
        return new DatabaseMigrator(target, Time, NullLogger<DatabaseMigrator>.Instance, migrations ?? target.Migrations);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenConnectionAsync(CancellationToken.None);
        var value = await connection.ExecuteScalarAsync(new CommandDefinition(sql));
        return Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var handle in _handles)
        {
            switch (handle)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }

        await _cleanup();
    }
}
