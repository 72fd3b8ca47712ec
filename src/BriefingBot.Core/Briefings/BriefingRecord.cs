using BriefingBot.Core.Chats;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Briefings;

/// <summary>What a chat was sent: the stories in item order (item N is StoryIds[N - 1]).</summary>
public sealed record BriefingRecord(ChatAddress Chat, DateTimeOffset SentAt, IReadOnlyList<StoryId> StoryIds);
