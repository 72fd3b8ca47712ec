using BriefingBot.Core.Chats;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Stores;

public abstract class SubscriptionStoreTests(StorageFixture fixture)
{
    private static readonly ChatAddress Chat = new("telegram", "-1001");
    private static readonly DateTimeOffset Monday = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task UpsertAsync_NewChat_CreatesActiveSubscription()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSubscriptionStore(database.Database);

        var created = await store.UpsertAsync(Chat, "42", new TimeOnly(7, 30), "Europe/London", Monday, CancellationToken.None);

        Assert.Equal(new Subscription(created.Id, Chat, "42", new TimeOnly(7, 30), "Europe/London", Monday, true, null), created);
        Assert.Equal(created, await store.GetAsync(created.Id, CancellationToken.None));
        Assert.Equal(created, await store.GetByChatAsync(Chat, CancellationToken.None));
    }

    [SkippableFact]
    public async Task UpsertAsync_DeactivatedChat_ReactivatesSameIdWithNewTimeZoneAndCreatedAt()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSubscriptionStore(database.Database);
        var first = await store.UpsertAsync(Chat, "42", new TimeOnly(7, 30), "Europe/London", Monday, CancellationToken.None);
        await store.DeactivateAsync(Chat, "unsubscribed", Monday.AddDays(1), CancellationToken.None);

        var again = await store.UpsertAsync(Chat, "43", new TimeOnly(8, 0), "Asia/Tokyo", Monday.AddDays(2), CancellationToken.None);

        Assert.Equal(new Subscription(first.Id, Chat, "43", new TimeOnly(8, 0), "Asia/Tokyo", Monday.AddDays(2), true, null), again);
    }

    [SkippableFact]
    public async Task DeactivateAsync_ActiveThenAgain_TrueThenFalse()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSubscriptionStore(database.Database);
        await store.UpsertAsync(Chat, "42", new TimeOnly(7, 0), "UTC", Monday, CancellationToken.None);

        Assert.True(await store.DeactivateAsync(Chat, "chat deleted", Monday, CancellationToken.None));
        Assert.False(await store.DeactivateAsync(Chat, "chat deleted", Monday, CancellationToken.None));
        var stored = await store.GetByChatAsync(Chat, CancellationToken.None);
        Assert.False(stored?.IsActive);
        Assert.Equal("chat deleted", stored?.DeactivatedReason);
    }

    [SkippableFact]
    public async Task DeactivateAsync_UnknownChat_False()
    {
        await using var database = await fixture.CreateDatabaseAsync();

        Assert.False(await new SqlSubscriptionStore(database.Database).DeactivateAsync(Chat, "x", Monday, CancellationToken.None));
    }

    [SkippableFact]
    public async Task ListActiveAsync_MixedChats_OnlyActiveOnesAndThreadsApart()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSubscriptionStore(database.Database);
        var thread = new ChatAddress("telegram", "-1001", "7");
        var discord = new ChatAddress("discord", "-1001");
        await store.UpsertAsync(Chat, "1", new TimeOnly(7, 0), "UTC", Monday, CancellationToken.None);
        await store.UpsertAsync(thread, "2", new TimeOnly(8, 0), "UTC", Monday, CancellationToken.None);
        await store.UpsertAsync(discord, "3", new TimeOnly(9, 0), "UTC", Monday, CancellationToken.None);
        await store.DeactivateAsync(Chat, "unsubscribed", Monday, CancellationToken.None);

        var active = await store.ListActiveAsync(CancellationToken.None);

        Assert.Equal([thread, discord], active.Select(s => s.Chat));
    }

    [SkippableFact]
    public async Task ListDeliveringToAsync_TwoChatsPostInOneChannel_BothActiveOrNotAndNoOther()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSubscriptionStore(database.Database);
        var channel = new DeliveryTarget(new ChatAddress("telegram", "-100777"), "@news");
        var other = new ChatAddress("telegram", "-1002");
        var elsewhere = new ChatAddress("telegram", "-1003");
        await store.UpsertAsync(Chat, "1", new TimeOnly(7, 0), "UTC", Monday, CancellationToken.None);
        await store.UpsertAsync(other, "2", new TimeOnly(8, 0), "UTC", Monday, CancellationToken.None);
        await store.UpsertAsync(elsewhere, "3", new TimeOnly(9, 0), "UTC", Monday, CancellationToken.None);
        await store.SetDeliveryTargetAsync(Chat, channel, CancellationToken.None);
        await store.SetDeliveryTargetAsync(other, channel, CancellationToken.None);
        await store.SetDeliveryTargetAsync(elsewhere, new DeliveryTarget(new ChatAddress("telegram", "-100888"), "@other"), CancellationToken.None);
        await store.DeactivateAsync(other, "unsubscribed", Monday, CancellationToken.None);

        var delivering = await store.ListDeliveringToAsync(channel.Chat, CancellationToken.None);

        Assert.Equal([Chat, other], delivering.Select(s => s.Chat));
        Assert.Empty(await store.ListDeliveringToAsync(Chat, CancellationToken.None));
    }

    [SkippableFact]
    public async Task SetDeliveryTargetAsync_SetThenClear_ReadBackEverywhereAndKeptByResubscribe()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSubscriptionStore(database.Database);
        var channel = new DeliveryTarget(new ChatAddress("telegram", "-100777"), "@newschannel");
        await store.UpsertAsync(Chat, "42", new TimeOnly(7, 0), "UTC", Monday, CancellationToken.None);

        Assert.True(await store.SetDeliveryTargetAsync(Chat, channel, CancellationToken.None));
        var stored = await store.GetByChatAsync(Chat, CancellationToken.None);
        Assert.Equal(channel, stored?.DeliverTo);
        Assert.Equal(channel.Chat, stored?.Destination);
        Assert.Equal(channel, Assert.Single(await store.ListActiveAsync(CancellationToken.None)).DeliverTo);

        await store.DeactivateAsync(Chat, "unsubscribed", Monday, CancellationToken.None);
        var again = await store.UpsertAsync(Chat, "43", new TimeOnly(8, 0), "UTC", Monday.AddDays(1), CancellationToken.None);
        Assert.Equal(channel, again.DeliverTo);

        Assert.True(await store.SetDeliveryTargetAsync(Chat, null, CancellationToken.None));
        stored = await store.GetByChatAsync(Chat, CancellationToken.None);
        Assert.Null(stored?.DeliverTo);
        Assert.Equal(Chat, stored?.Destination);
    }

    [SkippableFact]
    public async Task SetDeliveryTargetAsync_InactiveSubscription_SetAndStillInactive()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSubscriptionStore(database.Database);
        await store.UpsertAsync(Chat, "42", new TimeOnly(7, 0), "UTC", Monday, CancellationToken.None);
        await store.DeactivateAsync(Chat, "Posting to @old failed", Monday, CancellationToken.None);

        Assert.True(await store.SetDeliveryTargetAsync(Chat, new DeliveryTarget(new ChatAddress("telegram", "-100778"), "@new"), CancellationToken.None));

        var stored = await store.GetByChatAsync(Chat, CancellationToken.None);
        Assert.False(stored?.IsActive);
        Assert.Equal("@new", stored?.DeliverTo?.Name);
    }

    [SkippableFact]
    public async Task SetDeliveryTargetAsync_NoSubscription_FalseAndNothingCreated()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSubscriptionStore(database.Database);

        Assert.False(await store.SetDeliveryTargetAsync(Chat, new DeliveryTarget(new ChatAddress("telegram", "-100777"), "@news"), CancellationToken.None));
        Assert.Null(await store.GetByChatAsync(Chat, CancellationToken.None));
    }

    [SkippableFact]
    public async Task SetDeliveryTargetAsync_OtherPlatform_Refused()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlSubscriptionStore(database.Database);
        await store.UpsertAsync(Chat, "42", new TimeOnly(7, 0), "UTC", Monday, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SetDeliveryTargetAsync(Chat, new DeliveryTarget(new ChatAddress("discord", "555"), "<#555>"), CancellationToken.None));
    }

    [SkippableFact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        await using var database = await fixture.CreateDatabaseAsync();

        Assert.Null(await new SqlSubscriptionStore(database.Database).GetAsync(new SubscriptionId(9), CancellationToken.None));
    }
}
