namespace BriefingBot.Core.Moderation;

/// <summary>The "Moderation" configuration section: how much each chat may shape its feed.</summary>
public sealed class ModerationOptions
{
    public const string SectionName = "Moderation";

    /// <summary>Most filter rules per chat.</summary>
    public int MaxFilterRules { get; set; } = FilterLimits.Default.MaxRules;

    /// <summary>Most feeds a chat may add with /source add.</summary>
    public int MaxSourcesPerChat { get; set; } = 10;

    /// <summary>A chat-added feed failing (no success) this long is reported to the chat once, in its next briefing.</summary>
    public TimeSpan SourceFailureNotice { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How far back "/filter test" looks.</summary>
    public TimeSpan FilterTestLookback { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The filter limits with <see cref="MaxFilterRules"/> applied.</summary>
    public FilterLimits Limits => FilterLimits.Default with { MaxRules = MaxFilterRules };
}
