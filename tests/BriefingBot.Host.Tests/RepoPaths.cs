namespace BriefingBot.Host.Tests;

/// <summary>Finds the repository (the folder with BriefingBot.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Config => Path.Combine(Root, "config");

    public static string Samples => Path.Combine(Root, "config", "samples");

    public static string HostAssembly => Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BriefingBot.sln not found above " + AppContext.BaseDirectory);
    }
}
