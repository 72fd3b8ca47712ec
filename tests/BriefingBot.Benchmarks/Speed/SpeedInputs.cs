using System.Net;
using System.Text;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// Inputs for the speed benchmarks that exist wherever the repository does: the bundled sample feeds, and the seed story
/// (../shared/seeds/kishida-visit.txt when present, else the longest sample article), also wrapped in a blog page.
/// </summary>
internal static class SpeedInputs
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static byte[] SampleFeed => File.ReadAllBytes(Path.Combine(RepositoryRoot, "config", "samples", "sample-feed.xml"));

    public static (string Title, string Text) Story()
    {
        var seed = Path.Combine(Path.GetDirectoryName(RepositoryRoot) ?? RepositoryRoot, "shared", "seeds", "kishida-visit.txt");
        if (File.Exists(seed))
        {
            var lines = File.ReadAllText(seed).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            return (lines[0].Trim(), string.Join('\n', lines.Skip(1)).Trim());
        }

        var parsed = new Core.News.FeedParser().Parse(SampleFeed);
        var item = (parsed.Feed?.Items ?? []).OrderByDescending(i => (i.Content ?? i.Summary ?? string.Empty).Length).First();
        return (item.Title, item.Content ?? item.Summary ?? string.Empty);
    }

    /// <summary>The story as a typical news page: head with metadata, navigation, the article, a sidebar and a footer.</summary>
    public static string StoryPage()
    {
        var (title, text) = Story();
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title))
            .Append(" | Example News</title><meta property=\"article:published_time\" content=\"2026-11-30T09:00:00Z\">")
            .Append("<script>var analytics = { id: 42 };</script><style>body { font-family: serif; }</style></head><body>");
        page.Append("<header><nav><ul>");
        foreach (var section in new[] { "World", "UK", "Business", "Politics", "Tech", "Science", "Health", "Sport" })
        {
            page.Append("<li><a href=\"/").Append(section.ToLowerInvariant()).Append("\">").Append(section).Append("</a></li>");
        }

        page.Append("</ul></nav></header><main><article><h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1><p class=\"byline\">By A Reporter</p>");
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            page.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }

        page.Append("</article><aside class=\"related\"><h3>Related</h3><ul>");
        for (var i = 0; i < 8; i++)
        {
            page.Append("<li><a href=\"/story/").Append(i).Append("\">Another headline about the news number ").Append(i).Append("</a></li>");
        }

        page.Append("</ul></aside></main><footer><p>Copyright 2026 Example News. All rights reserved.</p></footer></body></html>");
        return page.ToString();
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("BriefingBot.sln was not found above the working directory or the executable.");
    }
}
