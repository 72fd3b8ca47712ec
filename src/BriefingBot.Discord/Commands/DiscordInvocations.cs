using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Commands;

/// <summary>Turns an application-command interaction into the dispatcher's <see cref="CommandInvocation"/>.</summary>
public static class DiscordInvocations
{
    public const string Platform = "discord";

    private const ulong Administrator = 0x8;
    private const ulong ManageGuild = 0x20;

    /// <summary>Moderator with MANAGE_GUILD or ADMINISTRATOR in a guild; in a DM the user is moderator of their own chat.</summary>
    public static AccessLevel Access(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.GuildId is null)
        {
            return AccessLevel.Moderator;
        }

        return ulong.TryParse(interaction.Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && (permissions & (Administrator | ManageGuild)) != 0
            ? AccessLevel.Moderator
            : AccessLevel.Member;
    }

    /// <summary>Option values as tokens in the spec's declared parameter order (missing optional ones left out).</summary>
    public static CommandInvocation From(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var name = interaction.Data?.Name ?? string.Empty;
        var options = interaction.Data?.Options ?? [];
        var spec = CommandSpecs.All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        var path = new List<string>();
        if (options is [{ Type: ApplicationCommandOption.SubCommandType } sub])
        {
            // "/filter add kind:include-keyword value:Kishida" arrives as one SUB_COMMAND option holding the values.
            path.Add(sub.Name);
            spec = spec?.Subcommand(sub.Name);
            options = sub.Options ?? [];
        }

        var ordered = spec is null
            ? options.Select(Value)
            : spec.Parameters.Select(p => options.FirstOrDefault(o => o.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase))).OfType<InteractionOption>().Select(Value);
        var tokens = path.Concat(ordered.Where(t => t.Length > 0)).ToList();
        var user = interaction.Member?.User ?? interaction.User ?? new DiscordUser("0", "unknown");
        var chat = new ChatAddress(Platform, interaction.ChannelId ?? user.Id);
        return new CommandInvocation(chat, new ChatUser(user.Id, user.GlobalName ?? user.Username), Access(interaction), name, tokens, string.Join(' ', tokens));
    }

    /// <summary>A "More on N" button press as "/story N"; null for buttons this bot does not know.</summary>
    public static CommandInvocation? FromButton(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var customId = interaction.Data?.CustomId ?? string.Empty;
        if (!customId.StartsWith(DiscordRenderer.StoryButtonPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var number = customId[DiscordRenderer.StoryButtonPrefix.Length..];
        var asCommand = interaction with { Data = new InteractionData(CommandSpecs.Story.Name, [new InteractionOption("number", 4, JsonSerializer.SerializeToElement(number, DiscordJsonContext.Default.String))]) };
        return From(asCommand);
    }

    private static string Value(InteractionOption option) => option.Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? string.Empty,
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => string.Empty,
    };
}
