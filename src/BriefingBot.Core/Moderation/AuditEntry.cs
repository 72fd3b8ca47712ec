using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Moderation;

/// <summary>One moderator change: who, what, in which chat, when.</summary>
/// <param name="Chat">Where the change applies.</param>
/// <param name="ActorId">The moderator's platform user id.</param>
/// <param name="ActorName">Their display name at the time.</param>
/// <param name="Action">The command path ("filter add", "schedule quiet").</param>
/// <param name="Detail">What changed, one line ("exclude keyword 'football'").</param>
/// <param name="At">When, UTC.</param>
public sealed record AuditEntry(ChatAddress Chat, string ActorId, string ActorName, string Action, string Detail, DateTimeOffset At);
