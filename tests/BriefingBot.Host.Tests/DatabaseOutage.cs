using Microsoft.Data.Sqlite;

namespace BriefingBot.Host.Tests;

/// <summary>
/// Takes the bot's database away and brings it back. SQLite: the data folder disappears (a lost volume); PostgreSQL: the
/// database refuses connections and its sessions are ended.
/// </summary>
internal sealed class DatabaseOutage(string dataDirectory, HostDatabase database)
{
    private readonly string _away = dataDirectory + "-away";

    public async Task BeginAsync()
    {
        if (database.IsPostgres)
        {
            await database.SetReachableAsync(false);
            return;
        }

        // New connections cannot open a file whose folder is gone; pooled ones are closed so they cannot bridge the gap.
        Directory.Move(dataDirectory, _away);
        SqliteConnection.ClearAllPools();
    }

    public async Task EndAsync()
    {
        if (database.IsPostgres)
        {
            await database.SetReachableAsync(true);
            return;
        }

        Directory.Move(_away, dataDirectory);
        await Task.CompletedTask;
    }
}
