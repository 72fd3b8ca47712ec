using System.Reflection;
using BriefingBot.Core.Commands;

namespace BriefingBot.Core.Tests.Architecture;

/// <summary>Core serves every platform, so it may not know any of them, nor the scheduler, the host or a database.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly string[] Forbidden =
    [
        "Telegram.Bot", "Discord", "Quartz", "Microsoft.Extensions.Hosting", "Microsoft.AspNetCore",
        "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Npgsql", "Dapper", "BriefingBot.Storage", "BriefingBot.Host",
        "BriefingBot.Telegram", "BriefingBot.Discord",
    ];

    [Fact]
    public void CoreAssembly_ReferencesNoPlatformSchedulerHostingOrDatabaseAssembly()
    {
        var offending = ReferenceClosure(typeof(CommandDispatcher).Assembly)
            .Where(name => Forbidden.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void ReferenceClosure_SeesTransitiveReferences()
    {
        // Guards the guard: the walk must reach beyond direct references (Options -> Primitives).
        Assert.Contains("Microsoft.Extensions.Primitives", ReferenceClosure(typeof(CommandDispatcher).Assembly));
    }

    private static HashSet<string> ReferenceClosure(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<Assembly>([root]);
        while (queue.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is null || !seen.Add(reference.Name) || reference.Name.StartsWith("System", StringComparison.Ordinal))
                {
                    continue;
                }

                try
                {
                    queue.Enqueue(Assembly.Load(reference));
                }
                catch (FileNotFoundException)
                {
                    // Not deployed with the tests: it cannot be a runtime dependency we ship either; the name is still checked.
                }
            }
        }

        return seen;
    }
}
