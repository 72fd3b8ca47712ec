namespace BriefingBot.Core.Moderation;

/// <summary>Whether a story passes a chat's filter, and why: "excluded by keyword 'football'".</summary>
/// <param name="Passed">True when the chat receives the story.</param>
/// <param name="Reason">One sentence fragment for "/filter test".</param>
/// <param name="Rule">The rule that decided, when one did.</param>
public sealed record FilterDecision(bool Passed, string Reason, FilterRule? Rule);
