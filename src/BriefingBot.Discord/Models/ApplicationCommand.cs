namespace BriefingBot.Discord.Models;

/// <summary>A chat-input (slash) command as sent in a bulk overwrite.</summary>
public sealed record ApplicationCommand(
    string Name,
    string Description,
    int Type,
    IReadOnlyList<ApplicationCommandOption>? Options,
    string? DefaultMemberPermissions,
    IReadOnlyList<int> Contexts);

public sealed record ApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool Required,
    int? MinValue = null,
    int? MaxValue = null,
    int? MaxLength = null)
{
    public const int StringType = 3;
    public const int IntegerType = 4;
}
