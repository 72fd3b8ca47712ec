using System.Text.RegularExpressions;

namespace BriefingBot.Core.Commands;

/// <summary>Every command, declared once; adapters register menus from <see cref="Specs"/>.</summary>
public sealed partial class CommandCatalog
{
    private readonly Dictionary<string, ICommandHandler> _byName;

    public CommandCatalog(IEnumerable<ICommandHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var list = handlers.ToList();
        _byName = new Dictionary<string, ICommandHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in list)
        {
            var name = handler.Spec.Name;
            if (!NamePattern().IsMatch(name))
            {
                throw new InvalidOperationException($"Command name '{name}' must be 1-32 characters of [a-z0-9_].");
            }

            if (!_byName.TryAdd(name, handler))
            {
                throw new InvalidOperationException($"Command '/{name}' is declared twice.");
            }
        }

        Specs = list.Select(h => h.Spec).ToList();
    }

    /// <summary>All commands in declaration order.</summary>
    public IReadOnlyList<CommandSpec> Specs { get; }

    public bool TryGet(string name, out ICommandHandler handler)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out handler!);
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
