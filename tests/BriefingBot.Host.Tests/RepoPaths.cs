using BriefingBot.Testing;

namespace BriefingBot.Host.Tests;

/// <summary>Paths in the repository the host tests run the bot against.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = RepositoryPaths.RepositoryRoot();

    public static string Samples => Path.Combine(Root, "config", "samples");

    public static string HostAssembly => Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll");
}
