using BriefingBot.Host.Hosting;

namespace BriefingBot.Host.Tests;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("--Briefing:DefaultTimeZone=Mars/Olympus_Mons", "Briefing:DefaultTimeZone")]
    [InlineData("--Telegram:Enabled=true", "Telegram:BotToken")]
    [InlineData("--Discord:Enabled=true", "Discord:BotToken")]
    [InlineData("--Storage:Provider=Oracle", "Storage:Provider")]
    [InlineData("--News:TopicsFile=/no/such/topics.json", "News:TopicsFile")]
    public async Task StartAsync_BadConfiguration_StopsWithSentenceNamingTheKey(string setting, string key)
    {
        using var data = new TempDirectory();
        using var host = BriefingHostBuilder.Create(BotHarness.OfflineArgs(data.Path, setting, "--Console:Enabled=false"), runBot: true, RepoPaths.Root).Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.True(ConfigurationErrors.TryDescribe(error, out var message), error.ToString());
        Assert.Contains(key, message, StringComparison.Ordinal);
    }
}
