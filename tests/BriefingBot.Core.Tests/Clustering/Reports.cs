using BriefingBot.Core.Ingestion;
using BriefingBot.Core.News;
using BriefingBot.Core.Stories;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.Clustering;

/// <summary>Reports of a few events, written for these tests: each event told by two outlets in their own words.</summary>
internal static class Reports
{
    public const string KishidaWireTitle = "Britain and Japan agree defence deal as Kishida visits London";

    public const string KishidaWire =
        "The militaries of Britain and Japan will work more closely together under a defence deal that British Prime Minister Boris Johnson " +
        "announced during talks with his Japanese counterpart Fumio Kishida on Thursday. The agreement lets the armed forces of the two " +
        "countries deploy together for training, joint exercises and disaster relief.";

    public const string KishidaDailyTitle = "Johnson hosts Japan's Kishida at Downing Street, signs military pact";

    public const string KishidaDaily =
        "Japanese Prime Minister Fumio Kishida met Boris Johnson in Downing Street on Thursday, where the two leaders agreed in principle " +
        "a reciprocal access agreement allowing their troops to train and exercise on each other's soil. Kishida's first official trip to " +
        "the UK as prime minister was marked by a Royal Air Force flypast over London.";

    public const string KishidaTaxTitle = "Kishida promises income tax cut to ease cost of living";

    public const string KishidaTax =
        "Japanese Prime Minister Fumio Kishida said on Monday his government would cut income tax for one year to help households cope " +
        "with rising prices, a move opposition parties called an attempt to win votes before an election.";

    public const string QuakeTitle = "Magnitude 6.1 earthquake shakes western Turkey";

    public const string Quake =
        "A strong earthquake struck western Turkey early on Monday, damaging buildings in the province of Izmir and sending residents into " +
        "the streets. The disaster agency AFAD said the quake had a magnitude of 6.1 and was centred near the town of Bergama.";

    public static NewStory Analyze(CoreTestServices services, string sourceId, string title, string text, string link, DateTimeOffset published)
    {
        var item = new FeedItem(link, title, new Uri(link), null, text, null, published);
        var source = new FeedSource(sourceId, sourceId.ToUpperInvariant(), "https://" + sourceId + ".example/rss", []);
        return services.Get<StoryAnalyzer>().Analyze(item, source, services.Clock.GetUtcNow())
            ?? throw new InvalidOperationException("The analyzer dropped a report.");
    }
}
