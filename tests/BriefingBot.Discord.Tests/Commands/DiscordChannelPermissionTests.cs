using BriefingBot.Core.Chats;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Permissions;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;
using static BriefingBot.Discord.Tests.DiscordInteractions;

namespace BriefingBot.Discord.Tests.Commands;

/// <summary>"/channel set" computes the bot's permissions in the channel and names what is missing before any test post.</summary>
public sealed class DiscordChannelPermissionTests : FakeDiscordTests
{
    private const string Home = "77";
    private const string News = "556";
    private const string ModeratorPermissions = "32";
    private const string BotRole = "60";
    private static readonly ChatAddress HomeChat = new(DiscordInvocations.Platform, Home);

    private CoreTestServices _services = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _services = DiscordTestServices.Create(Server, c => c["Discord:DeferAfter"] = "00:00:05");
        await _services.Subscriptions.UpsertAsync(HomeChat, "7", new TimeOnly(7, 0), "Etc/UTC", DiscordTestServices.Start, CancellationToken.None);
        Server.SetGuild(GuildId, "1", new FakeRole(GuildId, FakeDiscordServer.DefaultEveryonePermissions), new FakeRole(BotRole, 0));
        Server.SetMember(GuildId, FakeDiscordServer.BotUserId, BotRole);
    }

    public override Task DisposeAsync()
    {
        _services.Dispose();
        return base.DisposeAsync();
    }

    [Fact]
    public async Task ChannelSet_EmbedLinksDeniedInChannel_ToldInWordsNoTestPostNothingStored()
    {
        Server.SetChannel(News, GuildId, 0, FakeOverwrite.ForRole(GuildId, deny: DiscordPermissions.EmbedLinks));

        var answer = await SetAsync();

        Assert.Equal($"I can't post briefings in <#{News}>: give me Embed Links there, since briefings are sent as embeds.", answer.Content);
        Assert.Empty(Server.Messages);
        Assert.Null((await _services.Subscriptions.GetByChatAsync(HomeChat, CancellationToken.None))?.DeliverTo);
        Assert.Contains(Server.Requests, r => r.Method == "GET" && r.Path == $"guilds/{GuildId}/members/{FakeDiscordServer.BotUserId}");
    }

    [Fact]
    public async Task ChannelSet_ChannelOfAnotherServer_RefusedEvenWhereTheBotCouldPost()
    {
        // The bot is in another server too, and may post in its #news: a moderator here decides nothing there.
        const string Other = "9";
        Server.SetGuild(Other, "1", new FakeRole(Other, FakeDiscordServer.DefaultEveryonePermissions));
        Server.SetMember(Other, FakeDiscordServer.BotUserId);
        Server.SetChannel(News, Other);

        var answer = await SetAsync();

        Assert.Equal($"<#{News}> is in another server; pick a channel of this server from the list Discord offers.", answer.Content);
        Assert.Empty(Server.Messages);
        Assert.Null((await _services.Subscriptions.GetByChatAsync(HomeChat, CancellationToken.None))?.DeliverTo);
    }

    [Fact]
    public async Task ChannelSet_PrivateChannelBotRoleNotLetIn_ToldToGiveViewChannel()
    {
        Server.SetChannel(News, GuildId, 0, FakeOverwrite.ForRole(GuildId, deny: DiscordPermissions.ViewChannel), FakeOverwrite.ForRole("61", allow: DiscordPermissions.ViewChannel));

        var answer = await SetAsync();

        Assert.Equal($"I can't see <#{News}>: give me View Channel there.", answer.Content);
        Assert.Empty(Server.Messages);
    }

    [Fact]
    public async Task ChannelSet_SendDeniedToTheBotAsMember_BothMissingNamed()
    {
        Server.SetChannel(News, GuildId, 0, FakeOverwrite.ForMember(FakeDiscordServer.BotUserId, deny: DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks));

        var answer = await SetAsync();

        Assert.Equal($"I can't post briefings in <#{News}>: give me Send Messages and Embed Links there, since briefings are sent as embeds.", answer.Content);
    }

    [Fact]
    public async Task ChannelSet_BotTimedOut_ToldTheTimeoutIsTheCauseAndWhenItEnds()
    {
        var until = TimeProvider.System.GetUtcNow().AddHours(3);
        Server.SetChannel(News, GuildId);
        Server.SetMemberTimeout(GuildId, FakeDiscordServer.BotUserId, until);

        var answer = await SetAsync();

        Assert.Equal(
            $"I can't post briefings in <#{News}>: I'm timed out in this server until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC. A moderator can remove it from my member profile, then run /channel set again.",
            answer.Content);
        Assert.Empty(Server.Messages);
        Assert.Null((await _services.Subscriptions.GetByChatAsync(HomeChat, CancellationToken.None))?.DeliverTo);
    }

    [Fact]
    public async Task ChannelSet_BotTimeoutOver_TestPostedAndStored()
    {
        Server.SetChannel(News, GuildId);
        Server.SetMemberTimeout(GuildId, FakeDiscordServer.BotUserId, TimeProvider.System.GetUtcNow().AddMinutes(-1));

        var answer = await SetAsync();

        Assert.Contains($"posted in <#{News}>", answer.Content, StringComparison.Ordinal);
        Assert.Equal(News, Assert.Single(Server.Messages).ChannelId);
    }

    [Fact]
    public async Task ChannelSet_BotRoleLetIntoPrivateChannel_TestPostedAndStored()
    {
        Server.SetChannel(News, GuildId, 0, FakeOverwrite.ForRole(GuildId, deny: DiscordPermissions.ViewChannel), FakeOverwrite.ForRole(BotRole, allow: DiscordPermissions.ViewChannel));

        var answer = await SetAsync();

        Assert.Contains($"posted in <#{News}>", answer.Content, StringComparison.Ordinal);
        Assert.Equal(News, Assert.Single(Server.Messages).ChannelId);
        Assert.Equal(News, (await _services.Subscriptions.GetByChatAsync(HomeChat, CancellationToken.None))?.DeliverTo?.Chat.ChatId);
    }

    [Fact]
    public async Task ChannelSet_AdministratorRole_PostsDespiteDenyingOverwrites()
    {
        Server.SetGuild(GuildId, "1", new FakeRole(GuildId, 0), new FakeRole(BotRole, DiscordPermissions.Administrator));
        Server.SetChannel(News, GuildId, 0, FakeOverwrite.ForRole(GuildId, deny: DiscordPermissions.Briefing));

        var answer = await SetAsync();

        Assert.Contains($"posted in <#{News}>", answer.Content, StringComparison.Ordinal);
        Assert.Single(Server.Messages);
    }

    [Fact]
    public async Task ChannelSet_VoiceChannelId_RefusedAsNotATextChannel()
    {
        Server.SetChannel(News, GuildId, 2);

        var answer = await SetAsync();

        Assert.StartsWith($"<#{News}> is not a text or announcement channel", answer.Content, StringComparison.Ordinal);
        Assert.Empty(Server.Messages);
    }

    [Fact]
    public async Task ChannelSet_TwiceInOneProcess_BotUserAskedForOnce()
    {
        await SetAsync();
        await SetAsync();

        Assert.Single(Server.Requests, r => r.Method == "GET" && r.Path == "users/@me");
        Assert.Equal(2, Server.Requests.Count(r => r.Method == "GET" && r.Path == $"channels/{News}"));
    }

    private Task<MessagePayload> SetAsync() => _services.RunAsync(Channel("set", News), Home, "7", ModeratorPermissions);
}
