namespace BriefingBot.Discord.Models;

/// <summary>A channel's permission overwrite for a role (type 0) or a member (type 1); allow and deny are bit sets as decimal strings.</summary>
public sealed record PermissionOverwrite(string Id, int Type, string Allow, string Deny)
{
    public const int Role = 0;
    public const int Member = 1;
}
