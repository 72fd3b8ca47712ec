namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Article pages written for the tests: a blog template with the usual chrome around a short news story.</summary>
internal static class TestPages
{
    public const string FirstParagraph =
        "The council approved a new cycle bridge over the river on Tuesday after three years of debate about its cost and its design.";

    public const string SecondParagraph =
        "Work will start in the spring and the bridge should open to walkers and riders by the end of next year, the council said in a statement.";

    public const string ThirdParagraph =
        "Local groups welcomed the decision. \"It links two neighbourhoods that have been cut off from each other for decades,\" said Ana Ruiz, who chairs the residents' association.";

    public static string Blog(string charsetMeta = "<meta charset=\"utf-8\">") => $$"""
        <!DOCTYPE html>
        <html lang="en"><head>{{charsetMeta}}<title>Council approves cycle bridge | Riverside News</title>
        <meta property="article:published_time" content="2026-11-30T09:15:00Z">
        <meta name="author" content="Sam Field"></head>
        <body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <article>
        <h1>Council approves cycle bridge</h1>
        <p class="byline">By Sam Field</p>
        <figure><img src="/bridge.jpg"><figcaption>An artist's impression of the bridge (Photo: Riverside Council)</figcaption></figure>
        <p>{{FirstParagraph}}</p>
        <p>{{SecondParagraph}}</p>
        <p>{{ThirdParagraph}}</p>
        <p>Share on Facebook</p>
        <h3>Related</h3>
        <ul><li><a href="/a">Bus lanes extended to the station</a></li><li><a href="/b">New park opens in the old docks</a></li></ul>
        <h3>Leave a Comment</h3>
        <p>Your email address will not be published. Required fields are marked.</p>
        </article>
        <div class="sidebar"><h3>Recent Posts</h3><ul><li><a href="/c">Market returns to the square</a></li><li><a href="/d">Library hours change</a></li></ul></div>
        </body></html>
        """;

    public const string Index = """
        <html><head><title>Riverside News</title></head><body>
        <ul><li><a href="/a">Bus lanes extended</a></li><li><a href="/b">New park opens</a></li><li><a href="/c">Market returns</a></li></ul>
        <p>Log in</p></body></html>
        """;
}
