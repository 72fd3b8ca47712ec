namespace BriefingBot.Host.Tests;

public sealed class ConsoleChatEndToEndTests
{
    [Fact]
    public async Task ConsoleChat_WhoKishida_AnswersWithRoleAndStory()
    {
        using var data = new TempDirectory();

        var output = await BotHarness.RunConsoleAsync(data.Path, "/who Kishida\n");

        Assert.Contains("Fumio Kishida", output, StringComparison.Ordinal);
        Assert.Contains("Prime Minister", output, StringComparison.Ordinal);
        Assert.Contains("Kishida", output[output.IndexOf("In the news:", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleChat_QuestionsPipedAtStart_WaitForTheFirstIngestPass()
    {
        using var data = new TempDirectory();

        var output = await BotHarness.RunConsoleFromColdAsync(data.Path, "/briefing\n/who Kishida\n");

        Assert.DoesNotContain("no new stories", output, StringComparison.Ordinal);
        Assert.Contains("1. ", output, StringComparison.Ordinal);
        Assert.Contains("Fumio Kishida", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleChat_BriefingThenStory_ExpandsItemOne()
    {
        using var data = new TempDirectory();

        var output = await BotHarness.RunConsoleAsync(data.Path, "/briefing\n/story 1\n/story 99\n");

        Assert.Contains("1. ", output, StringComparison.Ordinal);
        Assert.Contains("Sources:", output, StringComparison.Ordinal);
        Assert.Contains("Usage: /story <number>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleChat_Subscribe_SurvivesRestart()
    {
        using var data = new TempDirectory();

        var first = await BotHarness.RunConsoleAsync(data.Path, "/subscribe 07:30 Europe/London\n");
        var second = await BotHarness.RunConsoleAsync(data.Path, "/settings\n");

        Assert.Contains("Subscribed: a daily briefing at 07:30 Europe/London", first, StringComparison.Ordinal);
        Assert.Contains("Daily briefing: 07:30 Europe/London", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleChat_ChannelSet_RefusedBecauseTheConsoleHasNoChannels()
    {
        using var data = new TempDirectory();

        var output = await BotHarness.RunConsoleAsync(data.Path, "/subscribe 07:30 Europe/London\n/channel set #news\n/channel show\n");

        Assert.Contains("The console chat has no channels: its briefings are printed here.", output, StringComparison.Ordinal);
        Assert.Contains("This chat's daily briefing is posted in this chat.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleChat_ModeratorShapesFeed_RulesSurviveRestartAndApply()
    {
        using var data = new TempDirectory();
        using var unfiltered = new TempDirectory();

        var control = await BotHarness.RunConsoleAsync(unfiltered.Path, "/briefing\n");
        var first = await BotHarness.RunConsoleAsync(data.Path, "/filter add exclude-keyword Kishida\n/filter list\n/schedule quiet sat,sun\n/audit\n");
        var second = await BotHarness.RunConsoleAsync(data.Path, "/briefing\n/settings\n");

        Assert.Contains("1. exclude-keyword Kishida", first, StringComparison.Ordinal);
        Assert.Contains("/schedule quiet", first, StringComparison.Ordinal);
        Assert.Contains("/filter add", first, StringComparison.Ordinal);
        Assert.Contains("Kishida", control, StringComparison.Ordinal);
        Assert.DoesNotContain("Kishida", second, StringComparison.Ordinal);
        Assert.Contains("Quiet days: sat, sun", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleChat_BadInput_AnswersWithHelpAndUsage()
    {
        using var data = new TempDirectory();

        var output = await BotHarness.RunConsoleAsync(data.Path, "hello\n/frobnicate\n/subscribe 25:99\n/who\n");

        Assert.Contains("Commands start with '/'", output, StringComparison.Ordinal);
        Assert.Contains("Unknown command /frobnicate.", output, StringComparison.Ordinal);
        Assert.Contains("'25:99' is not a time of day", output, StringComparison.Ordinal);
        Assert.Contains("Usage: /who <name>", output, StringComparison.Ordinal);
    }
}
