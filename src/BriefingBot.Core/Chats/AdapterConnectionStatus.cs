namespace BriefingBot.Core.Chats;

/// <summary>A platform adapter's connection at one moment, with a sentence for operators.</summary>
public sealed record AdapterConnectionStatus(string Platform, AdapterConnectionState State, string Description);
