using BriefingBot.Discord.Models;
using BriefingBot.Discord.Permissions;

namespace BriefingBot.Discord.Tests.Permissions;

/// <summary>Discord's documented permission computation: base from @everyone and roles, ADMINISTRATOR, then overwrites in order.</summary>
public sealed class DiscordPermissionsTests
{
    private const string Guild = "5";
    private const string Bot = "4242";
    private const string BotRole = "60";
    private const string OtherRole = "61";
    private const ulong View = DiscordPermissions.ViewChannel;
    private const ulong Send = DiscordPermissions.SendMessages;
    private const ulong Embed = DiscordPermissions.EmbedLinks;
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_NoOverwrites_EveryoneOrTheMembersRoles()
    {
        var permissions = DiscordPermissions.Compute(Server(everyone: View, botRole: Send | Embed), Bot, Member(BotRole), Channel(), Now);

        Assert.Equal(View | Send | Embed, permissions);
    }

    [Fact]
    public void Compute_RoleTheMemberLacks_NotCounted()
    {
        var guild = Server(everyone: View, botRole: 0) with { Roles = [new DiscordRole(Guild, Bits(View)), new DiscordRole(OtherRole, Bits(Send | Embed))] };

        Assert.Equal(View, DiscordPermissions.Compute(guild, Bot, Member(BotRole), Channel(), Now));
    }

    [Fact]
    public void Compute_Administrator_AllDespiteDenyingOverwrites()
    {
        var channel = Channel(Overwrite(Guild, deny: View | Send | Embed), Overwrite(Bot, PermissionOverwrite.Member, deny: View));

        var permissions = DiscordPermissions.Compute(Server(everyone: View, botRole: DiscordPermissions.Administrator), Bot, Member(BotRole), channel, Now);

        Assert.Equal(DiscordPermissions.All, permissions);
    }

    [Fact]
    public void Compute_GuildOwner_All()
    {
        var guild = Server(everyone: 0, botRole: 0) with { OwnerId = Bot };

        Assert.Equal(DiscordPermissions.All, DiscordPermissions.Compute(guild, Bot, Member(), Channel(Overwrite(Guild, deny: View)), Now));
    }

    [Fact]
    public void Compute_EveryoneOverwriteDeniesEmbeds_Missing()
    {
        var permissions = DiscordPermissions.Compute(Server(everyone: View | Send | Embed, botRole: 0), Bot, Member(BotRole), Channel(Overwrite(Guild, deny: Embed)), Now);

        Assert.Equal(["Embed Links"], DiscordPermissions.MissingForBriefing(permissions));
    }

    [Fact]
    public void Compute_EveryoneDeniedViewRoleAllowsIt_RoleOverwriteWins()
    {
        var channel = Channel(Overwrite(Guild, deny: View), Overwrite(BotRole, allow: View));

        var permissions = DiscordPermissions.Compute(Server(everyone: View | Send | Embed, botRole: 0), Bot, Member(BotRole), channel, Now);

        Assert.Empty(DiscordPermissions.MissingForBriefing(permissions));
    }

    [Fact]
    public void Compute_OneRoleDeniesAnotherAllows_AllowWins()
    {
        var guild = Server(everyone: View | Send | Embed, botRole: 0) with
        {
            Roles = [new DiscordRole(Guild, Bits(View | Send | Embed)), new DiscordRole(BotRole, "0"), new DiscordRole(OtherRole, "0")],
        };
        var channel = Channel(Overwrite(BotRole, deny: Send), Overwrite(OtherRole, allow: Send));

        Assert.Empty(DiscordPermissions.MissingForBriefing(DiscordPermissions.Compute(guild, Bot, Member(BotRole, OtherRole), channel, Now)));
    }

    [Fact]
    public void Compute_MemberOverwriteDeniesWhatTheRoleAllowed_MemberOverwriteWins()
    {
        var channel = Channel(Overwrite(BotRole, allow: Send), Overwrite(Bot, PermissionOverwrite.Member, deny: Send | Embed));

        var permissions = DiscordPermissions.Compute(Server(everyone: View, botRole: 0), Bot, Member(BotRole), channel, Now);

        Assert.Equal(["Send Messages", "Embed Links"], DiscordPermissions.MissingForBriefing(permissions));
    }

    [Fact]
    public void Compute_OverwriteForAnotherMember_Ignored()
    {
        var channel = Channel(Overwrite("999", PermissionOverwrite.Member, deny: View));

        Assert.Empty(DiscordPermissions.MissingForBriefing(DiscordPermissions.Compute(Server(everyone: View | Send | Embed, botRole: 0), Bot, Member(), channel, Now)));
    }

    [Fact]
    public void Compute_TimedOutMember_KeepsOnlyViewChannelAndReadMessageHistory()
    {
        var member = Member(BotRole) with { CommunicationDisabledUntil = Now.AddHours(1) };

        var permissions = DiscordPermissions.Compute(Server(everyone: View | Send | Embed, botRole: Send), Bot, member, Channel(), Now);

        Assert.Equal(View, permissions);
        Assert.Equal(["Send Messages", "Embed Links"], DiscordPermissions.MissingForBriefing(permissions));
    }

    [Fact]
    public void Compute_TimeoutEnded_PermissionsBack()
    {
        var member = Member(BotRole) with { CommunicationDisabledUntil = Now.AddSeconds(-1) };

        Assert.Equal(View | Send | Embed, DiscordPermissions.Compute(Server(everyone: View | Send | Embed, botRole: 0), Bot, member, Channel(), Now));
    }

    [Fact]
    public void Compute_TimedOutAdministratorOrOwner_Exempt()
    {
        var member = Member(BotRole) with { CommunicationDisabledUntil = Now.AddDays(1) };
        var owned = Server(everyone: 0, botRole: 0) with { OwnerId = Bot };

        Assert.Equal(DiscordPermissions.All, DiscordPermissions.Compute(Server(everyone: View, botRole: DiscordPermissions.Administrator), Bot, member, Channel(), Now));
        Assert.Equal(DiscordPermissions.All, DiscordPermissions.Compute(owned, Bot, member, Channel(), Now));
    }

    private static DiscordGuild Server(ulong everyone, ulong botRole) =>
        new(Guild, "1", [new DiscordRole(Guild, Bits(everyone)), new DiscordRole(BotRole, Bits(botRole))]);

    private static GuildMember Member(params string[] roles) => new(roles);

    private static DiscordChannel Channel(params PermissionOverwrite[] overwrites) => new("555", 0, Guild, overwrites);

    private static PermissionOverwrite Overwrite(string id, int type = PermissionOverwrite.Role, ulong allow = 0, ulong deny = 0) =>
        new(id, type, Bits(allow), Bits(deny));

    private static string Bits(ulong value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
