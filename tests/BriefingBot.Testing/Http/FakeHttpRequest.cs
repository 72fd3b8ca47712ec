namespace BriefingBot.Testing.Http;

/// <summary>A request as the fake server saw it. Header names are case-insensitive.</summary>
public sealed record FakeHttpRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
