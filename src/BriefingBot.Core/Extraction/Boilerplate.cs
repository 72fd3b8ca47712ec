namespace BriefingBot.Core.Extraction;

/// <summary>
/// Lines that web templates put around article text. Written for the project from common blog and news templates:
/// headings that start a tail (everything after them goes), and short lines that are dropped wherever they stand.
/// </summary>
internal static class Boilerplate
{
    private const int ShortLine = 120;

    /// <summary>Headings after which nothing is article text.</summary>
    private static readonly string[] TailHeadings =
    [
        "leave a comment", "leave a reply", "post a comment", "add a comment", "comments", "join the conversation",
        "recent posts", "recent articles", "latest posts", "related", "related posts", "related articles",
        "related stories", "related content", "related news", "more stories", "more news", "more from", "read more",
        "read next", "what to read next", "you may also like", "you might also like", "recommended", "recommended for you",
        "most popular", "popular posts", "trending", "also read", "see also", "share this", "share this article",
        "share this story", "share this post", "share", "about the author", "tags", "filed under", "previous post",
        "next post", "sign up for our newsletter", "subscribe to our newsletter", "newsletter", "categories",
    ];

    /// <summary>Fragments that mark a short line as template text.</summary>
    private static readonly string[] LineFragments =
    [
        "share on facebook", "share on twitter", "share on linkedin", "share via email", "click here to",
        "sign up for our", "sign up to our", "subscribe to our", "follow us on", "all rights reserved", "copyright ©",
        "image copyright", "image caption", "media caption", "getty images", "photo credit", "(photo:", "photo:",
        "image:", "read more:", "related:", "also read:", "see also:", "advertisement", "this article was originally",
        "you need to log in", "log in to comment", "your email address will not be published", "cookies",
        "subscribe now", "please subscribe", "already a subscriber", "sign up to get",
        "by signing up", "join our newsletter", "our newsletter", "to your inbox", "never miss the latest", "never miss a story", "for ios and android",
        "download our app", "for the latest news", "for the latest stories", "we want to hear what you think",
        "submit your letter", "not responsible for the opinions", "keep up with me on", "follow me on",
    ];

    /// <summary>Openings that mark a short line as template text: credits and "read also" links in several languages.</summary>
    private static readonly string[] LinePrefixes =
    [
        "photograph by", "photo by", "photos by", "credit:", "image credit", "photo credit", "read also", "also read",
        "à lire aussi", "lire aussi", "lea también", "lea más", "lee también", "lesen sie auch", "leia também", "leggi anche",
    ];

    /// <summary>"Follow X on Twitter/Facebook/Instagram": a call to follow the outlet, not news.</summary>
    private static readonly string[] FollowNetworks = [" on twitter", " on facebook", " on instagram", " on linkedin"];

    /// <summary>Prose paragraphs after a heading that make it a mid-article widget ("Related" box) rather than the start of a tail.</summary>
    private const int ProseAfterWidget = 2;

    private const int ProseParagraph = 200;

    /// <summary>Headings of reader comments: everything after them goes, whatever follows.</summary>
    private static readonly string[] CommentHeadings =
        ["leave a comment", "leave a reply", "post a comment", "add a comment", "comments", "join the conversation"];

    /// <summary>
    /// Drops template lines and cuts at the first tail heading after the opening paragraph. A heading followed by more
    /// article prose (a "Related" box or share bar in the middle of the story, a wiki sidebar) is dropped alone.
    /// </summary>
    public static List<string> Trim(List<string> paragraphs)
    {
        var kept = new List<string>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (kept.Count > 0 && IsTailHeading(paragraph))
            {
                if (IsCommentHeading(paragraph) || !ProseFollows(paragraphs, i + 1))
                {
                    break;
                }

                continue;
            }

            if (!IsTemplateLine(paragraph))
            {
                kept.Add(paragraph);
            }
        }

        return kept;
    }

    private static bool ProseFollows(List<string> paragraphs, int start)
    {
        var prose = 0;
        for (var i = start; i < paragraphs.Count && prose < ProseAfterWidget; i++)
        {
            if (IsTailHeading(paragraphs[i]) && IsCommentHeading(paragraphs[i]))
            {
                return false;
            }

            if (paragraphs[i].Length >= ProseParagraph && EndsSentence(paragraphs[i]))
            {
                prose++;
            }
        }

        return prose >= ProseAfterWidget;
    }

    private static bool IsCommentHeading(string line)
    {
        var normal = Normalize(line);
        return CommentHeadings.Any(heading => normal.StartsWith(heading, StringComparison.Ordinal));
    }

    internal static bool IsTailHeading(string line)
    {
        if (line.Length > 60)
        {
            return false;
        }

        var normal = Normalize(line);
        foreach (var heading in TailHeadings)
        {
            if (normal == heading
                || (normal.StartsWith(heading, StringComparison.Ordinal) && normal.Length > heading.Length
                    && !char.IsLetter(normal[heading.Length]) && !EndsSentence(line)))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsTemplateLine(string line)
    {
        if (line.Length > ShortLine)
        {
            return false;
        }

        var lower = line.ToLowerInvariant();
        foreach (var fragment in LineFragments)
        {
            if (lower.Contains(fragment, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var prefix in LinePrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return lower.StartsWith("follow ", StringComparison.Ordinal) && FollowNetworks.Any(network => lower.Contains(network, StringComparison.Ordinal));
    }

    private static bool EndsSentence(string line) => line.TrimEnd().EndsWith('.') || line.TrimEnd().EndsWith('!') || line.TrimEnd().EndsWith('?');

    /// <summary>Lower-case, trimmed of punctuation and counts ("Comments (12)", "Related:" -> "comments", "related").</summary>
    private static string Normalize(string line)
    {
        var lower = line.ToLowerInvariant().Trim();
        var end = lower.Length;
        while (end > 0 && !char.IsLetter(lower[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && !char.IsLetter(lower[start]))
        {
            start++;
        }

        return lower[start..end];
    }
}
