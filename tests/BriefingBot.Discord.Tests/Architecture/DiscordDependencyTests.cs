namespace BriefingBot.Discord.Tests.Architecture;

/// <summary>The adapter depends on Core only: no storage, host, scheduler or other platform (Core &lt;- Discord &lt;- Host).</summary>
public sealed class DiscordDependencyTests
{
    [Fact]
    public void DiscordAssembly_ReferencesCoreButNoOtherBriefingBotProjectNorScheduler()
    {
        var references = typeof(DiscordOptions).Assembly.GetReferencedAssemblies().Select(r => r.Name ?? string.Empty).ToList();

        Assert.Contains("BriefingBot.Core", references);
        Assert.DoesNotContain(references, r => r.StartsWith("BriefingBot.", StringComparison.Ordinal) && r != "BriefingBot.Core");
        Assert.DoesNotContain(references, r => r.StartsWith("Quartz", StringComparison.Ordinal) || r.StartsWith("Microsoft.Data", StringComparison.Ordinal));
    }
}
