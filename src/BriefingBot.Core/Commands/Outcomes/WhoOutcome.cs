using BriefingBot.Core.People;

namespace BriefingBot.Core.Commands.Outcomes;

public sealed record WhoOutcome(WhoResult Result) : CommandOutcome;
