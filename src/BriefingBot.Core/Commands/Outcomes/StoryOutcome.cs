using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>Item <paramref name="Number"/> of the chat's last briefing, in full.</summary>
public sealed record StoryOutcome(int Number, Story Story) : CommandOutcome;
