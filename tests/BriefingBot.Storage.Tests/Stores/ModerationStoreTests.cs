using BriefingBot.Core.Chats;
using BriefingBot.Core.Moderation;
using BriefingBot.Core.News;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Stores;

/// <summary>The stores of migration 6: filter rules, chat-added sources, the audit log, quiet days.</summary>
public abstract class ModerationStoreTests(StorageFixture fixture)
{
    private static readonly ChatAddress Chat = new("telegram", "-100200");
    private static readonly ChatAddress Other = new("discord", "77", "88");
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task FilterStore_AddThenRemoveMiddle_KeepsOrderAndRenumbers()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlChatFilterStore(database.Database);
        var rules = new[]
        {
            new FilterRule(FilterRuleKind.IncludeTopic, "technology"),
            new FilterRule(FilterRuleKind.ExcludeKeyword, "Zürich 東京"),
            new FilterRule(FilterRuleKind.ExcludePattern, "(a+)+$"),
        };
        foreach (var rule in rules)
        {
            await store.AddAsync(Chat, rule, "u1", Noon, CancellationToken.None);
        }

        Assert.Equal(1, await store.AddAsync(Other, rules[0], "u2", Noon, CancellationToken.None));
        Assert.Equal(rules, (await store.GetAsync(Chat, CancellationToken.None)).Rules);

        Assert.Equal(rules[1], await store.RemoveAsync(Chat, 2, CancellationToken.None));
        Assert.Null(await store.RemoveAsync(Chat, 3, CancellationToken.None));
        Assert.Equal(3, await store.AddAsync(Chat, rules[1], "u1", Noon, CancellationToken.None));
        Assert.Equal([rules[0], rules[2], rules[1]], (await store.GetAsync(Chat, CancellationToken.None)).Rules);
        Assert.Single((await store.GetAsync(Other, CancellationToken.None)).Rules);
    }

    [SkippableFact]
    public async Task FilterStore_UnknownChat_IsEmpty()
    {
        await using var database = await fixture.CreateDatabaseAsync();

        Assert.Same(ChatFilter.Empty, await new SqlChatFilterStore(database.Database).GetAsync(Chat, CancellationToken.None));
    }

    [SkippableFact]
    public async Task ChatSourceStore_AddListRemove_PerChatAndNoDuplicates()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var store = new SqlChatSourceStore(database.Database);
        var a = new ChatSource(Chat, "chat-aaaaaaaaaaaa", "A feed", "https://a.example/rss", "u1", Noon);
        var b = new ChatSource(Chat, "chat-bbbbbbbbbbbb", "B feed", "https://b.example/rss", "u1", Noon.AddMinutes(1));

        Assert.True(await store.AddAsync(a, CancellationToken.None));
        Assert.True(await store.AddAsync(b, CancellationToken.None));
        Assert.False(await store.AddAsync(a with { AddedAt = Noon.AddHours(1) }, CancellationToken.None));
        Assert.True(await store.AddAsync(a with { Chat = Other }, CancellationToken.None));

        Assert.Equal([a, b], await store.ListAsync(Chat, CancellationToken.None));
        Assert.Equal(3, (await store.ListAllAsync(CancellationToken.None)).Count);

        await store.SetFailureReportedAsync(Chat, b.SourceId, Noon.AddDays(1), CancellationToken.None);
        Assert.Equal(Noon.AddDays(1), (await store.ListAsync(Chat, CancellationToken.None))[1].FailureReportedAt);

        Assert.Equal(a, await store.RemoveAsync(Chat, 1, CancellationToken.None));
        Assert.Null(await store.RemoveAsync(Chat, 2, CancellationToken.None));
        Assert.Equal([b.SourceId], (await store.ListAsync(Chat, CancellationToken.None)).Select(s => s.SourceId));
        Assert.Equal([a with { Chat = Other }], await store.ListAsync(Other, CancellationToken.None));
    }

    [SkippableFact]
    public async Task AuditLog_ListRecent_NewestFirstPerChatWithinLimit()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var log = new SqlAuditLog(database.Database);
        for (var i = 0; i < 5; i++)
        {
            await log.AppendAsync(new AuditEntry(Chat, "u1", "Ana Ñúñez", "filter add", $"rule {i}", Noon.AddMinutes(i)), CancellationToken.None);
        }

        await log.AppendAsync(new AuditEntry(Other, "u2", "Bo", "source add", "x", Noon), CancellationToken.None);

        var recent = await log.ListRecentAsync(Chat, 3, CancellationToken.None);

        Assert.Equal(["rule 4", "rule 3", "rule 2"], recent.Select(e => e.Detail));
        Assert.Equal(new AuditEntry(Chat, "u1", "Ana Ñúñez", "filter add", "rule 4", Noon.AddMinutes(4)), recent[0]);
    }

    [SkippableFact]
    public async Task ChatStore_QuietDays_RoundTripAndMoveWithTheChat()
    {
        await using var database = await fixture.CreateDatabaseAsync();
        var chats = new SqlChatStore(database.Database);
        var quiet = WeekDays.Of([DayOfWeek.Monday, DayOfWeek.Sunday]);
        await chats.SaveSettingsAsync(new ChatSettings(Chat, 7, quiet), CancellationToken.None);
        await new SqlChatFilterStore(database.Database).AddAsync(Chat, new FilterRule(FilterRuleKind.DenySource, "bbc"), "u1", Noon, CancellationToken.None);

        Assert.Equal(new ChatSettings(Chat, 7, quiet), await chats.GetSettingsAsync(Chat, CancellationToken.None));

        await chats.MoveChatAsync(Chat, Other, CancellationToken.None);

        Assert.Equal(new ChatSettings(Other, 7, quiet), await chats.GetSettingsAsync(Other, CancellationToken.None));
        Assert.Single((await new SqlChatFilterStore(database.Database).GetAsync(Other, CancellationToken.None)).Rules);
    }
}
