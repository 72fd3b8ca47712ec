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

    [Fact]
    public void Compute_NoOverwrites_EveryoneOrTheMembersRoles()
    {
        var permissions = DiscordPermissions.Compute(Server(everyone: View, botRole: Send | Embed), Bot, Member(BotRole), Channel());

        Assert.Equal(View | Send | Embed, permissions);
    }

    [Fact]
    public void Compute_RoleTheMemberLacks_NotCounted()
    {
        var guild = Server(everyone: View, botRole: 0) with { Roles = [new DiscordRole(Guild, Bits(View)), new DiscordRole(OtherRole, Bits(Send | Embed))] };

        Assert.Equal(View, DiscordPermissions.Compute(guild, Bot, Member(BotRole), Channel()));
    }

    [Fact]
    public void Compute_Administrator_AllDespiteDenyingOverwrites()
    {
        var channel = Channel(Overwrite(Guild, deny: View | Send | Embed), Overwrite(Bot, PermissionOverwrite.Member, deny: View));

        var permissions = DiscordPermissions.Compute(Server(everyone: View, botRole: DiscordPermissions.Administrator), Bot, Member(BotRole), channel);

        Assert.Equal(DiscordPermissions.All, permissions);
    }

    [Fact]
    public void Compute_GuildOwner_All()
    {
        var guild = Server(everyone: 0, botRole: 0) with { OwnerId = Bot };

        Assert.Equal(DiscordPermissions.All, DiscordPermissions.Compute(guild, Bot, Member(), Channel(Overwrite(Guild, deny: View))));
    }

    [Fact]
    public void Compute_EveryoneOverwriteDeniesEmbeds_Missing()
    {
        var permissions = DiscordPermissions.Compute(Server(everyone: View | Send | Embed, botRole: 0), Bot, Member(BotRole), Channel(Overwrite(Guild, deny: Embed)));

        Assert.Equal(["Embed Links"], DiscordPermissions.MissingForBriefing(permissions));
    }

    [Fact]
    public void Compute_EveryoneDeniedViewRoleAllowsIt_RoleOverwriteWins()
    {
        var channel = Channel(Overwrite(Guild, deny: View), Overwrite(BotRole, allow: View));

        var permissions = DiscordPermissions.Compute(Server(everyone: View | Send | Embed, botRole: 0), Bot, Member(BotRole), channel);

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

        Assert.Empty(DiscordPermissions.MissingForBriefing(DiscordPermissions.Compute(guild, Bot, Member(BotRole, OtherRole), channel)));
    }

    [Fact]
    public void Compute_MemberOverwriteDeniesWhatTheRoleAllowed_MemberOverwriteWins()
    {
        var channel = Channel(Overwrite(BotRole, allow: Send), Overwrite(Bot, PermissionOverwrite.Member, deny: Send | Embed));

        var permissions = DiscordPermissions.Compute(Server(everyone: View, botRole: 0), Bot, Member(BotRole), channel);

        Assert.Equal(["Send Messages", "Embed Links"], DiscordPermissions.MissingForBriefing(permissions));
    }

    [Fact]
    public void Compute_OverwriteForAnotherMember_Ignored()
    {
        var channel = Channel(Overwrite("999", PermissionOverwrite.Member, deny: View));

        Assert.Empty(DiscordPermissions.MissingForBriefing(DiscordPermissions.Compute(Server(everyone: View | Send | Embed, botRole: 0), Bot, Member(), channel)));
    }

    private static DiscordGuild Server(ulong everyone, ulong botRole) =>
        new(Guild, "1", [new DiscordRole(Guild, Bits(everyone)), new DiscordRole(BotRole, Bits(botRole))]);

    private static GuildMember Member(params string[] roles) => new(roles);

    private static DiscordChannel Channel(params PermissionOverwrite[] overwrites) => new("555", 0, Guild, overwrites);

    private static PermissionOverwrite Overwrite(string id, int type = PermissionOverwrite.Role, ulong allow = 0, ulong deny = 0) =>
        new(id, type, Bits(allow), Bits(deny));

    private static string Bits(ulong value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
