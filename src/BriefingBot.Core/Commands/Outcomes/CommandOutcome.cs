namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>What a command produced, platform-neutral. Adapters render each kind (text, HTML, embeds).</summary>
public abstract record CommandOutcome;
