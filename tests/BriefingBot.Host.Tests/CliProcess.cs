using System.Diagnostics;

namespace BriefingBot.Host.Tests;

/// <summary>Runs the real executable (BriefingBot.dll) as a child process, offline, over a temporary data folder.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(string dataDirectory, params string[] arguments) =>
        RunAsync(dataDirectory, new Dictionary<string, string>(), arguments);

    public static async Task<Result> RunAsync(string dataDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(dataDirectory, environment, arguments);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the executable with redirected streams; the caller reads them and ends the process.</summary>
    public static Process Start(string dataDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(RepoPaths.HostAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["BRIEFINGBOT_HOME"] = RepoPaths.Root;
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        start.Environment["News__UseSamples"] = "Always";
        start.Environment["News__FeedsFile"] = Path.Combine(dataDirectory, "no-feeds.json");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
