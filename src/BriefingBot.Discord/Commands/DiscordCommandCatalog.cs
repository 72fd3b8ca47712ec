using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Commands;

/// <summary>
/// The shared command catalog as Discord application commands, and a hash to tell when it changed. A group ("/filter")
/// becomes one command whose sub-commands are SUB_COMMAND options; Discord lets only top-level commands carry
/// default_member_permissions, so a group with a member sub-command ("/filter list") is visible to all and the
/// dispatcher denies its moderator sub-commands to members.
/// </summary>
public static class DiscordCommandCatalog
{
    /// <summary>MANAGE_GUILD: the default permission for moderator commands (server admins can change it).</summary>
    public const string ManageGuild = "32";

    private const int ChatInput = 1;
    private const int MaxDescription = 100;
    private const int MaxChoices = 25;

    /// <summary>Guild channels, bot DMs and private channels.</summary>
    private static readonly int[] AllContexts = [0, 1, 2];

    public static IReadOnlyList<ApplicationCommand> Build(IEnumerable<CommandSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        return specs.Select(spec => new ApplicationCommand(
            spec.Name,
            Describe(spec.Description),
            ChatInput,
            Options(spec),
            spec.Access == AccessLevel.Moderator ? ManageGuild : null,
            AllContexts)).ToList();
    }

    /// <summary>SHA-256 of the commands as sent, plus where they go (global or a guild).</summary>
    public static string Hash(IReadOnlyList<ApplicationCommand> commands, string scope)
    {
        var json = JsonSerializer.Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(scope + "\n" + json)));
    }

    /// <summary>A group's sub-commands as SUB_COMMAND options (type 1) with their own options; else the parameters.</summary>
    private static List<ApplicationCommandOption>? Options(CommandSpec spec)
    {
        if (spec.IsGroup)
        {
            return spec.Subcommands.Select(sub => new ApplicationCommandOption(
                ApplicationCommandOption.SubCommandType,
                sub.Name,
                Describe(sub.Description),
                Required: null,
                Options: sub.Parameters.Count == 0 ? null : sub.Parameters.Select(Option).ToList())).ToList();
        }

        return spec.Parameters.Count == 0 ? null : spec.Parameters.Select(Option).ToList();
    }

    private static ApplicationCommandOption Option(CommandParameter parameter) => parameter.Kind switch
    {
        ParameterKind.Number => new ApplicationCommandOption(
            ApplicationCommandOption.IntegerType, parameter.Name, Describe(parameter.Description), parameter.IsRequired, parameter.Minimum, parameter.Maximum),
        ParameterKind.Channel => new ApplicationCommandOption(
            ApplicationCommandOption.ChannelType,
            parameter.Name,
            Describe(parameter.Description),
            parameter.IsRequired,
            ChannelTypes: ApplicationCommandOption.PostableChannelTypes),
        ParameterKind.TimeOfDay => new ApplicationCommandOption(
            ApplicationCommandOption.StringType, parameter.Name, Describe(parameter.Description), parameter.IsRequired, MaxLength: 5),
        _ => new ApplicationCommandOption(
            ApplicationCommandOption.StringType,
            parameter.Name,
            Describe(parameter.Description),
            parameter.IsRequired,
            MaxLength: parameter.Choices is null ? (parameter.Kind == ParameterKind.TimeZone ? 64 : 200) : null,
            Choices: parameter.Choices?.Take(MaxChoices).Select(c => new ApplicationCommandOptionChoice(c, c)).ToList()),
    };

    private static string Describe(string text) => text.Length <= MaxDescription ? text : text[..(MaxDescription - 1)] + "…";
}
