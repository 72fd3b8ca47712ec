using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Testing;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace BriefingBot.Core.Tests.Delivery;

public sealed class DeliveryServiceTests
{
    private static readonly ChatAddress Chat = new(FakeChatPlatform.DefaultPlatform, "c1");

    [Theory]
    [InlineData("America/New_York", "2026-03-07T12:00:00Z", 2, 30, "2026-03-08T07:00:00Z")] // 02:30 does not exist on 8 March
    [InlineData("Europe/London", "2026-10-24T12:00:00Z", 1, 30, "2026-10-25T00:30:00Z")] // 01:30 happens twice on 25 October
    public async Task RunDueAsync_MinuteByMinuteAcrossDstChange_DeliversExactlyOnceThatDay(string zone, string createdUtc, int hour, int minute, string expectedUtc)
    {
        var created = DateTimeOffset.Parse(createdUtc, System.Globalization.CultureInfo.InvariantCulture);
        using var services = new CoreTestServices(created);
        await services.Subscriptions.UpsertAsync(Chat, "u1", new TimeOnly(hour, minute), zone, created, CancellationToken.None);
        await services.Stories.AddAsync(StoryFactory.Create("Storm closes ports", created), CancellationToken.None);
        var delivery = services.Get<DeliveryService>();
        var sentAt = new List<DateTimeOffset>();

        for (var step = 0; step < 30 * 60; step++)
        {
            services.Clock.Advance(TimeSpan.FromMinutes(1));
            var report = await delivery.RunDueAsync(services.Clock.GetUtcNow(), CancellationToken.None);
            if (report.Sent > 0)
            {
                sentAt.Add(services.Clock.GetUtcNow());
            }
        }

        Assert.Equal([DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture)], sentAt);
        Assert.Single(services.Platform.Sent);
    }

    [Fact]
    public async Task RunDueAsync_ThreeDays_OneBriefingPerLocalDay()
    {
        var start = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var services = new CoreTestServices(start);
        await services.Subscriptions.UpsertAsync(Chat, "u1", new TimeOnly(8, 0), "Asia/Tokyo", start, CancellationToken.None);
        var delivery = services.Get<DeliveryService>();

        for (var step = 0; step < 3 * 24 * 12; step++)
        {
            services.Clock.Advance(TimeSpan.FromMinutes(5));
            if (step % 12 == 0)
            {
                await services.Stories.AddAsync(StoryFactory.Create($"Hourly story {step}", services.Clock.GetUtcNow()), CancellationToken.None);
            }

            await delivery.RunDueAsync(services.Clock.GetUtcNow(), CancellationToken.None);
        }

        Assert.Equal(3, services.Platform.Sent.Count);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(7, false)]
    public async Task RunDueAsync_BotWasDown_SendsOnlyWithinGraceWindow(int hoursLate, bool expectSent)
    {
        var created = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var services = new CoreTestServices(created);
        var subscription = await services.Subscriptions.UpsertAsync(Chat, "u1", new TimeOnly(7, 0), "Etc/UTC", created, CancellationToken.None);
        await services.Stories.AddAsync(StoryFactory.Create("Budget passes", created), CancellationToken.None);
        var restartedAt = new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero).AddHours(hoursLate);

        var report = await services.Get<DeliveryService>().RunDueAsync(restartedAt, CancellationToken.None);

        Assert.Equal(expectSent ? 1 : 0, report.Sent);
        var entry = await services.Ledger.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), CancellationToken.None);
        Assert.Equal(expectSent ? DeliveryState.Sent : DeliveryState.Skipped, entry?.State);
    }

    [Fact]
    public async Task RunDueAsync_SenderCrashedHoldingTheClaim_ResentOnceAfterLeaseExpires()
    {
        var created = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var services = new CoreTestServices(created);
        var subscription = await services.Subscriptions.UpsertAsync(Chat, "u1", new TimeOnly(7, 0), "Etc/UTC", created, CancellationToken.None);
        await services.Stories.AddAsync(StoryFactory.Create("Budget passes", created), CancellationToken.None);
        var due = new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero);
        Assert.True(await services.Ledger.TryClaimAsync(subscription.Id, new DateOnly(2026, 6, 1), due, TimeSpan.FromMinutes(5), 5, CancellationToken.None));
        var delivery = services.Get<DeliveryService>();

        var whileLeased = await delivery.RunDueAsync(due.AddMinutes(2), CancellationToken.None);
        var afterLease = await delivery.RunDueAsync(due.AddMinutes(6), CancellationToken.None);
        var later = await delivery.RunDueAsync(due.AddMinutes(30), CancellationToken.None);

        Assert.Equal((0, 1, 0), (whileLeased.Sent, afterLease.Sent, later.Sent));
        Assert.Single(services.Platform.Sent);
    }

    [Fact]
    public async Task RunDueAsync_TwoSubscriptionsTwoDays_EachBriefingKeyedBySubscriptionAndLocalDate()
    {
        var created = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var services = new CoreTestServices(created);
        var first = await services.Subscriptions.UpsertAsync(Chat, "u1", new TimeOnly(7, 0), "Etc/UTC", created, CancellationToken.None);
        var second = await services.Subscriptions.UpsertAsync(new ChatAddress(FakeChatPlatform.DefaultPlatform, "c2"), "u1", new TimeOnly(7, 0), "Etc/UTC", created, CancellationToken.None);
        var delivery = services.Get<DeliveryService>();

        for (var day = 0; day < 2; day++)
        {
            var due = created.AddDays(day).AddHours(7);
            await services.Stories.AddAsync(StoryFactory.Create($"Budget passes on day {day}", due.AddHours(-1)), CancellationToken.None);
            await delivery.RunDueAsync(due.AddMinutes(1), CancellationToken.None);
        }

        string[] expected = [$"{first.Id}/2026-06-01", $"{second.Id}/2026-06-01", $"{first.Id}/2026-06-02", $"{second.Id}/2026-06-02"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), services.Platform.Sent.Select(s => s.Briefing.DeliveryKey ?? "none").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunDueAsync_TransientFailure_RetriedAndSentOnce()
    {
        var created = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var services = new CoreTestServices(created);
        await services.Subscriptions.UpsertAsync(Chat, "u1", new TimeOnly(7, 0), "Etc/UTC", created, CancellationToken.None);
        await services.Stories.AddAsync(StoryFactory.Create("Budget passes", created), CancellationToken.None);
        services.Platform.FailNext("502 Bad Gateway");
        services.Platform.FailNext("502 Bad Gateway");
        var delivery = services.Get<DeliveryService>();
        var due = new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero);

        for (var minute = 0; minute < 30; minute++)
        {
            await delivery.RunDueAsync(due.AddMinutes(minute), CancellationToken.None);
        }

        Assert.Single(services.Platform.Sent);
    }

    [Fact]
    public async Task RunDueAsync_PermanentFailure_DeactivatesSubscriptionWithReason()
    {
        var created = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var services = new CoreTestServices(created);
        await services.Subscriptions.UpsertAsync(Chat, "u1", new TimeOnly(7, 0), "Etc/UTC", created, CancellationToken.None);
        await services.Stories.AddAsync(StoryFactory.Create("Budget passes", created), CancellationToken.None);
        services.Platform.FailNext("Forbidden: bot was blocked by the user", permanent: true);

        var report = await services.Get<DeliveryService>().RunDueAsync(new DateTimeOffset(2026, 6, 1, 7, 1, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(1, report.Failed);
        var subscription = await services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None);
        Assert.False(subscription?.IsActive);
        Assert.Contains("blocked", subscription?.DeactivatedReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunDueAsync_NothingNew_SkipsWithoutSending()
    {
        var created = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var services = new CoreTestServices(created);
        await services.Subscriptions.UpsertAsync(Chat, "u1", new TimeOnly(7, 0), "Etc/UTC", created, CancellationToken.None);

        var report = await services.Get<DeliveryService>().RunDueAsync(new DateTimeOffset(2026, 6, 1, 7, 1, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal((0, 1), (report.Sent, report.Skipped));
        Assert.Empty(services.Platform.Sent);
    }

    [Fact]
    public async Task RunDueAsync_SentAndMissed_RecordedInMetrics()
    {
        var created = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var services = new CoreTestServices(created);
        var meters = services.Get<System.Diagnostics.Metrics.IMeterFactory>();
        using var sent = new MetricCollector<long>(meters, DeliveryMetrics.MeterName, "briefingbot.briefings.sent");
        using var skipped = new MetricCollector<long>(meters, DeliveryMetrics.MeterName, "briefingbot.briefings.skipped");
        using var lateness = new MetricCollector<double>(meters, DeliveryMetrics.MeterName, "briefingbot.delivery.lateness");
        await services.Subscriptions.UpsertAsync(Chat, "u1", new TimeOnly(7, 0), "Etc/UTC", created, CancellationToken.None);
        await services.Subscriptions.UpsertAsync(new ChatAddress(FakeChatPlatform.DefaultPlatform, "c2"), "u2", new TimeOnly(1, 0), "Etc/UTC", created, CancellationToken.None);
        await services.Stories.AddAsync(StoryFactory.Create("Budget passes", created), CancellationToken.None);

        await services.Get<DeliveryService>().RunDueAsync(new DateTimeOffset(2026, 6, 1, 7, 2, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(1, Assert.Single(sent.GetMeasurementSnapshot()).Value);
        Assert.Equal("missed", Assert.Single(skipped.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.Equal(120, Assert.Single(lateness.GetMeasurementSnapshot()).Value);
    }
}
