using BriefingBot.Host.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Tests;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("--Briefing:DefaultTimeZone=Mars/Olympus_Mons", "Briefing:DefaultTimeZone")]
    [InlineData("--Telegram:Enabled=true", "Telegram:BotToken")]
    [InlineData("--Discord:Enabled=true", "Discord:BotToken")]
    [InlineData("--Storage:Provider=Oracle", "Storage:Provider")]
    public async Task StartAsync_BadConfiguration_StopsWithSentenceNamingTheKey(string setting, string key)
    {
        using var data = new TempDirectory();
        using var host = BriefingHostBuilder.Create(BotHarness.OfflineArgs(data.Path, setting, "--Console:Enabled=false"), runBot: true, RepoPaths.Root).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }
}
