using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Host.ConsoleChat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Tests.ConsoleChat;

public sealed class PlainTextRendererTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    private readonly PlainTextRenderer _renderer = new(Options.Create(new BriefingOptions()));

    [Fact]
    public void RenderBriefing_StoryFromThreeOutlets_OneItemWithCountAndEveryLink()
    {
        StorySource[] sources =
        [
            new("wire", "Wire", "Deal signed", new Uri("https://wire.example/a"), Now),
            new("daily", "Daily", "Pact agreed", new Uri("https://daily.example/b"), Now),
            new("post", "Post", "Leaders meet", null, Now),
        ];
        var briefing = new Briefing(Now, Now.AddDays(-1), [new BriefingItem(1, new StoryId(7), "Defence deal", ["They agreed."], sources, Now, UpdatedAt: Now)]);

        var text = _renderer.RenderBriefing(briefing, scheduled: false);

        Assert.Contains("1. Defence deal (updated)", text, StringComparison.Ordinal);
        Assert.Contains("   3 sources:\n   • Wire <https://wire.example/a>\n   • Daily <https://daily.example/b>\n   • Post\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("2. ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SettingsOfStoppedSubscriptionWithChannel_ReasonAndChannel()
    {
        var channel = new DeliveryTarget(new ChatAddress("telegram", "-100300"), "@newschannel");
        var subscription = new Subscription(
            new SubscriptionId(1), new ChatAddress("telegram", "-100200"), "7", new TimeOnly(7, 0), "Europe/London", Now, false, channel.Name + " went away", channel);

        var text = _renderer.Render(new SettingsOutcome(new ChatSettings(subscription.Chat, 5), subscription, null)).ReplaceLineEndings("\n");

        Assert.Contains("Daily briefing: stopped — @newschannel went away (/subscribe to start again)\n  Posted in: @newschannel (/channel clear posts it here)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderBriefing_OneSource_OneLineWithLink()
    {
        var source = new StorySource("wire", "Wire", "Deal signed", new Uri("https://wire.example/a"), Now);
        var briefing = new Briefing(Now, Now.AddDays(-1), [new BriefingItem(1, new StoryId(7), "Defence deal", ["They agreed."], [source], Now)]);

        var text = _renderer.RenderBriefing(briefing, scheduled: false);

        Assert.Contains("1. Defence deal\n   They agreed.\n   Source: Wire <https://wire.example/a>\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UpdatedStory_SaysWhenAndListsEverySource()
    {
        StorySource[] sources =
        [
            new("wire", "Wire", "Deal signed", new Uri("https://wire.example/a"), Now.AddHours(-5)),
            new("daily", "Daily", "Pact agreed", new Uri("https://daily.example/b"), Now.AddHours(-4)),
        ];
        var story = new Story(new StoryId(7), "Defence deal", "They agreed.", ["They agreed."], ["They agreed."], sources, [], Now.AddHours(-5), Now.AddHours(-5), Now);

        var text = _renderer.Render(new StoryOutcome(2, story)).ReplaceLineEndings("\n");

        Assert.Contains("   Published 2 Mar 2026 02:00 UTC, updated 2 Mar 2026 07:00 UTC\n", text, StringComparison.Ordinal);
        Assert.Contains("  • Wire: Deal signed <https://wire.example/a>\n  • Daily: Pact agreed <https://daily.example/b>", text, StringComparison.Ordinal);
    }
}
