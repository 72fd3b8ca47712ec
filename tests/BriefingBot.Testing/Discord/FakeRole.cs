namespace BriefingBot.Testing.Discord;

/// <summary>A role of a fake guild: its id and permission bits. The @everyone role's id is the guild's.</summary>
public sealed record FakeRole(string Id, ulong Permissions);
