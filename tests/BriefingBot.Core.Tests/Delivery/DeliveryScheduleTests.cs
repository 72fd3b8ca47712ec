using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Tests.Delivery;

public sealed class DeliveryScheduleTests
{
    [Theory]
    [InlineData("America/New_York", 2026, 3, 8, 2, 30, "2026-03-08T07:00:00Z")] // skipped by spring-forward: first valid minute, 03:00 EDT
    [InlineData("Europe/London", 2026, 3, 29, 1, 30, "2026-03-29T01:00:00Z")] // skipped: 02:00 BST
    [InlineData("Europe/London", 2026, 10, 25, 1, 30, "2026-10-25T00:30:00Z")] // repeated hour: the first 01:30 (BST)
    [InlineData("Europe/London", 2026, 7, 1, 7, 30, "2026-07-01T06:30:00Z")]
    [InlineData("Asia/Tokyo", 2026, 12, 1, 7, 30, "2026-11-30T22:30:00Z")]
    public void DueInstant_LocalTime_ResolvesDstCorrectly(string zone, int year, int month, int day, int hour, int minute, string expectedUtc)
    {
        var due = DeliverySchedule.DueInstant(new DateOnly(year, month, day), new TimeOnly(hour, minute), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void NextDue_AfterTodaysSlot_IsTomorrow()
    {
        var subscription = Subscription("Europe/London", new TimeOnly(7, 30), created: new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero));

        var next = DeliverySchedule.NextDue(subscription, new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 7, 2, 6, 30, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void DueSlots_SlotBeforeSubscriptionBegan_IsNotDue()
    {
        var subscription = Subscription("Europe/London", new TimeOnly(7, 30), created: new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero));

        Assert.Empty(DeliverySchedule.DueSlots(subscription, new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void DueSlots_JustAfterMidnight_IncludesYesterdaysLateSlot()
    {
        var subscription = Subscription("Europe/London", new TimeOnly(23, 50), created: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var slots = DeliverySchedule.DueSlots(subscription, new DateTimeOffset(2026, 7, 2, 0, 5, 0, TimeSpan.FromHours(1)));

        Assert.Equal([new DateOnly(2026, 7, 1)], slots.Select(s => s.LocalDate));
    }

    internal static Subscription Subscription(string zone, TimeOnly time, DateTimeOffset created) =>
        new(new SubscriptionId(1), new ChatAddress("fake", "c1"), "u1", time, zone, created, true, null);
}
