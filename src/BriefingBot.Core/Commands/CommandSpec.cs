using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Commands;

/// <summary>A command as every adapter sees it: declared once, served on every platform.</summary>
/// <param name="Name">Lower-case name without the slash, 1-32 of [a-z0-9_]; for a sub-command, its own word ("add").</param>
/// <param name="Description">One line for menus and help.</param>
/// <param name="Access">Who may run it. For a group, the lowest level of its sub-commands (each sub-command is checked on its own).</param>
/// <param name="Parameters">Positional parameters, in order (none for a group).</param>
public sealed record CommandSpec(string Name, string Description, AccessLevel Access, IReadOnlyList<CommandParameter> Parameters)
{
    /// <summary>The words after the slash: "who" for a command, "filter add" for a sub-command.</summary>
    public string Path { get; init; } = Name;

    /// <summary>The sub-commands of a group ("/filter add", "/filter list"); empty for an ordinary command.</summary>
    public IReadOnlyList<CommandSpec> Subcommands { get; init; } = [];

    /// <summary>
    /// For a group: the sub-command used when the first argument names none ("/schedule 07:30 Europe/London" is
    /// "/schedule time 07:30 Europe/London"); null when the sub-command must be named.
    /// </summary>
    public string? ImplicitSubcommand { get; init; }

    /// <summary>
    /// The answer concerns only the caller ("/personal"): platforms that can show a reply to one person (Discord's ephemeral
    /// messages) do. Moderator commands are answered that way too.
    /// </summary>
    public bool PrivateReply { get; init; }

    public bool IsGroup => Subcommands.Count > 0;

    /// <summary>The commands a caller actually runs: the sub-commands of a group, else the command itself.</summary>
    public IReadOnlyList<CommandSpec> Leaves => IsGroup ? Subcommands : [this];

    /// <summary>"/subscribe [time] [zone]", "/filter add &lt;kind&gt; &lt;value&gt;", or "/filter add|list|remove|test" for a group.</summary>
    public string Usage => IsGroup
        ? $"/{Path} {string.Join('|', Subcommands.Select(s => s.Name))}"
        : Parameters.Count == 0 ? $"/{Path}" : $"/{Path} {string.Join(' ', Parameters.Select(p => p.UsageToken))}";

    /// <summary>A group of sub-commands under one name; each sub-command keeps its own access level and parameters.</summary>
    /// <param name="name">The group's name ("filter").</param>
    /// <param name="description">One line for menus.</param>
    /// <param name="subcommands">The sub-commands, in menu order, named by their own word ("add").</param>
    /// <param name="implicitSubcommand">See <see cref="ImplicitSubcommand"/>.</param>
    public static CommandSpec Group(string name, string description, IReadOnlyList<CommandSpec> subcommands, string? implicitSubcommand = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(subcommands);
        if (subcommands.Count == 0 || subcommands.Any(s => s.IsGroup))
        {
            throw new ArgumentException("A group needs one or more sub-commands, none of them groups.", nameof(subcommands));
        }

        if (implicitSubcommand is not null && subcommands.All(s => s.Name != implicitSubcommand))
        {
            throw new ArgumentException($"'{implicitSubcommand}' is not a sub-command of '{name}'.", nameof(implicitSubcommand));
        }

        return new CommandSpec(name, description, subcommands.Min(s => s.Access), [])
        {
            Subcommands = subcommands.Select(s => s with { Path = $"{name} {s.Name}" }).ToList(),
            ImplicitSubcommand = implicitSubcommand,
        };
    }

    /// <summary>The sub-command called <paramref name="name"/>, or null.</summary>
    public CommandSpec? Subcommand(string name) =>
        Subcommands.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
