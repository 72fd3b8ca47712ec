namespace BriefingBot.Host.Hosting;

/// <summary>
/// Finds the folder that holds <c>config/appsettings.json</c>: BRIEFINGBOT_HOME when set, else the current directory
/// or one of its parents (running from a clone), else the application's own folder (published image).
/// </summary>
internal static class ContentRoot
{
    public const string EnvironmentVariable = "BRIEFINGBOT_HOME";

    public static string Find()
    {
        var explicitHome = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitHome))
        {
            return Path.GetFullPath(explicitHome);
        }

        return FindUpwards(Directory.GetCurrentDirectory())
            ?? FindUpwards(AppContext.BaseDirectory)
            ?? Directory.GetCurrentDirectory();
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "config", "appsettings.json")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
