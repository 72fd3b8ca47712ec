namespace BriefingBot.Testing.Discord;

/// <summary>A REST request as the fake Discord saw it; <see cref="Path"/> is relative to the API base ("channels/1/messages").</summary>
public sealed record FakeDiscordRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
