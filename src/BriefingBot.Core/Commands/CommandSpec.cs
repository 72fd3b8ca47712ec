using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Commands;

/// <summary>A command as every adapter sees it: declared once, served on every platform.</summary>
/// <param name="Name">Lower-case name without the slash, 1-32 of [a-z0-9_].</param>
/// <param name="Description">One line for menus and help.</param>
/// <param name="Access">Who may run it.</param>
/// <param name="Parameters">Positional parameters, in order.</param>
public sealed record CommandSpec(string Name, string Description, AccessLevel Access, IReadOnlyList<CommandParameter> Parameters)
{
    /// <summary>"/subscribe [time] [zone]".</summary>
    public string Usage =>
        Parameters.Count == 0 ? $"/{Name}" : $"/{Name} {string.Join(' ', Parameters.Select(p => p.UsageToken))}";
}
