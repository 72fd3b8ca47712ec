namespace BriefingBot.Core.Briefings;

/// <summary>A one-time notice shown after a briefing's items; <paramref name="SourceId"/> names the feed it is about.</summary>
public sealed record BriefingNotice(string SourceId, string Text);
