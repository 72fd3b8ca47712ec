using AngleSharp.Dom;

namespace BriefingBot.Core.Extraction;

public sealed partial class ArticleExtractor
{
    /// <summary>Class or id fragments of blocks that are never article text.</summary>
    private static readonly string[] NoiseMarkers =
    [
        "caption", "credit", "share", "social", "related", "newsletter", "subscribe", "promo", "advert", "sponsor",
        "comment", "author-bio", "breadcrumb", "pagination", "tags", "byline", "dateline", "toolbar", "signup",
    ];

    private static void RemoveNoise(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("figure, figcaption, aside, nav, form, button, footer, iframe, noscript, select, input"))
        {
            element.Remove();
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

    private static bool IsNoise(IElement element)
    {
        if (element.LocalName is "body" or "article" or "main" or "p" or "h1" or "h2")
        {
            return false;
        }

        var marks = string.Concat(element.ClassName, " ", element.Id).ToLowerInvariant();
        foreach (var marker in NoiseMarkers)
        {
            if (marks.Contains(marker, StringComparison.Ordinal))
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
