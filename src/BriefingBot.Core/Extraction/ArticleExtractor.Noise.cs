using AngleSharp.Dom;

namespace BriefingBot.Core.Extraction;

public sealed partial class ArticleExtractor
{
    /// <summary>Class or id fragments of blocks that are never article text.</summary>
    private static readonly HashSet<string> NoiseMarkers = new(StringComparer.Ordinal)
    {
        "caption", "credit", "share", "sharing", "social", "related", "newsletter", "subscribe", "promo", "advert", "ad",
        "sponsor", "sponsored", "comment", "bio", "breadcrumb", "pagination", "tag", "byline", "dateline", "toolbar",
        "signup", "outbrain", "taboola", "recommended", "popular", "trending",
    };

    /// <summary>Characters of paragraphs inside a figure from which it counts as article text.</summary>
    private const int FigureProse = 200;

    private static readonly char[] WordSeparators = [' ', '-', '_', '\t', '\n'];

    private static void RemoveNoise(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("figure, figcaption, aside, nav, form, button, footer, iframe, noscript, select, input").ToList())
        {
            if (element.Parent is not null && !HoldsArticleText(element))
            {
                element.Remove();
            }
        }

        foreach (var element in root.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.Parent is not null && IsNoise(element))
            {
                element.Remove();
            }
        }

        foreach (var list in root.QuerySelectorAll("ul, ol").ToList())
        {
            if (list.Parent is not null && IsLinkList(list))
            {
                list.Remove();
            }
        }
    }

    /// <summary>
    /// A figure that is part of the text rather than a picture's caption: a table (fees, results), or paragraphs of
    /// prose (galleries and how-to pages that put the steps under each picture).
    /// </summary>
    private static bool HoldsArticleText(IElement element)
    {
        if (element.LocalName is not ("figure" or "figcaption"))
        {
            return false;
        }

        return element.QuerySelector("table") is not null
            || element.QuerySelectorAll("p").Sum(paragraph => paragraph.TextContent.Trim().Length) >= FigureProse;
    }

    private static bool IsNoise(IElement element)
    {
        if (element.LocalName is "body" or "article" or "main" or "p" or "h1" or "h2")
        {
            return false;
        }

        foreach (var word in string.Concat(element.ClassName, " ", element.Id).ToLowerInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (NoiseMarkers.Contains(word.TrimEnd('s')))
            {
                // A wrapper that holds most of the article (class "post-with-comments") is not noise.
                return element.TextContent.Length < 2000;
            }
        }

        return false;
    }

    /// <summary>A list of links (related stories, tags, navigation): most of its text sits inside links.</summary>
    private static bool IsLinkList(IElement list)
    {
        var text = list.TextContent.Trim().Length;
        if (text == 0)
        {
            return true;
        }

        var linked = list.QuerySelectorAll("a").Sum(link => link.TextContent.Trim().Length);
        return list.Children.Length >= 2 && linked >= text * 0.6;
    }
}
