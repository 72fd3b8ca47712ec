using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Testing;
using BriefingBot.Testing.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace BriefingBot.Core.Tests.Delivery;

public sealed class SlotBriefingCacheTests
{
    private static readonly DateTimeOffset Created = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunDueAsync_ManySubscribersInOneSlot_ComposesTheBriefingOnce()
    {
        using var services = new CoreTestServices(Created);
        for (var i = 0; i < 20; i++)
        {
            await services.Subscriptions.UpsertAsync(new ChatAddress(FakeChatPlatform.DefaultPlatform, $"c{i}"), "u", new TimeOnly(7, 0), "Etc/UTC", Created, CancellationToken.None);
        }

        await services.Stories.AddAsync(StoryFactory.Create("Budget passes", Created), CancellationToken.None);
        using var composed = new MetricCollector<long>(services.Get<System.Diagnostics.Metrics.IMeterFactory>(), DeliveryMetrics.MeterName, "briefingbot.briefings.composed");
        services.Clock.SetUtcNow(Created.AddHours(7).AddMinutes(1));

        var report = await services.Get<DeliveryService>().RunDueAsync(services.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(20, report.Sent);
        var measurements = composed.GetMeasurementSnapshot();
        Assert.Equal(1, measurements.Count(m => (string?)m.Tags["cache"] == "miss"));
        Assert.Equal(19, measurements.Count(m => (string?)m.Tags["cache"] == "hit"));
        // One composed briefing: each subscriber's copy differs only in its delivery key.
        Assert.Single(services.Platform.Sent.Select(s => s.Briefing.Items).Distinct());
        Assert.Equal(0, services.Get<DeliveryMetrics>().QueueDepth);
    }

    [Fact]
    public async Task RunDueAsync_SubscribersWithDifferentItemCounts_GetTheirOwnBriefings()
    {
        using var services = new CoreTestServices(Created);
        var few = new ChatAddress(FakeChatPlatform.DefaultPlatform, "few");
        var many = new ChatAddress(FakeChatPlatform.DefaultPlatform, "many");
        await services.Subscriptions.UpsertAsync(few, "u", new TimeOnly(7, 0), "Etc/UTC", Created, CancellationToken.None);
        await services.Subscriptions.UpsertAsync(many, "u", new TimeOnly(7, 0), "Etc/UTC", Created, CancellationToken.None);
        await services.Chats.SaveSettingsAsync(new ChatSettings(few, 1), CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await services.Stories.AddAsync(StoryFactory.Create($"Story number {i} about ports", Created.AddMinutes(i)), CancellationToken.None);
        }

        services.Clock.SetUtcNow(Created.AddHours(7).AddMinutes(1));
        await services.Get<DeliveryService>().RunDueAsync(services.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Single(services.Platform.Sent.Single(s => s.Chat == few).Briefing.Items);
        Assert.Equal(3, services.Platform.Sent.Single(s => s.Chat == many).Briefing.Items.Count);
    }

    [Fact]
    public async Task RunDueAsync_SendAcceptedButLedgerWriteFails_LeavesTheClaimInsteadOfMarkingItFailed()
    {
        var ledger = new FailingMarkSentLedger();
        using var services = new CoreTestServices(Created, configure: s => s.Replace(ServiceDescriptor.Singleton<IDeliveryLedger>(ledger)));
        var subscription = await services.Subscriptions.UpsertAsync(new ChatAddress(FakeChatPlatform.DefaultPlatform, "c"), "u", new TimeOnly(7, 0), "Etc/UTC", Created, CancellationToken.None);
        await services.Stories.AddAsync(StoryFactory.Create("Budget passes", Created), CancellationToken.None);
        services.Clock.SetUtcNow(Created.AddHours(7).AddMinutes(1));

        await Assert.ThrowsAsync<TimeoutException>(() => services.Get<DeliveryService>().RunDueAsync(services.Clock.GetUtcNow(), CancellationToken.None));

        Assert.Single(services.Platform.Sent);
        var entry = await ledger.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), CancellationToken.None);
        Assert.Equal(DeliveryState.Sending, entry?.State);
    }

    /// <summary>A ledger whose "sent" writes always fail, as when the database goes away mid-pass.</summary>
    private sealed class FailingMarkSentLedger : IDeliveryLedger
    {
        private readonly InMemoryDeliveryLedger _inner = new();

        public Task<bool> TryClaimAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken) =>
            _inner.TryClaimAsync(subscriptionId, localDate, now, lease, maxAttempts, cancellationToken);

        public Task<bool> ExtendLeaseAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
            _inner.ExtendLeaseAsync(subscriptionId, localDate, now, lease, cancellationToken);

        public Task MarkSentAsync(SubscriptionId subscriptionId, DateOnly localDate, string? platformMessageId, DateTimeOffset now, CancellationToken cancellationToken) =>
            throw new TimeoutException("The database did not answer.");

        public Task MarkFailedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, bool permanent, DateTimeOffset now, CancellationToken cancellationToken) =>
            _inner.MarkFailedAsync(subscriptionId, localDate, reason, permanent, now, cancellationToken);

        public Task MarkSkippedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
            _inner.MarkSkippedAsync(subscriptionId, localDate, reason, now, cancellationToken);

        public Task<DeliveryEntry?> GetAsync(SubscriptionId subscriptionId, DateOnly localDate, CancellationToken cancellationToken) =>
            _inner.GetAsync(subscriptionId, localDate, cancellationToken);
    }
}
