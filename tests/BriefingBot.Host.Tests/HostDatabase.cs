using Npgsql;

namespace BriefingBot.Host.Tests;

/// <summary>
/// The database a host test runs the bot on: a SQLite file in the test's data folder, or a fresh PostgreSQL database
/// bb_test_&lt;guid&gt; on the server named by BRIEFINGBOT_TEST_POSTGRES (dropped afterwards). Without the variable the
/// PostgreSQL case skips and says why, as the storage tests do.
/// </summary>
internal sealed class HostDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "BRIEFINGBOT_TEST_POSTGRES";

    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    private HostDatabase(string provider, string? serverConnectionString, string? databaseName, string connectionString)
    {
        Provider = provider;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
        ConnectionString = connectionString;
    }

    /// <summary>"Sqlite" or "Postgres", as Storage:Provider takes it.</summary>
    public string Provider { get; }

    /// <summary>Empty for SQLite (the file under Storage:DataDirectory).</summary>
    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "Postgres";

    /// <summary>--Storage:... arguments for an in-process host.</summary>
    public string[] Args => IsPostgres ? ["--Storage:Provider=Postgres", $"--Storage:ConnectionString={ConnectionString}"] : [];

    /// <summary>Storage__... variables for a child process.</summary>
    public IReadOnlyDictionary<string, string> Environment => IsPostgres
        ? new Dictionary<string, string> { ["Storage__Provider"] = "Postgres", ["Storage__ConnectionString"] = ConnectionString }
        : new Dictionary<string, string>();

    public static async Task<HostDatabase> CreateAsync(string provider)
    {
        if (provider != "Postgres")
        {
            return new HostDatabase("Sqlite", null, null, string.Empty);
        }

        var server = System.Environment.GetEnvironmentVariable(EnvironmentVariable);
        Skip.If(string.IsNullOrWhiteSpace(server), $"{EnvironmentVariable} is not set, so the PostgreSQL case was skipped. Set it to a server " +
            "connection string whose role may create databases (Host=127.0.0.1;Port=5432;Username=briefingbot;Password=briefingbot;Database=postgres); .ci/run starts one.");

        // The name is generated here, never user input: identifiers cannot be parameters.
        var name = $"bb_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server!, $"CREATE DATABASE \"{name}\";");
        return new HostDatabase("Postgres", server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>PostgreSQL only: refuse (or allow again) new connections to this database and end the open ones: an outage of this database alone.</summary>
    public async Task SetReachableAsync(bool reachable)
    {
        if (_serverConnectionString is null)
        {
            throw new InvalidOperationException("Only a PostgreSQL database can be taken offline this way.");
        }

        await ExecuteAsync(_serverConnectionString, $"ALTER DATABASE \"{_databaseName}\" ALLOW_CONNECTIONS {(reachable ? "true" : "false")};");
        if (!reachable)
        {
            // The bot's sessions only: an autovacuum worker on this database (the server's own, a superuser's) may not be
            // ended by this role, and trying failed the test half-way into its outage now and then.
            await ExecuteAsync(_serverConnectionString, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_databaseName}' AND backend_type = 'client backend' AND usename = current_user AND pid <> pg_backend_pid();");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_serverConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE);");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
