namespace BriefingBot.Core.Extraction;

/// <summary>What extraction made of a page.</summary>
public enum ExtractionStatus
{
    /// <summary>An article: main text found.</summary>
    Article,

    /// <summary>The page is not an article (an index, a login wall, too little text).</summary>
    NotAnArticle,

    /// <summary>The page could not be processed.</summary>
    Failed,
}
