using System.Text.Json;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;

using static BriefingBot.Discord.Tests.DiscordInteractions;

namespace BriefingBot.Discord.Tests.Commands;

/// <summary>"/channel set|show|clear" through the interaction handler against the fake Discord, and briefings landing in the chosen channel.</summary>
public sealed class DiscordChannelCommandTests : FakeDiscordTests
{
    private const string Home = "77";
    private const string News = "555";
    private const string ModeratorPermissions = "32";
    private static readonly ChatAddress HomeChat = new(DiscordInvocations.Platform, Home);
    private static readonly DateTimeOffset Start = DiscordTestServices.Start;

    private CoreTestServices _services = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _services = DiscordTestServices.Create(Server, c => c["Discord:DeferAfter"] = "00:00:05");
        await _services.Subscriptions.UpsertAsync(HomeChat, "7", new TimeOnly(7, 0), "Etc/UTC", Start, CancellationToken.None);
    }

    public override Task DisposeAsync()
    {
        _services.Dispose();
        return base.DisposeAsync();
    }

    [Fact]
    public void Build_ChannelSet_ChannelOptionOfTextAndAnnouncementChannels()
    {
        var json = JsonSerializer.Serialize(DiscordCommandCatalog.Build([CommandSpecs.Channel]), DiscordJsonContext.Default.IReadOnlyListApplicationCommand);

        using var document = JsonDocument.Parse(json);
        var channel = document.RootElement[0];
        Assert.False(channel.TryGetProperty("default_member_permissions", out _)); // members may run /channel show
        var set = channel.GetProperty("options")[0];
        Assert.Equal("set", set.GetProperty("name").GetString());
        var option = set.GetProperty("options")[0];
        Assert.Equal(7, option.GetProperty("type").GetInt32());
        Assert.Equal([0, 5], option.GetProperty("channel_types").EnumerateArray().Select(t => t.GetInt32()));
        Assert.True(option.GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task ChannelSet_Moderator_TestPostStoredAndAnsweredWithTheChannelLinked()
    {
        var answer = await RunAsync(Channel("set", News), ModeratorPermissions);

        var test = Assert.Single(Server.Requests, r => r.Method == "POST" && r.Path == $"channels/{News}/messages");
        Assert.Contains("Daily briefings for this server will be posted here.", test.Body, StringComparison.Ordinal);
        Assert.Contains($"posted in <#{News}>", answer.Content, StringComparison.Ordinal);
        Assert.Equal(MessagePayload.Ephemeral, answer.Flags);
        var subscription = await _services.Subscriptions.GetByChatAsync(HomeChat, CancellationToken.None);
        Assert.Equal(new DeliveryTarget(new ChatAddress(DiscordInvocations.Platform, News), $"<#{News}>"), subscription?.DeliverTo);
        Assert.Equal("channel set", (await _services.Audit.ListRecentAsync(HomeChat, 1, CancellationToken.None))[0].Action);
    }

    [Theory]
    [InlineData(403, 50013, "I can't post in <#555>: I'm missing the Send Messages or Embed Links permission there.")]
    [InlineData(403, 50001, "I can't see <#555>: give me View Channel there.")]
    [InlineData(404, 10003, "That channel no longer exists.")]
    public async Task ChannelSet_DiscordRefusesTestPost_ModeratorToldInWordsNothingStored(int status, int code, string expected)
    {
        Server.Script("POST", $"channels/{News}/", FakeDiscordResponse.Error(status, code, "refused"));

        var answer = await RunAsync(Channel("set", News), ModeratorPermissions);

        Assert.Equal(expected, answer.Content);
        Assert.Null((await _services.Subscriptions.GetByChatAsync(HomeChat, CancellationToken.None))?.DeliverTo);
    }

    [Fact]
    public async Task ChannelSet_Member_DeniedWithoutTestPost()
    {
        var answer = await RunAsync(Channel("set", News), "0");

        Assert.Contains("moderators", answer.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Requests, r => r.Path.StartsWith("channels/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScheduledBriefing_ChannelChosen_LandsInThatChannelNotTheHomeChannel()
    {
        await RunAsync(Channel("set", News), ModeratorPermissions);
        await _services.Stories.AddAsync(StoryFactory.Create("Harbour bridge reopens", Start.AddMinutes(-30)), CancellationToken.None);

        var report = await _services.Get<DeliveryService>().RunDueAsync(Start.AddHours(1).AddMinutes(1), CancellationToken.None);

        Assert.Equal(1, report.Sent);
        var posts = Server.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith("channels/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, posts.Count); // the test message, then the briefing
        Assert.Equal($"channels/{News}/messages", posts[1].Path);
        Assert.Contains("Harbour bridge reopens", posts[1].Body, StringComparison.Ordinal);
        Assert.NotNull(await _services.Chats.GetLastBriefingAsync(HomeChat, CancellationToken.None));
    }

    [Fact]
    public async Task ScheduledBriefing_ChannelDeletedSince_StoppedAndSettingsSayWhichChannel()
    {
        await RunAsync(Channel("set", News), ModeratorPermissions);
        await _services.Stories.AddAsync(StoryFactory.Create("Harbour bridge reopens", Start.AddMinutes(-30)), CancellationToken.None);
        Server.Script("POST", $"channels/{News}/", FakeDiscordResponse.Error(404, 10003, "Unknown Channel"));

        await _services.Get<DeliveryService>().RunDueAsync(Start.AddHours(1).AddMinutes(1), CancellationToken.None);
        var settings = await RunAsync(new InteractionData("settings"), "0");

        Assert.Contains($"stopped — Posting to <#{News}> failed: The channel no longer exists \\(Discord 10003\\).", settings.Content, StringComparison.Ordinal);
        Assert.Contains($"Posted in: <#{News}>", settings.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelShowThenClear_MemberSeesItModeratorBringsItBack()
    {
        await RunAsync(Channel("set", News), ModeratorPermissions);

        var shown = await RunAsync(Channel("show"), "0");
        var cleared = await RunAsync(Channel("clear"), ModeratorPermissions);

        Assert.Equal($"This chat's daily briefing is posted in <#{News}>.", shown.Content);
        Assert.Null(shown.Flags);
        Assert.Contains("here again", cleared.Content, StringComparison.Ordinal);
        Assert.Null((await _services.Subscriptions.GetByChatAsync(HomeChat, CancellationToken.None))?.DeliverTo);
    }

    private Task<MessagePayload> RunAsync(InteractionData data, string permissions) => _services.RunAsync(data, Home, "7", permissions);
}
