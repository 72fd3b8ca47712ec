using System.Text.Json;
using BriefingBot.Core.Chats;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Tests.Commands;

public sealed class DiscordInvocationsTests
{
    [Theory]
    [InlineData("0", AccessLevel.Member)]
    [InlineData("2048", AccessLevel.Member)]
    [InlineData("32", AccessLevel.Moderator)]
    [InlineData("8", AccessLevel.Moderator)]
    [InlineData("1099511627808", AccessLevel.Moderator)]
    public void Access_GuildMemberPermissions_ModeratorWithManageGuildOrAdministrator(string permissions, AccessLevel expected)
    {
        var interaction = Command("help") with { GuildId = "5", Member = new InteractionMember(new DiscordUser("7", "ann"), permissions) };

        Assert.Equal(expected, DiscordInvocations.Access(interaction));
    }

    [Fact]
    public void Access_DirectMessage_UserIsModeratorOfOwnChat()
    {
        var interaction = Command("help") with { GuildId = null, User = new DiscordUser("7", "ann") };

        Assert.Equal(AccessLevel.Moderator, DiscordInvocations.Access(interaction));
    }

    [Fact]
    public void From_OptionsInAnyOrder_TokensInDeclaredParameterOrder()
    {
        var interaction = Command("subscribe", Option("zone", "\"Asia/Tokyo\""), Option("time", "\"08:30\""));

        var invocation = DiscordInvocations.From(interaction);

        Assert.Equal(["08:30", "Asia/Tokyo"], invocation.Arguments);
        Assert.Equal(new ChatAddress("discord", "77"), invocation.Chat);
        Assert.Equal("subscribe", invocation.Name);
    }

    [Fact]
    public void From_IntegerOption_TokenIsTheNumber()
    {
        var invocation = DiscordInvocations.From(Command("story", Option("number", "3")));

        Assert.Equal(["3"], invocation.Arguments);
    }

    private static Interaction Command(string name, params InteractionOption[] options) =>
        new("1", "900", 2, "tok", new InteractionData(name, options), GuildId: "5", ChannelId: "77", Member: new InteractionMember(new DiscordUser("7", "ann"), "0"));

    private static InteractionOption Option(string name, string json) =>
        new(name, 3, JsonDocument.Parse(json).RootElement.Clone());
}
