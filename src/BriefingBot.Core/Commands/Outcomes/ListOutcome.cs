namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>
/// A titled list in plain text (adapters escape it): filter rules, a chat's feeds, audit entries, filter test results.
/// Numbered entries are the numbers moderators type back ("/filter remove 2").
/// </summary>
/// <param name="Title">One line above the list.</param>
/// <param name="Entries">The entries, in order.</param>
/// <param name="EmptyText">What to say when there are no entries.</param>
/// <param name="Footer">A hint below the list, when there is one.</param>
public sealed record ListOutcome(string Title, IReadOnlyList<ListEntry> Entries, string EmptyText, string? Footer = null) : CommandOutcome;
