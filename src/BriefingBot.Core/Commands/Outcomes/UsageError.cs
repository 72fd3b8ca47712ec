namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>Wrong or missing arguments: what was wrong and the usage line.</summary>
public sealed record UsageError(CommandSpec Command, string Problem) : CommandOutcome;
