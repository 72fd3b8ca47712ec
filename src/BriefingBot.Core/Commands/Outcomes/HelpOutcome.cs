namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>The list of commands the caller may use, optionally after a notice ("Unknown command /foo.").</summary>
public sealed record HelpOutcome(string? Notice, IReadOnlyList<CommandSpec> Commands) : CommandOutcome;
