using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Core.Tests.Delivery;

/// <summary>A delivery pass keeps several sends in flight (Briefing:MaxConcurrentDeliveries), never more.</summary>
public sealed class ConcurrentDeliveryTests
{
    private static readonly DateTimeOffset Created = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task RunDueAsync_SlowPlatform_KeepsTheConfiguredNumberOfSendsInFlight()
    {
        // Each send waits until four are in flight together: a pass sending one at a time never gets there.
        var platform = new GatedPlatform(openAt: 4);
        using var services = await ServicesAsync(platform, subscribers: 12, concurrency: 4);

        var report = await services.Get<DeliveryService>().RunDueAsync(services.Clock.GetUtcNow(), CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(12, report.Sent);
        Assert.Equal(4, platform.MostInFlight);
        Assert.Equal(12, platform.Chats.Distinct().Count());
        Assert.Equal(0, services.Get<DeliveryMetrics>().QueueDepth);
    }

    [Fact]
    public async Task RunDueAsync_OneWorkerFails_SendsInFlightFinishAndAreRecorded()
    {
        // Recording c2's send fails (the database went away) while c0 and c1 are in flight: the pass ends with the
        // failure, but c0 and c1 finish and are recorded as sent, not cancelled after the platform accepted them.
        var platform = new GatedPlatform(openAt: 3);
        var ledger = new FailingLedger("c2");
        using var services = await ServicesAsync(platform, subscribers: 10, concurrency: 3, ledger);
        platform.HoldUntil(["c0", "c1"], ledger.Failed);

        await Assert.ThrowsAsync<TimeoutException>(() => services.Get<DeliveryService>().RunDueAsync(services.Clock.GetUtcNow(), CancellationToken.None).WaitAsync(Patience));

        var localDate = new DateOnly(2026, 6, 1);
        var states = new Dictionary<string, DeliveryState?>();
        foreach (var subscription in await services.Subscriptions.ListActiveAsync(CancellationToken.None))
        {
            states[subscription.Chat.ChatId] = (await ledger.GetAsync(subscription.Id, localDate, CancellationToken.None))?.State;
        }

        Assert.Equal(DeliveryState.Sent, states["c0"]);
        Assert.Equal(DeliveryState.Sent, states["c1"]);
        Assert.Equal(DeliveryState.Sending, states["c2"]);
        Assert.All(platform.Chats, chat => Assert.True(states[chat] == DeliveryState.Sent || chat == "c2", chat));
        Assert.All(states.Where(s => s.Value == DeliveryState.Sent), s => Assert.Contains(s.Key, platform.Chats));
    }

    [Fact]
    public async Task RunDueAsync_StoppedWithSendsInFlight_TheyFinishAndAreRecordedAndNoMoreStart()
    {
        // Three sends in flight when the host stops: they are let finish (the platform may have accepted them) and
        // recorded as sent; the other seven subscribers are left for the next run, untouched.
        var platform = new GatedPlatform(openAt: 3);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        platform.HoldUntil(["c0", "c1", "c2"], release.Task);
        using var services = await ServicesAsync(platform, subscribers: 10, concurrency: 3);
        using var stop = new CancellationTokenSource();

        var pass = services.Get<DeliveryService>().RunDueAsync(services.Clock.GetUtcNow(), stop.Token);
        await Eventually.TrueAsync(() => platform.MostInFlight == 3, Patience);
        await stop.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass.WaitAsync(Patience));
        Assert.Equal(["c0", "c1", "c2"], platform.Chats.Order());
        var localDate = new DateOnly(2026, 6, 1);
        foreach (var subscription in await services.Subscriptions.ListActiveAsync(CancellationToken.None))
        {
            var entry = await services.Ledger.GetAsync(subscription.Id, localDate, CancellationToken.None);
            Assert.Equal(platform.Chats.Contains(subscription.Chat.ChatId) ? DeliveryState.Sent : null, entry?.State);
        }
    }

