namespace BriefingBot.Core.Commands;

/// <summary>A command line split into name, argument tokens and the raw argument text.</summary>
public sealed record ParsedCommandText(string Name, IReadOnlyList<string> Arguments, string RawArguments);
