namespace BriefingBot.Testing;

/// <summary>Finds the repository root and the shared evaluation data from a test's output directory.</summary>
public static class RepositoryPaths
{
    /// <summary>The nearest ancestor of the test binaries that contains BriefingBot.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BriefingBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ancestor of {AppContext.BaseDirectory} contains BriefingBot.sln.");
    }

    /// <summary>
    /// The shared evaluation folder <c>shared/eval/&lt;relative&gt;</c> beside the repository (looked for as
    /// <c>&lt;ancestor&gt;/shared/eval</c> and <c>&lt;ancestor&gt;/../shared/eval</c>), or null when it is absent.
    /// </summary>
    public static string? SharedEval(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { directory.FullName, directory.Parent?.FullName })
            {
                if (candidate is null)
                {
                    continue;
                }

                var path = Path.Combine(candidate, "shared", "eval", relative);
                if (Directory.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    /// <summary>A shared seed file <c>shared/seeds/&lt;name&gt;</c> beside the repository (found like <see cref="SharedEval"/>), or null.</summary>
    public static string? SharedSeed(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "shared", "seeds", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
