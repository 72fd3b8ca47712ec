using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Moderation;
using BriefingBot.Core.Tests.Topics;
using BriefingBot.Core.Topics;
using BriefingBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Core.Tests.Moderation;

/// <summary>"/filter add|list|remove|test" through the parser and dispatcher, and the filter applied to briefings.</summary>
public sealed class FilterCommandsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Chat = new("fake", "group-1");
    private static readonly ChatAddress Other = new("fake", "group-2");

    private readonly CoreTestServices _services = new(Now, configure: services =>
        services.Replace(ServiceDescriptor.Singleton<ITopicClassifier>(new TopicClassifier(TopicTestData.Taxonomy()))));

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task FilterAdd_TypedWithSubcommand_StoresRuleAndAudits()
    {
        var outcome = await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add include-keyword Kishida");

        Assert.Contains("Added filter rule 1: include-keyword Kishida", Assert.IsType<MessageOutcome>(outcome).Text, StringComparison.Ordinal);
        Assert.Equal([new FilterRule(FilterRuleKind.IncludeKeyword, "Kishida")], (await _services.Filters.GetAsync(Chat, CancellationToken.None)).Rules);
        var entry = Assert.Single(_services.Audit.Entries);
        Assert.Equal(("mod-1", "Ana Moderator", "filter add", "rule 1: include-keyword Kishida"), (entry.ActorId, entry.ActorName, entry.Action, entry.Detail));
        Assert.Equal(Now, entry.At);
    }

    [Fact]
    public async Task FilterAdd_PhraseInQuotes_KeepsTheWholePhrase()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add exclude-keyword \"world cup\"");

        Assert.Equal("world cup", Assert.Single((await _services.Filters.GetAsync(Chat, CancellationToken.None)).Rules).Value);
    }

    [Fact]
    public async Task FilterAdd_TenThousandCharacterKeyword_RefusedWithLimit()
    {
        var outcome = await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add exclude-keyword " + new string('x', 10_000));

        var usage = Assert.IsType<UsageError>(outcome);
        Assert.Contains("at most 100 characters", usage.Problem, StringComparison.Ordinal);
        Assert.Contains("10000", usage.Problem, StringComparison.Ordinal);
        Assert.Empty((await _services.Filters.GetAsync(Chat, CancellationToken.None)).Rules);
        Assert.Empty(_services.Audit.Entries);
    }

    [Fact]
    public async Task FilterAdd_TenThousandCharacterRegex_Refused()
    {
        var outcome = await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add include-regex " + new string('a', 10_000));

        Assert.Contains("at most 200 characters", Assert.IsType<UsageError>(outcome).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(unclosed", "not a valid regular expression")]
    [InlineData("(a)\\1", "safe regex engine does not support")]
    public async Task FilterAdd_BadRegex_RefusedWithReason(string pattern, string expected)
    {
        var outcome = await _services.SendAsync(Chat, AccessLevel.Moderator, $"/filter add exclude-regex {pattern}");

        Assert.Contains(expected, Assert.IsType<UsageError>(outcome).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterAdd_UnknownKindOrTopic_UsageErrors()
    {
        var kind = Assert.IsType<UsageError>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add include-colour red"));
        var topic = Assert.IsType<UsageError>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add include-topic knitting"));

        Assert.Contains("include-keyword", kind.Problem, StringComparison.Ordinal);
        Assert.Equal("/filter add <kind> <value>", kind.Command.Usage);
        Assert.Contains("There is no topic 'knitting'", topic.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterWithoutSubcommand_SaysWhatItDoes()
    {
        var usage = Assert.IsType<UsageError>(await _services.SendAsync(Chat, AccessLevel.Member, "/filter"));

        Assert.Equal("/filter add|list|remove|test", usage.Command.Usage);
        Assert.Contains("add, list, remove, test", usage.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterList_Member_MayReadNumberedRules()
    {
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add exclude-topic sport");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add deny-source tabloid");

        var list = Assert.IsType<ListOutcome>(await _services.SendAsync(Chat, AccessLevel.Member, "/filter list"));

        Assert.Equal([(1, "exclude-topic sport"), (2, "deny-source tabloid")], list.Entries.Select(e => (e.Number ?? 0, e.Text)));
    }

    [Fact]
    public async Task FilterRemove_MiddleRule_RenumbersAndAudits()
    {
        foreach (var word in new[] { "alpha", "beta", "gamma" })
        {
            await _services.SendAsync(Chat, AccessLevel.Moderator, $"/filter add exclude-keyword {word}");
        }

        Assert.IsType<MessageOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter remove 2"));
        var missing = await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter remove 3");

        Assert.IsType<NotFound>(missing);
        Assert.Equal(["alpha", "gamma"], (await _services.Filters.GetAsync(Chat, CancellationToken.None)).Rules.Select(r => r.Value));
        Assert.Equal("rule 2: exclude-keyword beta", _services.Audit.Entries[^1].Detail);
    }

    [Fact]
    public async Task FilterMember_AddOrRemove_Denied()
    {
        var add = await _services.SendAsync(Chat, AccessLevel.Member, "/filter add exclude-keyword football");

        Assert.Equal("filter add", Assert.IsType<Denied>(add).Command.Path);
        Assert.Empty((await _services.Filters.GetAsync(Chat, CancellationToken.None)).Rules);
    }

    [Fact]
    public async Task Briefing_ChatFilter_AppliedOnlyToThatChat()
    {
        await AddStoryAsync("Striker scores late goal in the football match", "sports-wire");
        await AddStoryAsync("New software update for every computer", "tech-wire");
        await AddStoryAsync("Parliament passes the budget", "politics-wire");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add exclude-topic sports");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add deny-source politics-wire");

        var filtered = Assert.IsType<BriefingOutcome>(await _services.SendAsync(Chat, AccessLevel.Member, "/briefing")).Briefing;
        var other = Assert.IsType<BriefingOutcome>(await _services.SendAsync(Other, AccessLevel.Member, "/briefing")).Briefing;

        Assert.Equal(["New software update for every computer"], filtered.Items.Select(i => i.Title));
        Assert.Equal(3, other.Items.Count);
    }

    [Fact]
    public async Task Briefing_IncludeTopic_RanksThatTopicFirst()
    {
        await AddStoryAsync("New software update for every computer", "tech-wire", Now.AddHours(-6));
        await AddStoryAsync("Striker scores late goal in the football match", "sports-wire", Now.AddMinutes(-5));
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add include-topic tech");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add include-keyword striker");

        var briefing = Assert.IsType<BriefingOutcome>(await _services.SendAsync(Chat, AccessLevel.Member, "/briefing")).Briefing;

        Assert.Equal(["New software update for every computer", "Striker scores late goal in the football match"], briefing.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task FilterTest_ListsPassingStoriesAndWhyOthersAreLeftOut()
    {
        await AddStoryAsync("Kishida meets Biden in Tokyo", "wire");
        await AddStoryAsync("Football final tonight", "wire");
        await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add exclude-keyword football");

        var test = Assert.IsType<ListOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter test"));

        Assert.StartsWith("Filter test: 1 of 2 stories", test.Title, StringComparison.Ordinal);
        Assert.Contains(test.Entries, e => e.Text == "passes: Kishida meets Biden in Tokyo" && e.Details[0] == "no rule excludes it");
        Assert.Contains(test.Entries, e => e.Text == "left out: Football final tonight" && e.Details[0] == "excluded by keyword 'football'");
    }

    [Fact]
    public async Task FilterTest_RegexBombOnFiftyThousandCharacterLine_Completes()
    {
        await AddStoryAsync("A very long line", "wire", text: new string('a', 50_000) + "!");
        Assert.IsType<MessageOutcome>(await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter add exclude-regex (a+)+$"));

        var test = await _services.SendAsync(Chat, AccessLevel.Moderator, "/filter test").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(Assert.IsType<ListOutcome>(test).Entries, e => e.Text == "passes: A very long line");
    }

    [Theory]
    [InlineData("東京", "地震で東京の電車が止まった", true)]
    [InlineData("zurich", "Banks in Zürich report record profits", true)]
    [InlineData("ZÜRICH", "zurich banks report record profits", true)]
    [InlineData("Москва", "Делегация прибыла в МОСКВУ и в москва-сити", true)]
    [InlineData("Москва", "Делегация прибыла в Петербург", false)]
    [InlineData("Kishida", "Kishidas cousin opened a shop", false)]
    [InlineData("straße", "Die STRASSE bleibt gesperrt", true)]
    public async Task FilterIncludeKeyword_UnicodeAndMixedScripts_MatchedByFoldedWholeWords(string keyword, string title, bool passes)
    {
        await AddStoryAsync(title, "wire");
        await _services.SendAsync(Chat, AccessLevel.Moderator, $"/filter add include-keyword {keyword}");

        var briefing = Assert.IsType<BriefingOutcome>(await _services.SendAsync(Chat, AccessLevel.Member, "/briefing")).Briefing;

        Assert.Equal(passes, briefing.Items.Count == 1);
    }

    private Task<Stories.StoryAddResult> AddStoryAsync(string title, string sourceId, DateTimeOffset? at = null, string? text = null) =>
        _services.Stories.AddAsync(StoryFactory.Create(title, at ?? Now.AddMinutes(-30), sourceId, text: text), CancellationToken.None);
}
