namespace BriefingBot.Testing.Discord;

/// <summary>A channel message the fake Discord created (a POST to channels/{id}/messages that it answered with a new id).</summary>
public sealed record FakeDiscordMessage(string ChannelId, string Id, string Body, string? Nonce);
