using BriefingBot.Storage.Postgres;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BriefingBot.Storage.Tests.Fixtures;

/// <summary>
/// PostgreSQL from the server named by BRIEFINGBOT_TEST_POSTGRES: a database bb_test_&lt;guid&gt; per test class,
/// dropped afterwards, and a fresh public schema per test. Without the variable every test skips saying so.
/// </summary>
public sealed class PostgresStorageFixture : StorageFixture
{
    public const string EnvironmentVariable = "BRIEFINGBOT_TEST_POSTGRES";

    private readonly string _databaseName = $"bb_test_{Guid.NewGuid():N}";
    private string? _serverConnectionString;

    /// <summary>The connection string of this class's database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public override async Task InitializeAsync()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            SkipReason = $"{EnvironmentVariable} is not set, so the PostgreSQL store tests were skipped. Set it to a server connection string " +
                "whose role may create databases (Host=127.0.0.1;Port=5432;Username=briefingbot;Password=briefingbot;Database=postgres); .ci/run starts one.";
            return;
        }

        // The name is generated here, never user input: identifiers cannot be parameters.
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_databaseName}\";");
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _databaseName }.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        if (!string.IsNullOrEmpty(ConnectionString))
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE);");
        }
    }

    public PostgresConnectionFactory Connect(bool pooling = true)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = pooling }.ConnectionString;
        return new PostgresConnectionFactory(Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString }));
    }

    protected override async Task<TestDatabase> CreateEmptyAsync()
    {
        // Tests of one class run one at a time, so each can have the schema to itself.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new TestDatabase(Connect, () => ValueTask.CompletedTask);
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
