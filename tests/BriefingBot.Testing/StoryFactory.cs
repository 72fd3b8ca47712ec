using BriefingBot.Core.Stories;

namespace BriefingBot.Testing;

/// <summary>Small hand-written stories for tests that need some news in the store.</summary>
public static class StoryFactory
{
    public static NewStory Create(string title, DateTimeOffset seenAt, string sourceId = "wire", string? url = null, string? text = null)
    {
        var body = text ?? $"{title}. More details followed later in the day.";
        var link = new Uri(url ?? $"https://news.example/{Uri.EscapeDataString(title.ToLowerInvariant().Replace(' ', '-'))}");
        return new NewStory(
            ["url:" + link],
            title,
            body,
            [body.Split(". ")[0] + "."],
            [body],
            new StorySource(sourceId, sourceId.ToUpperInvariant(), title, link, seenAt),
            [],
            seenAt,
            seenAt);
    }
}
