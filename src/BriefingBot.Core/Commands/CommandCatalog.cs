using System.Text.RegularExpressions;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Every command, declared once; adapters register menus from <see cref="Specs"/>. Handlers are found by path
/// ("who", "filter add"); a sub-command's group is the one <see cref="CommandSpecs.All"/> declares.
/// </summary>
public sealed partial class CommandCatalog
{
    private readonly Dictionary<string, ICommandHandler> _byPath;
    private readonly Dictionary<string, CommandSpec> _roots;

    public CommandCatalog(IEnumerable<ICommandHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _byPath = new Dictionary<string, ICommandHandler>(StringComparer.OrdinalIgnoreCase);
        _roots = new Dictionary<string, CommandSpec>(StringComparer.OrdinalIgnoreCase);
        var specs = new List<CommandSpec>();
        foreach (var handler in handlers)
        {
            var spec = handler.Spec;
            if (spec.IsGroup || spec.Path.Split(' ').Any(word => !NamePattern().IsMatch(word)))
            {
                throw new InvalidOperationException($"Command '/{spec.Path}' must be a command or sub-command named with 1-32 characters of [a-z0-9_].");
            }

            if (!_byPath.TryAdd(spec.Path, handler))
            {
                throw new InvalidOperationException($"Command '/{spec.Path}' is declared twice.");
            }

            var root = RootOf(spec);
            if (_roots.TryAdd(root.Name, root))
            {
                specs.Add(root);
            }
        }

        Specs = specs;
    }

    /// <summary>All top-level commands (groups included) in declaration order.</summary>
    public IReadOnlyList<CommandSpec> Specs { get; }

    /// <summary>The handler of a command or sub-command, by path ("filter add").</summary>
    public bool TryGet(string path, out ICommandHandler handler)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _byPath.TryGetValue(path, out handler!);
    }

    /// <summary>The top-level command (or group) called <paramref name="name"/>.</summary>
    public bool TryGetRoot(string name, out CommandSpec spec)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _roots.TryGetValue(name, out spec!);
    }

    private static CommandSpec RootOf(CommandSpec spec)
    {
        var space = spec.Path.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return spec;
        }

        var group = CommandSpecs.All.FirstOrDefault(g => g.Name == spec.Path[..space]);
        return group?.Subcommand(spec.Name) == spec
            ? group
            : throw new InvalidOperationException($"The sub-command '/{spec.Path}' is not declared in a group of CommandSpecs.");
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
