namespace BriefingBot.Testing.Discord;

/// <summary>A channel permission overwrite in the fake: for a role (type 0; the guild id is @everyone) or a member (type 1).</summary>
public sealed record FakeOverwrite(string Id, int Type, ulong Allow, ulong Deny)
{
    public static FakeOverwrite ForRole(string roleId, ulong allow = 0, ulong deny = 0) => new(roleId, 0, allow, deny);

    public static FakeOverwrite ForMember(string userId, ulong allow = 0, ulong deny = 0) => new(userId, 1, allow, deny);
}
