namespace BriefingBot.Core.Tests.Text;

/// <summary>Reads the shared seed story (../shared/seeds beside the repository) or a short paraphrase written for the tests.</summary>
internal static class SeedStory
{
    public const string Title = "Britain and Japan agree defence deal as Kishida visits London";

    /// <summary>A paraphrase written for these tests so the core assertions do not depend on ../shared.</summary>
    public const string Paraphrase =
        "British Prime Minister Boris Johnson agreed a defence pact with Japanese Prime Minister Fumio Kishida in London on Thursday.\n\n" +
        "Johnson said the two countries would train together. \"We are stronger together,\" Johnson said.\n\n" +
        "Kishida's trip to the U.K. was marked by a flypast of Royal Air Force jets. Mr. Kishida also discussed Russia and Ukraine.\n\n" +
        "Chris Hughes, a professor of international politics and Japanese studies at the University of Warwick, said the pact would deepen ties with Britain.\n\n" +
        "Leave a Comment";

    public static string Text => Find() is { } path ? File.ReadAllText(path) : Paraphrase;

    public static bool IsAvailable => Find() is not null;

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds", "kishida-visit.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
