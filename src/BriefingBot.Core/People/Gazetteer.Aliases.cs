namespace BriefingBot.Core.People;

internal static partial class Gazetteer
{
    /// <summary>Names of one place: the short forms, old names and the country's full name.</summary>
    private static readonly string[][] PlaceAliases =
    [
        ["United Kingdom", "U.K.", "UK", "Britain", "Great Britain"],
        ["United States", "U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
        ["United Arab Emirates", "UAE", "U.A.E."],
        ["Netherlands", "Holland", "The Netherlands"],
        ["Myanmar", "Burma"],
        ["Kyiv", "Kiev"],
        ["Mumbai", "Bombay"],
        ["Kolkata", "Calcutta"],
        ["Chennai", "Madras"],
        ["Yangon", "Rangoon"],
        ["Ho Chi Minh City", "Saigon"],
        ["Beijing", "Peking"],
        ["Czech Republic", "Czechia"],
        ["North Macedonia", "Macedonia"],
        ["Eswatini", "Swaziland"],
        ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
        ["Almaty", "Alma-Ata"],
        ["Kharkiv", "Kharkov"],
        ["St Petersburg", "St. Petersburg", "Saint Petersburg"],
        ["Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina"],
        ["Marseille", "Marseilles"],
        ["Bern", "Berne"],
        ["Busan", "Pusan"],
    ];

    private static readonly Dictionary<string, string> PlaceKeys = PlaceAliases
        .SelectMany(names => names.Select(name => (Name: name, Key: names[0])))
        .ToDictionary(x => x.Name, x => x.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name of the place <paramref name="key"/> (a <see cref="PlaceKey"/>), the key included.</summary>
    public static IEnumerable<string> PlaceNames(string key) =>
        PlaceAliases.FirstOrDefault(names => names[0].Equals(key, StringComparison.OrdinalIgnoreCase)) ?? [key];

    /// <summary>One key for every name of a place: "U.K.", "Britain" and "United Kingdom" → "United Kingdom".</summary>
    public static string PlaceKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return PlaceKeys.GetValueOrDefault(name.Trim()) ?? name.Trim();
    }
}
