namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>The caller may not run this command here.</summary>
public sealed record Denied(CommandSpec Command, string Reason) : CommandOutcome;
