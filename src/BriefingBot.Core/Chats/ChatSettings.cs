namespace BriefingBot.Core.Chats;

/// <summary>Per-chat preferences: briefing length and the local days with no daily briefing.</summary>
public sealed record ChatSettings(ChatAddress Chat, int ItemsPerBriefing, WeekDays QuietDays = default);
