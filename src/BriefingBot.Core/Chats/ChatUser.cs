namespace BriefingBot.Core.Chats;

/// <summary>The person who sent a command, as the platform identifies them.</summary>
public sealed record ChatUser(string Id, string DisplayName);
