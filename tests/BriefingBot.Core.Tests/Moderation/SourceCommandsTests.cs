using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.News;
using BriefingBot.Testing;
using BriefingBot.Testing.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Moderation;

/// <summary>"/source add|list|remove": feeds checked before they are accepted (SSRF guard), read by the cycle, delivered to their chat.</summary>
public sealed class SourceCommandsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Chat = new("fake", "group-1");
    private static readonly ChatAddress Other = new("fake", "group-2");

    private static readonly string Feed = $"""
        <rss version="2.0"><channel><title>Harbour Gazette</title>
        <item><title>Ferry timetable changes for spring</title><link>https://gazette.example/ferry</link>
        <description>The ferry company changes its spring timetable. Boats leave earlier on weekdays.</description>
        <pubDate>{Now.AddHours(-2):R}</pubDate></item>
        </channel></rss>
        """;

    [Theory]
    [InlineData("http://127.0.0.1/feed")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/feed")]
    [InlineData("http://10.0.0.5/rss")]
    public async Task SourceAdd_PrivateAddress_Refused(string url)
    {
        using var services = new CoreTestServices(Now);

        var outcome = await services.SendAsync(Chat, AccessLevel.Moderator, $"/source add {url}");

        Assert.Contains("non-public address", Assert.IsType<MessageOutcome>(outcome).Text, StringComparison.Ordinal);
        Assert.Empty(await services.ChatSources.ListAsync(Chat, CancellationToken.None));
        Assert.Empty(services.Audit.Entries);
    }

    [Fact]
    public async Task SourceAdd_NameResolvingToLoopback_RefusedBeforeAnyRequest()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed));
        using var services = new CoreTestServices(Now);

        var outcome = await services.SendAsync(Chat, AccessLevel.Moderator, $"/source add http://localhost:{server.BaseUri.Port}/feed");

        Assert.Contains("non-public address", Assert.IsType<MessageOutcome>(outcome).Text, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task SourceAdd_RedirectToPrivateAddress_Refused()
    {
        await using var inside = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed));
        await using var outside = new FakeHttpServer(_ => FakeHttpResponse.Empty(302, new Dictionary<string, string> { ["Location"] = inside.Url("secret").AbsoluteUri }));
        var options = new NewsOptions { AllowPrivateAddresses = false };

        // Only the "outside" server's port plays a public address; everything else on loopback is private.
        var handler = FeedHttpHandler.Create(options, (_, port) => port == outside.BaseUri.Port);
        using var services = new CoreTestServices(Now, configure: s => s.Replace(ServiceDescriptor.Singleton<IFeedFetcher>(provider => new FeedFetcher(
            new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, Options.Create(options), provider.GetRequiredService<TimeProvider>(), NullLogger<FeedFetcher>.Instance))));

        var outcome = await services.SendAsync(Chat, AccessLevel.Moderator, $"/source add {outside.Url("feed")}");

        Assert.Contains("non-public address", Assert.IsType<MessageOutcome>(outcome).Text, StringComparison.Ordinal);
        Assert.Single(outside.Requests);
        Assert.Empty(inside.Requests);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("ftp://example.com/feed")]
    public async Task SourceAdd_NotHttp_UsageError(string url)
    {
        using var services = new CoreTestServices(Now);

        var outcome = await services.SendAsync(Chat, AccessLevel.Moderator, $"/source add {url}");

        Assert.Contains("not an http(s) address", Assert.IsType<UsageError>(outcome).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourceAdd_NotAFeed_Refused()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text("<html><body>hello</body></html>", "text/html"));
        using var services = AllowingLoopback();

        var outcome = await services.SendAsync(Chat, AccessLevel.Moderator, $"/source add {server.Url("page")}");

        Assert.StartsWith("The feed was not added", Assert.IsType<MessageOutcome>(outcome).Text, StringComparison.Ordinal);
        Assert.Empty(await services.ChatSources.ListAsync(Chat, CancellationToken.None));
    }

    [Fact]
    public async Task SourceAdd_ValidFeed_IngestedAndDeliveredOnlyToThatChat()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed));
        using var services = AllowingLoopback();

        var added = await services.SendAsync(Chat, AccessLevel.Moderator, $"/source add {server.Url("rss")}");
        var again = await services.SendAsync(Chat, AccessLevel.Moderator, $"/source add {server.Url("rss")}");
        await services.Get<NewsCycle>().RunAsync(CancellationToken.None);

        Assert.Contains("Added feed 1: Harbour Gazette", Assert.IsType<MessageOutcome>(added).Text, StringComparison.Ordinal);
        Assert.Contains("already reads", Assert.IsType<MessageOutcome>(again).Text, StringComparison.Ordinal);
        var own = Assert.IsType<BriefingOutcome>(await services.SendAsync(Chat, AccessLevel.Member, "/briefing")).Briefing;
        var other = Assert.IsType<BriefingOutcome>(await services.SendAsync(Other, AccessLevel.Member, "/briefing")).Briefing;
        Assert.Equal(["Ferry timetable changes for spring"], own.Items.Select(i => i.Title));
        Assert.Empty(other.Items);
        Assert.Equal("source add", Assert.Single(services.Audit.Entries).Action);
    }

    [Fact]
    public async Task SourceList_ShowsHealth_AndRemoveDropsTheFeed()
    {
        await using var server = new FakeHttpServer(_ => FakeHttpResponse.Text(Feed));
        using var services = AllowingLoopback();
        await services.SendAsync(Chat, AccessLevel.Moderator, $"/source add {server.Url("rss")}");
        await services.Get<NewsCycle>().RunAsync(CancellationToken.None);

        var list = Assert.IsType<ListOutcome>(await services.SendAsync(Chat, AccessLevel.Moderator, "/source list"));
        var removed = await services.SendAsync(Chat, AccessLevel.Moderator, "/source remove 1");

        var entry = Assert.Single(list.Entries);
        Assert.Equal(1, entry.Number);
        Assert.StartsWith("Harbour Gazette — http://127.0.0.1:", entry.Text, StringComparison.Ordinal);
        Assert.Equal(["last read: 2026-03-02 09:00 UTC (0 min ago)", "1 story in the last 24 h"], entry.Details.Take(2));
        Assert.Matches("^source id chat-[0-9a-f]{12} ", entry.Details[2]);
        Assert.Contains("Removed feed 1: Harbour Gazette", Assert.IsType<MessageOutcome>(removed).Text, StringComparison.Ordinal);
        Assert.Empty(await services.ChatSources.ListAsync(Chat, CancellationToken.None));
        Assert.IsType<NotFound>(await services.SendAsync(Chat, AccessLevel.Moderator, "/source remove 1"));
    }

    [Fact]
    public async Task FailingFeed_ReportedOnceInTheNextBriefing_AfterADay()
    {
        var failing = false;
        await using var server = new FakeHttpServer(_ => failing ? FakeHttpResponse.Empty(503) : FakeHttpResponse.Text(Feed));
        using var services = AllowingLoopback();
        await services.SendAsync(Chat, AccessLevel.Moderator, $"/source add {server.Url("rss")}");
        await services.Get<NewsCycle>().RunAsync(CancellationToken.None);
        failing = true;

        services.Clock.Advance(TimeSpan.FromHours(12));
        await services.Get<NewsCycle>().RunAsync(CancellationToken.None);
        var early = await BriefingWithNewsAsync(services, "Half a day later");
        services.Clock.Advance(TimeSpan.FromHours(13));
        await services.Get<NewsCycle>().RunAsync(CancellationToken.None);
        var due = await BriefingWithNewsAsync(services, "A day later");
        var after = await BriefingWithNewsAsync(services, "And again");

        Assert.Empty(early.Notices);
        Assert.Contains("Harbour Gazette", Assert.Single(due.Notices).Text, StringComparison.Ordinal);
        Assert.Contains("503", due.Notices[0].Text, StringComparison.Ordinal);
        Assert.Empty(after.Notices);
    }

    private static async Task<Core.Briefings.Briefing> BriefingWithNewsAsync(CoreTestServices services, string title)
    {
        await services.Stories.AddAsync(StoryFactory.Create(title, services.Clock.GetUtcNow()), CancellationToken.None);
        return Assert.IsType<BriefingOutcome>(await services.SendAsync(Chat, AccessLevel.Member, "/briefing")).Briefing;
    }

    private static CoreTestServices AllowingLoopback() => new(Now, new Dictionary<string, string?>
    {
        ["News:AllowPrivateAddresses"] = "true",
        ["News:FetchArticles"] = "false",
        ["News:UseSamples"] = "Never",
        ["News:FeedsFile"] = "no-such-feeds.json",
    });
}
