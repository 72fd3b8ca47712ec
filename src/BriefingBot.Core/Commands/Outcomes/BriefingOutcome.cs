using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Commands.Outcomes;

public sealed record BriefingOutcome(Briefing Briefing) : CommandOutcome;
