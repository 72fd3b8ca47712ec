namespace BriefingBot.Host.Tests;

/// <summary>A database that cannot be reached at start stops the bot with one line for the operator, not a stack trace.</summary>
public sealed class DatabaseUnreachableTests
{
    [Fact]
    public async Task Bot_PostgresRefusesConnections_ExitsWithOneLineNamingHostPortAndReason()
    {
        using var data = new TempDirectory();
        var port = FreePort.Next();

        var result = await CliProcess.RunAsync(
            data.Path,
            new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Postgres",
                ["Storage__ConnectionString"] = $"Host=127.0.0.1;Port={port};Username=bot;Password=secret;Database=briefingbot;Timeout=5",
            });

        Assert.Equal(4, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Database error:", line, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("Storage:ConnectionString", line, StringComparison.Ordinal);
        Assert.Contains("refused", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }
}
