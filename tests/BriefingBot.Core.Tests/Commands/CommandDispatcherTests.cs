using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.Commands;

public sealed class CommandDispatcherTests : IDisposable
{
    private static readonly ChatAddress Chat = new("fake", "group-1");
    private readonly CoreTestServices _services = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DispatchAsync_UnknownCommand_ReturnsHelpWithNotice()
    {
        var outcome = await DispatchAsync("frobnicate", AccessLevel.Member);

        var help = Assert.IsType<HelpOutcome>(outcome);
        Assert.Contains("/frobnicate", help.Notice, StringComparison.Ordinal);
        Assert.Contains(help.Commands, c => c.Name == "briefing");
    }

    [Fact]
    public async Task DispatchAsync_MemberRunsModeratorCommand_IsDenied()
    {
        var outcome = await DispatchAsync("subscribe", AccessLevel.Member, "07:30");

        var denied = Assert.IsType<Denied>(outcome);
        Assert.Equal("subscribe", denied.Command.Name);
        Assert.Null(await _services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None));
    }

    [Fact]
    public async Task DispatchAsync_ModeratorSubscribes_SubscriptionStored()
    {
        var outcome = await DispatchAsync("subscribe", AccessLevel.Moderator, "07:30", "Europe/London");

        var subscribed = Assert.IsType<SubscriptionOutcome>(outcome);
        Assert.Equal(SubscriptionChange.Subscribed, subscribed.Change);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 7, 30, 0, TimeSpan.Zero), subscribed.NextDelivery);
        var stored = await _services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None);
        Assert.Equal(new TimeOnly(7, 30), stored?.DeliveryTime);
    }

    [Fact]
    public async Task DispatchAsync_SubscribeWithoutArguments_UsesConfiguredDefaults()
    {
        var outcome = await DispatchAsync("subscribe", AccessLevel.Moderator);

        var subscribed = Assert.IsType<SubscriptionOutcome>(outcome);
        Assert.Equal(new TimeOnly(7, 0), subscribed.Subscription.DeliveryTime);
        Assert.Equal("Europe/London", subscribed.Subscription.TimeZoneId);
    }

    [Fact]
    public async Task DispatchAsync_WrongArguments_ReturnsUsageError()
    {
        var outcome = await DispatchAsync("subscribe", AccessLevel.Moderator, "half-past-seven");

        var usage = Assert.IsType<UsageError>(outcome);
        Assert.Equal("/subscribe [time] [zone]", usage.Command.Usage);
    }

    [Fact]
    public async Task DispatchAsync_MissingArgument_ReturnsUsageError()
    {
        var outcome = await DispatchAsync("who", AccessLevel.Member);

        var usage = Assert.IsType<UsageError>(outcome);
        Assert.Contains("<name>", usage.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_StoryBeforeAnyBriefing_ReturnsNotFound()
    {
        var outcome = await DispatchAsync("story", AccessLevel.Member, "1");

        Assert.IsType<NotFound>(outcome);
    }

    [Fact]
    public async Task DispatchAsync_StoryAfterBriefing_ExpandsThatItem()
    {
        var now = _services.Clock.GetUtcNow();
        await _services.Stories.AddAsync(StoryFactory.Create("Harbour bridge reopens", now.AddHours(-2)), CancellationToken.None);
        await _services.Stories.AddAsync(StoryFactory.Create("Rail strike called off", now.AddHours(-1)), CancellationToken.None);

        var briefing = Assert.IsType<BriefingOutcome>(await DispatchAsync("briefing", AccessLevel.Member));
        var second = briefing.Briefing.Items[1];
        var story = Assert.IsType<StoryOutcome>(await DispatchAsync("story", AccessLevel.Member, "2"));
        var tooFar = Assert.IsType<UsageError>(await DispatchAsync("story", AccessLevel.Member, "3"));

        Assert.Equal(second.StoryId, story.Story.Id);
        Assert.Contains("choose 1 to 2", tooFar.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_UnsubscribeWithoutSubscription_ReturnsNotFound()
    {
        Assert.IsType<NotFound>(await DispatchAsync("unsubscribe", AccessLevel.Moderator));
    }

    [Fact]
    public async Task DispatchAsync_UnsubscribeThenSettings_ShowsWhyItStopped()
    {
        await DispatchAsync("subscribe", AccessLevel.Moderator, "08:00");
        Assert.IsType<SubscriptionOutcome>(await DispatchAsync("unsubscribe", AccessLevel.Moderator));

        var settings = Assert.IsType<SettingsOutcome>(await DispatchAsync("settings", AccessLevel.Member));

        Assert.False(settings.Subscription?.IsActive);
        Assert.Contains("Unsubscribed by", settings.Subscription?.DeactivatedReason, StringComparison.Ordinal);
        Assert.Null(settings.NextDelivery);
    }

    [Fact]
    public void Catalog_EverySpecHasAHandler()
    {
        var catalog = _services.Get<CommandCatalog>();

        Assert.Equal(CommandSpecs.All.Select(s => s.Name).Order(), catalog.Specs.Select(s => s.Name).Order());
    }

    public void Dispose() => _services.Dispose();

    private Task<CommandOutcome> DispatchAsync(string name, AccessLevel access, params string[] arguments)
    {
        var invocation = new CommandInvocation(Chat, new ChatUser("u1", "Ada"), access, name, arguments, string.Join(' ', arguments));
        return _services.Get<CommandDispatcher>().DispatchAsync(invocation, CancellationToken.None);
    }
}
