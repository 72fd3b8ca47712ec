namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>What was asked for does not exist (yet); suggestions may help.</summary>
public sealed record NotFound(string Message, IReadOnlyList<string> Suggestions) : CommandOutcome;
