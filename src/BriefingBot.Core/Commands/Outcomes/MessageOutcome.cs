namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>A plain confirmation or notice, in plain text (adapters escape it).</summary>
public sealed record MessageOutcome(string Text) : CommandOutcome;
