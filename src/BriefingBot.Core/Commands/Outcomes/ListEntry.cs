namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>One entry of a <see cref="ListOutcome"/>: a line, an optional number, and detail lines under it.</summary>
public sealed record ListEntry(string Text, IReadOnlyList<string> Details, int? Number = null);
