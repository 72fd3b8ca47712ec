namespace BriefingBot.Core.Commands;

/// <summary>A declared parameter of a command.</summary>
/// <param name="Name">Name shown in usage lines and used by adapters with named options (Discord).</param>
/// <param name="Kind">How the value is parsed.</param>
/// <param name="Description">One line for help and for Discord's option description.</param>
/// <param name="IsRequired">Whether the command fails with a usage error without it.</param>
/// <param name="TakesRest">For the last Text parameter: the rest of the line, spaces included.</param>
/// <param name="Minimum">For Number parameters: the smallest accepted value.</param>
/// <param name="Maximum">For Number parameters: the largest accepted value.</param>
/// <param name="Choices">For Text parameters: the only values accepted (case-insensitive); null accepts any.</param>
public sealed record CommandParameter(
    string Name,
    ParameterKind Kind,
    string Description,
    bool IsRequired = true,
    bool TakesRest = false,
    int? Minimum = null,
    int? Maximum = null,
    IReadOnlyList<string>? Choices = null)
{
    /// <summary>"&lt;name&gt;" for required parameters, "[name]" for optional ones.</summary>
    public string UsageToken => IsRequired ? $"<{Name}>" : $"[{Name}]";
}
