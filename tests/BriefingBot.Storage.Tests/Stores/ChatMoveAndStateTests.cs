using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Stores;

/// <summary>A Telegram group upgraded to a supergroup keeps its subscription, settings and last briefing; adapter state persists.</summary>
public abstract class ChatMoveAndStateTests(StorageFixture fixture)
{
    private static readonly ChatAddress Group = new("telegram", "-42");
    private static readonly ChatAddress Supergroup = new("telegram", "-10042");
    private static readonly DateTimeOffset Monday = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task MoveChatAsync_GroupUpgraded_SubscriptionSettingsAndBriefingFollow()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var subscriptions = new SqlSubscriptionStore(database.Database);
        var chats = new SqlChatStore(database.Database);
        var created = await subscriptions.UpsertAsync(Group, "7", new TimeOnly(7, 0), "Europe/Berlin", Monday, CancellationToken.None);
        await chats.SaveSettingsAsync(new ChatSettings(Group, 8), CancellationToken.None);
        await chats.SaveLastBriefingAsync(new BriefingRecord(Group, Monday, [new StoryId(3)]), CancellationToken.None);

        var moved = await subscriptions.MoveChatAsync(Group, Supergroup, CancellationToken.None);
        await chats.MoveChatAsync(Group, Supergroup, CancellationToken.None);

        Assert.True(moved);
        Assert.Null(await subscriptions.GetByChatAsync(Group, CancellationToken.None));
        Assert.Equal(created.Id, (await subscriptions.GetByChatAsync(Supergroup, CancellationToken.None))?.Id);
        Assert.Equal(8, (await chats.GetSettingsAsync(Supergroup, CancellationToken.None))?.ItemsPerBriefing);
        Assert.Equal([new StoryId(3)], (await chats.GetLastBriefingAsync(Supergroup, CancellationToken.None))?.StoryIds);
        Assert.Null(await chats.GetSettingsAsync(Group, CancellationToken.None));
    }

    [SkippableFact]
    public async Task MoveChatAsync_TargetAlreadySubscribed_LeavesBothAlone()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var subscriptions = new SqlSubscriptionStore(database.Database);
        await subscriptions.UpsertAsync(Group, "7", new TimeOnly(7, 0), "Europe/Berlin", Monday, CancellationToken.None);
        await subscriptions.UpsertAsync(Supergroup, "7", new TimeOnly(9, 0), "Europe/Berlin", Monday, CancellationToken.None);

        Assert.False(await subscriptions.MoveChatAsync(Group, Supergroup, CancellationToken.None));
        Assert.Equal(new TimeOnly(7, 0), (await subscriptions.GetByChatAsync(Group, CancellationToken.None))?.DeliveryTime);
    }

    [SkippableFact]
    public async Task MoveChatAsync_GroupUpgraded_OwnTargetKeptAndChatsPostingThereFollow()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var subscriptions = new SqlSubscriptionStore(database.Database);
        var other = new ChatAddress("telegram", "-77");
        var channel = new DeliveryTarget(new ChatAddress("telegram", "-100500"), "@news");
        await subscriptions.UpsertAsync(Group, "7", new TimeOnly(7, 0), "Europe/Berlin", Monday, CancellationToken.None);
        await subscriptions.SetDeliveryTargetAsync(Group, channel, CancellationToken.None);
        await subscriptions.UpsertAsync(other, "8", new TimeOnly(8, 0), "Europe/Berlin", Monday, CancellationToken.None);
        await subscriptions.SetDeliveryTargetAsync(other, new DeliveryTarget(Group, "Old group"), CancellationToken.None);

        Assert.True(await subscriptions.MoveChatAsync(Group, Supergroup, CancellationToken.None));

        Assert.Equal(channel, (await subscriptions.GetByChatAsync(Supergroup, CancellationToken.None))?.DeliverTo);
        Assert.Equal(new DeliveryTarget(Supergroup, "Old group"), (await subscriptions.GetByChatAsync(other, CancellationToken.None))?.DeliverTo);
    }

    [SkippableFact]
    public async Task StateStore_SetGetOverwriteDelete_RoundTrips()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var state = new SqlStateStore(database.Database);

        await state.SetAsync("telegram", "offset", "100", Monday, CancellationToken.None);
        await state.SetAsync("telegram", "offset", "101", Monday, CancellationToken.None);
        await state.SetAsync("discord", "offset", "x", Monday, CancellationToken.None);

        Assert.Equal("101", await state.GetAsync("telegram", "offset", CancellationToken.None));
        Assert.True(await state.DeleteAsync("telegram", "offset", CancellationToken.None));
        Assert.False(await state.DeleteAsync("telegram", "offset", CancellationToken.None));
        Assert.Null(await state.GetAsync("telegram", "offset", CancellationToken.None));
        Assert.Equal("x", await state.GetAsync("discord", "offset", CancellationToken.None));
    }
}
