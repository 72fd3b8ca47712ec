using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.Moderation;

/// <summary>"/schedule time|items|quiet" and "/audit" through the dispatcher; quiet days honoured by delivery.</summary>
public sealed class ScheduleCommandsTests : IDisposable
{
    // A Monday.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Chat = new(FakeChatPlatform.DefaultPlatform, "group-1");
    private readonly CoreTestServices _services = new(Start);

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Schedule_TimeWithoutSubcommandWord_SubscribesAtThatTime()
    {
        var outcome = await _services.SendAsync(Chat, AccessLevel.Moderator, "/schedule 07:30 Asia/Tokyo");

        var subscribed = Assert.IsType<SubscriptionOutcome>(outcome);
        Assert.Equal((new TimeOnly(7, 30), "Asia/Tokyo"), (subscribed.Subscription.DeliveryTime, subscribed.Subscription.TimeZoneId));
        Assert.Equal("schedule time", Assert.Single(_services.Audit.Entries).Action);
    }

    [Fact]
    public async Task ScheduleTime_Named_KeepsZoneWhenLeftOut()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/schedule time 07:30 Asia/Tokyo");

        var outcome = Assert.IsType<SubscriptionOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/schedule time 6:15"));

        Assert.Equal(SubscriptionChange.Updated, outcome.Change);
        Assert.Equal((new TimeOnly(6, 15), "Asia/Tokyo"), (outcome.Subscription.DeliveryTime, outcome.Subscription.TimeZoneId));
    }

    [Fact]
    public async Task ScheduleItems_SetsCountAndKeepsQuietDays()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/schedule quiet sat,sun");

        Assert.IsType<MessageOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/schedule items 3"));
        var tooMany = await _services.SendAsync(Chat, AccessLevel.Moderator, "/schedule items 50");

        Assert.IsType<UsageError>(tooMany);
        Assert.Equal(new ChatSettings(Chat, 3, WeekDays.Of([DayOfWeek.Saturday, DayOfWeek.Sunday])), await _services.Chats.GetSettingsAsync(Chat, CancellationToken.None));
    }

    [Theory]
    [InlineData("mon,sun", "mon, sun")]
    [InlineData("Monday Sunday", "mon, sun")]
    [InlineData("none", "none")]
    public async Task ScheduleQuiet_ParsesDays(string typed, string stored)
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, $"/schedule quiet {typed}");

        Assert.Equal(stored, (await _services.Chats.GetSettingsAsync(Chat, CancellationToken.None))?.QuietDays.ToString());
    }

    [Theory]
    [InlineData("mon,funday", "'funday' is not a day")]
    [InlineData("mon,tue,wed,thu,fri,sat,sun", "/unsubscribe")]
    public async Task ScheduleQuiet_BadDays_Refused(string typed, string expected)
    {
        var usage = Assert.IsType<UsageError>(await _services.SendAsync(Chat, AccessLevel.Moderator, $"/schedule quiet {typed}"));

        Assert.Contains(expected, usage.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_QuietDays_NoBriefingOnThoseLocalDays()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/schedule 08:00 Asia/Tokyo");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/schedule quiet tue,thu");
        var delivery = _services.Get<DeliveryService>();

        // Subscribed Monday 2 March 09:00 Tokyo (after that day's 08:00), run to Monday 9 March 09:00, a story every hour.
        for (var hour = 0; hour < 7 * 24; hour++)
        {
            _services.Clock.Advance(TimeSpan.FromHours(1));
            await _services.Stories.AddAsync(StoryFactory.Create($"Hourly story {hour}", _services.Clock.GetUtcNow()), CancellationToken.None);
            await delivery.RunDueAsync(_services.Clock.GetUtcNow(), CancellationToken.None);
        }

        var zone = DeliverySchedule.ResolveZone("Asia/Tokyo");
        var days = _services.Platform.Sent.Select(s => DeliverySchedule.LocalDate(s.Briefing.GeneratedAt, zone).DayOfWeek).ToList();
        Assert.Equal([DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday], days);
    }

    [Fact]
    public void DueSlots_QuietDay_LeftOut()
    {
        var subscription = new Subscriptions.Subscription(new Subscriptions.SubscriptionId(1), Chat, "u", new TimeOnly(8, 0), "UTC", Start, true, null);
        var mondayNoon = Start.AddHours(12);

        Assert.Single(DeliverySchedule.DueSlots(subscription, mondayNoon, WeekDays.None));
        Assert.Empty(DeliverySchedule.DueSlots(subscription, mondayNoon, WeekDays.Of([DayOfWeek.Monday])));
        Assert.Equal(Start.AddDays(2).AddHours(8), DeliverySchedule.NextDue(subscription, mondayNoon, WeekDays.Of([DayOfWeek.Tuesday])));
    }

    [Fact]
    public async Task Audit_ListsModeratorChangesNewestFirst()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/subscribe 07:00 Europe/London");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add exclude-keyword football");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/schedule items 4");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/unsubscribe");

        var audit = Assert.IsType<ListOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/audit"));

        Assert.Equal(
            ["/unsubscribe", "/schedule items", "/filter add", "/subscribe"],
            audit.Entries.Select(e => e.Text.Split(" — ")[^1]));
        Assert.Contains("Ana Moderator", audit.Entries[0].Text, StringComparison.Ordinal);
        Assert.Equal("4 items per briefing (was 5 items per briefing)", audit.Entries[1].Details[0]);
    }
}
