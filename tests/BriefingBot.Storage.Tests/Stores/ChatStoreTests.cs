using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Stories;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Stores;

public abstract class ChatStoreTests(StorageFixture fixture)
{
    private static readonly ChatAddress Chat = new("discord", "123", "456");

    [SkippableFact]
    public async Task GetSettingsAsync_UnknownChat_ReturnsNull()
    {
        await using var database = await fixture.CreateDatabaseAsync();

        Assert.Null(await new SqlChatStore(database.Database).GetSettingsAsync(Chat, CancellationToken.None));
    }

    [SkippableFact]
    public async Task SaveSettingsAsync_Twice_LastOneWins()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlChatStore(database.Database);
        await store.SaveSettingsAsync(new ChatSettings(Chat, 5), CancellationToken.None);

        await store.SaveSettingsAsync(new ChatSettings(Chat, 8), CancellationToken.None);

        Assert.Equal(new ChatSettings(Chat, 8), await store.GetSettingsAsync(Chat, CancellationToken.None));
        Assert.Null(await store.GetSettingsAsync(new ChatAddress("discord", "123"), CancellationToken.None));
    }

    [SkippableFact]
    public async Task SaveLastBriefingAsync_Twice_KeepsLatestInItemOrder()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlChatStore(database.Database);
        var sentAt = new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.FromHours(9));
        await store.SaveLastBriefingAsync(new BriefingRecord(Chat, sentAt, [new StoryId(1)]), CancellationToken.None);

        await store.SaveLastBriefingAsync(new BriefingRecord(Chat, sentAt.AddDays(1), [new StoryId(9), new StoryId(3), new StoryId(5)]), CancellationToken.None);
        var last = await store.GetLastBriefingAsync(Chat, CancellationToken.None);

        Assert.Equal(sentAt.AddDays(1), last?.SentAt);
        Assert.Equal([new StoryId(9), new StoryId(3), new StoryId(5)], last?.StoryIds);
    }

    [SkippableFact]
    public async Task GetLastBriefingAsync_NoneSent_ReturnsNull()
    {
        await using var database = await fixture.CreateDatabaseAsync();

        Assert.Null(await new SqlChatStore(database.Database).GetLastBriefingAsync(Chat, CancellationToken.None));
    }
}