    [Fact]
    public async Task RunDueAsync_StoppedAndASendHangs_ItIsCancelledAfterTheDrainTime()
    {
        var platform = new GatedPlatform(openAt: 1);
        platform.HoldUntil(["c0"], Task.Delay(Timeout.Infinite));
        using var services = await ServicesAsync(platform, subscribers: 1, concurrency: 1);
        using var stop = new CancellationTokenSource();

        var pass = services.Get<DeliveryService>().RunDueAsync(services.Clock.GetUtcNow(), stop.Token);
        await Eventually.TrueAsync(() => platform.MostInFlight == 1, Patience);
        await stop.CancelAsync();
        services.Clock.Advance(DeliveryService.SendDrainTime - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        Assert.False(pass.IsCompleted, "a send in flight was cancelled before the drain time");
        services.Clock.Advance(TimeSpan.FromMilliseconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass.WaitAsync(Patience));
    }

    [Fact]
    public async Task RunDueAsync_SendOutlastsTheLease_TheClaimIsRenewedSoNoOtherWorkerTakesIt()
    {
        var platform = new GatedPlatform(openAt: 1);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        platform.HoldUntil(["c0"], release.Task);
        using var services = await ServicesAsync(platform, subscribers: 1, concurrency: 1);
        var lease = services.Get<Microsoft.Extensions.Options.IOptions<BriefingOptions>>().Value.DeliveryLease;
        var subscription = Assert.Single(await services.Subscriptions.ListActiveAsync(CancellationToken.None));
        var localDate = new DateOnly(2026, 6, 1);

        var pass = services.Get<DeliveryService>().RunDueAsync(services.Clock.GetUtcNow(), CancellationToken.None);
        await Eventually.TrueAsync(() => platform.MostInFlight == 1, Patience);

        // Four thirds of the lease pass while the send is held (a briefing waiting out 429s): each third renews it.
        for (var third = 0; third < 4; third++)
        {
            services.Clock.Advance(lease / 3);
            var expected = services.Clock.GetUtcNow() + lease;
            await Eventually.TrueAsync(() => services.Ledger.GetAsync(subscription.Id, localDate, CancellationToken.None).Result?.LeaseUntil == expected, Patience);
        }

        // Another worker (or instance) finds the slot still claimed, past the original lease.
        Assert.False(await services.Ledger.TryClaimAsync(subscription.Id, localDate, services.Clock.GetUtcNow(), lease, 5, CancellationToken.None));

        release.SetResult();
        var report = await pass.WaitAsync(Patience);
        Assert.Equal(1, report.Sent);
        Assert.Equal(DeliveryState.Sent, (await services.Ledger.GetAsync(subscription.Id, localDate, CancellationToken.None))?.State);
    }

    private static async Task<CoreTestServices> ServicesAsync(GatedPlatform platform, int subscribers, int concurrency, IDeliveryLedger? ledger = null)
    {
        var services = new CoreTestServices(
            Created,
            new Dictionary<string, string?> { ["Briefing:MaxConcurrentDeliveries"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            s =>
            {
                s.Replace(ServiceDescriptor.Singleton<IChatPlatform>(platform));
                if (ledger is not null)
                {
                    s.Replace(ServiceDescriptor.Singleton(ledger));
                }
            });
        for (var i = 0; i < subscribers; i++)
        {
            await services.Subscriptions.UpsertAsync(new ChatAddress(FakeChatPlatform.DefaultPlatform, $"c{i}"), "u", new TimeOnly(7, 0), "Etc/UTC", Created, CancellationToken.None);
        }

        await services.Stories.AddAsync(StoryFactory.Create("Budget passes", Created), CancellationToken.None);
        services.Clock.SetUtcNow(Created.AddHours(7).AddMinutes(1));
        return services;
    }

    /// <summary>
    /// Holds every send until <c>openAt</c> sends are in flight together, then lets them go (sends to held chats wait
    /// for one more signal); counts the most in flight at once.
    /// </summary>
    private sealed class GatedPlatform(int openAt) : IChatPlatform
    {
        private readonly Lock _gate = new();
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> _chats = [];
        private HashSet<string> _held = [];
        private Task _release = Task.CompletedTask;
        private int _inFlight;

        public void HoldUntil(IEnumerable<string> chats, Task release)
        {
            _held = [.. chats];
            _release = release;
        }

        public string Platform => FakeChatPlatform.DefaultPlatform;

        public int MostInFlight { get; private set; }

        public IReadOnlyList<string> Chats
        {
            get
            {
                lock (_gate)
                {
                    return [.. _chats];
                }
            }
        }

        public async Task<SendResult> SendBriefingAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                _inFlight++;
                MostInFlight = Math.Max(MostInFlight, _inFlight);
                if (_inFlight >= openAt)
                {
                    _open.TrySetResult();
                }
            }

            await _open.Task.WaitAsync(Patience, cancellationToken);
            if (_held.Contains(chat.ChatId))
            {
                await _release.WaitAsync(Patience, cancellationToken);
            }

            await Task.Yield();
            lock (_gate)
            {
                _inFlight--;
            }

            lock (_gate)
            {
                _chats.Add(chat.ChatId);
            }

            return SendResult.Sent($"m-{chat.ChatId}");
        }

        public Task<ChannelCheck> CheckChannelAsync(ChatAddress home, ChatUser caller, string reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }

    /// <summary>An in-memory ledger whose "sent" write for one chat's subscription fails, as when the database goes away.</summary>
    private sealed class FailingLedger(string chatId) : IDeliveryLedger
    {
        private readonly Testing.Stores.InMemoryDeliveryLedger _inner = new();
        private readonly TaskCompletionSource _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private SubscriptionId? _failing;

        /// <summary>Completes once the failing write has been refused.</summary>
        public Task Failed => _failed.Task;

        public Task<bool> TryClaimAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken) =>
            _inner.TryClaimAsync(subscriptionId, localDate, now, lease, maxAttempts, cancellationToken);

        public Task<bool> ExtendLeaseAsync(SubscriptionId subscriptionId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
            _inner.ExtendLeaseAsync(subscriptionId, localDate, now, lease, cancellationToken);

        public Task MarkSentAsync(SubscriptionId subscriptionId, DateOnly localDate, string? platformMessageId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            if (platformMessageId == $"m-{chatId}")
            {
                _failing = subscriptionId;
                _failed.TrySetResult();
                throw new TimeoutException("The database did not answer.");
            }

            return _inner.MarkSentAsync(subscriptionId, localDate, platformMessageId, now, cancellationToken);
        }

        public Task MarkFailedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, bool permanent, DateTimeOffset now, CancellationToken cancellationToken) =>
            subscriptionId == _failing ? throw new InvalidOperationException("A send in doubt was marked failed.") : _inner.MarkFailedAsync(subscriptionId, localDate, reason, permanent, now, cancellationToken);

        public Task MarkSkippedAsync(SubscriptionId subscriptionId, DateOnly localDate, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
            _inner.MarkSkippedAsync(subscriptionId, localDate, reason, now, cancellationToken);

        public Task<DeliveryEntry?> GetAsync(SubscriptionId subscriptionId, DateOnly localDate, CancellationToken cancellationToken) =>
            _inner.GetAsync(subscriptionId, localDate, cancellationToken);
    }
}
