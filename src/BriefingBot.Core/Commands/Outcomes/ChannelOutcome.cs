namespace BriefingBot.Core.Commands.Outcomes;

/// <summary>
/// An answer to "/channel": where the chat's briefing is posted, or why a channel was refused, in plain text (adapters
/// escape it). <paramref name="ChannelName"/> is the channel's platform name as it appears in the text, so a renderer may
/// turn it into a link (Discord shows "&lt;#123&gt;" as the channel).
/// </summary>
public sealed record ChannelOutcome(string Text, string? ChannelName = null) : CommandOutcome;
