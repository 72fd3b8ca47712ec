namespace BriefingBot.Core.Commands;

/// <summary>
/// Which command a top-level name and its arguments mean: the command itself, or for a group the sub-command named by
/// the first argument (or the group's implicit one), with the arguments that remain. <see cref="Problem"/> is set
/// when a group's sub-command is missing or unknown.
/// </summary>
public sealed record CommandResolution(CommandSpec Spec, IReadOnlyList<string> Arguments, string? Problem)
{
    public static CommandResolution Resolve(CommandSpec root, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!root.IsGroup)
        {
            return new CommandResolution(root, arguments, null);
        }

        if (arguments.Count > 0 && root.Subcommand(arguments[0]) is { } named)
        {
            return new CommandResolution(named, arguments.Skip(1).ToList(), null);
        }

        if (arguments.Count > 0 && root.ImplicitSubcommand is { } implicitName && root.Subcommand(implicitName) is { } implicitSpec)
        {
            return new CommandResolution(implicitSpec, arguments, null);
        }

        var names = string.Join(", ", root.Subcommands.Select(s => s.Name));
        return new CommandResolution(root, arguments, arguments.Count == 0
            ? $"Say what to do: {names}."
            : $"'{arguments[0]}' is not something /{root.Name} does; use one of: {names}.");
    }
}
