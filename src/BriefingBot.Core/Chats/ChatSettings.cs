namespace BriefingBot.Core.Chats;

/// <summary>Per-chat preferences. Later issues add filters, sources and quiet days.</summary>
public sealed record ChatSettings(ChatAddress Chat, int ItemsPerBriefing);
