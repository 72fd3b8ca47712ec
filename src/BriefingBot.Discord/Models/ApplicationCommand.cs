namespace BriefingBot.Discord.Models;

/// <summary>A chat-input (slash) command as sent in a bulk overwrite.</summary>
public sealed record ApplicationCommand(
    string Name,
    string Description,
    int Type,
    IReadOnlyList<ApplicationCommandOption>? Options,
    string? DefaultMemberPermissions,
    IReadOnlyList<int> Contexts);

/// <summary>
/// An option of a command: a value (string, integer, channel) or a sub-command (type 1) with options of its own. A channel
/// option (type 7) may limit the channel types offered (0 text, 5 announcement); its value is the channel id.
/// </summary>
public sealed record ApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required,
    int? MinValue = null,
    int? MaxValue = null,
    int? MaxLength = null,
    IReadOnlyList<ApplicationCommandOptionChoice>? Choices = null,
    IReadOnlyList<ApplicationCommandOption>? Options = null,
    IReadOnlyList<int>? ChannelTypes = null)
{
    public const int SubCommandType = 1;
    public const int StringType = 3;
    public const int IntegerType = 4;
    public const int ChannelType = 7;

    /// <summary>GUILD_TEXT and GUILD_ANNOUNCEMENT: the channels a briefing can be posted in.</summary>
    public static IReadOnlyList<int> PostableChannelTypes { get; } = [0, 5];
}

/// <summary>One of the fixed values a string option offers.</summary>
public sealed record ApplicationCommandOptionChoice(string Name, string Value);
