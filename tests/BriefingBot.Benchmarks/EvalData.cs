namespace BriefingBot.Benchmarks;

/// <summary>
/// Finds the shared evaluation data (<c>../shared/eval</c> beside the repository, found upwards from the working
/// directory and from the executable). The data is never copied into the repository.
/// </summary>
internal static class EvalData
{
    public static string? Root { get; } = Find();

    public static string? Path(params string[] parts)
    {
        if (Root is null)
        {
            return null;
        }

        var path = System.IO.Path.Combine([Root, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>Prints why an evaluation is skipped; true when the data is missing.</summary>
    public static bool Missing(string? path, string what)
    {
        if (path is not null)
        {
            return false;
        }

        Console.WriteLine($"SKIPPED {what}: ../shared/eval is not beside the repository (set BRIEFINGBOT_EVAL to its path).");
        return true;
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("BRIEFINGBOT_EVAL") is { Length: > 0 } configured && Directory.Exists(configured))
        {
            return configured;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "shared", "eval");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
