namespace BriefingBot.Core.People;

/// <summary>A small hand-written gazetteer: common countries with their demonyms, big cities and regions.</summary>
internal static partial class Gazetteer
{
    /// <summary>Demonym or adjective → the country name used in roles ("Japanese" → "Japan").</summary>
    public static readonly Dictionary<string, string> Demonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["American"] = "the United States", ["U.S."] = "the United States", ["US"] = "the United States",
        ["British"] = "the United Kingdom", ["U.K."] = "the United Kingdom", ["UK"] = "the United Kingdom",
        ["English"] = "England", ["Scottish"] = "Scotland", ["Welsh"] = "Wales", ["Irish"] = "Ireland",
        ["Japanese"] = "Japan", ["Chinese"] = "China", ["Russian"] = "Russia", ["Ukrainian"] = "Ukraine",
        ["French"] = "France", ["German"] = "Germany", ["Italian"] = "Italy", ["Spanish"] = "Spain",
        ["Portuguese"] = "Portugal", ["Dutch"] = "the Netherlands", ["Belgian"] = "Belgium", ["Swiss"] = "Switzerland",
        ["Austrian"] = "Austria", ["Polish"] = "Poland", ["Swedish"] = "Sweden", ["Norwegian"] = "Norway",
        ["Danish"] = "Denmark", ["Finnish"] = "Finland", ["Greek"] = "Greece", ["Turkish"] = "Turkey",
        ["Hungarian"] = "Hungary", ["Czech"] = "the Czech Republic", ["Romanian"] = "Romania",
        ["Canadian"] = "Canada", ["Mexican"] = "Mexico", ["Brazilian"] = "Brazil", ["Argentine"] = "Argentina",
        ["Argentinian"] = "Argentina", ["Chilean"] = "Chile", ["Colombian"] = "Colombia", ["Venezuelan"] = "Venezuela",
        ["Cuban"] = "Cuba", ["Australian"] = "Australia", ["Indian"] = "India", ["Pakistani"] = "Pakistan",
        ["Bangladeshi"] = "Bangladesh", ["Afghan"] = "Afghanistan", ["Iranian"] = "Iran", ["Iraqi"] = "Iraq",
        ["Syrian"] = "Syria", ["Israeli"] = "Israel", ["Palestinian"] = "the Palestinian territories",
        ["Egyptian"] = "Egypt", ["Saudi"] = "Saudi Arabia", ["Lebanese"] = "Lebanon", ["Jordanian"] = "Jordan",
        ["South Korean"] = "South Korea", ["North Korean"] = "North Korea", ["Korean"] = "Korea",
        ["Taiwanese"] = "Taiwan", ["Vietnamese"] = "Vietnam", ["Thai"] = "Thailand", ["Indonesian"] = "Indonesia",
        ["Filipino"] = "the Philippines", ["Philippine"] = "the Philippines", ["Malaysian"] = "Malaysia",
        ["Singaporean"] = "Singapore", ["Nigerian"] = "Nigeria", ["Kenyan"] = "Kenya", ["Ethiopian"] = "Ethiopia",
        ["South African"] = "South Africa", ["New Zealand"] = "New Zealand", ["European"] = "Europe",
        ["Briton"] = "the United Kingdom", ["Serbian"] = "Serbia", ["Serb"] = "Serbia", ["Bosnian"] = "Bosnia",
        ["Croatian"] = "Croatia", ["Croat"] = "Croatia", ["Slovak"] = "Slovakia", ["Slovenian"] = "Slovenia",
        ["Bulgarian"] = "Bulgaria", ["Albanian"] = "Albania", ["Lithuanian"] = "Lithuania", ["Latvian"] = "Latvia",
        ["Estonian"] = "Estonia", ["Belarusian"] = "Belarus", ["Georgian"] = "Georgia", ["Armenian"] = "Armenia",
        ["Azerbaijani"] = "Azerbaijan", ["Azeri"] = "Azerbaijan", ["Kazakh"] = "Kazakhstan", ["Uzbek"] = "Uzbekistan",
        ["Tajik"] = "Tajikistan", ["Chechen"] = "Chechnya", ["Kurdish"] = "Kurdistan", ["Kurd"] = "Kurdistan",
        ["Moroccan"] = "Morocco", ["Algerian"] = "Algeria", ["Tunisian"] = "Tunisia", ["Libyan"] = "Libya",
        ["Sudanese"] = "Sudan", ["Somali"] = "Somalia", ["Rwandan"] = "Rwanda", ["Burundian"] = "Burundi",
        ["Ugandan"] = "Uganda", ["Tanzanian"] = "Tanzania", ["Zambian"] = "Zambia", ["Zimbabwean"] = "Zimbabwe",
        ["Ghanaian"] = "Ghana", ["Senegalese"] = "Senegal", ["Congolese"] = "Congo", ["Angolan"] = "Angola",
        ["Peruvian"] = "Peru", ["Bolivian"] = "Bolivia", ["Ecuadorean"] = "Ecuador", ["Ecuadorian"] = "Ecuador",
        ["Uruguayan"] = "Uruguay", ["Paraguayan"] = "Paraguay", ["Jamaican"] = "Jamaica", ["Haitian"] = "Haiti",
        ["Nepali"] = "Nepal", ["Nepalese"] = "Nepal", ["Sri Lankan"] = "Sri Lanka", ["Burmese"] = "Myanmar",
        ["Cambodian"] = "Cambodia", ["Mongolian"] = "Mongolia", ["Kuwaiti"] = "Kuwait", ["Qatari"] = "Qatar",
        ["Emirati"] = "the United Arab Emirates", ["Yemeni"] = "Yemen", ["Omani"] = "Oman", ["Bahraini"] = "Bahrain",
        ["Icelandic"] = "Iceland", ["Cypriot"] = "Cyprus", ["Maltese"] = "Malta", ["Yugoslav"] = "Yugoslavia",
        ["Macedonian"] = "Macedonia", ["Moldovan"] = "Moldova", ["Montenegrin"] = "Montenegro", ["Tibetan"] = "Tibet",
        ["Eritrean"] = "Eritrea", ["Liberian"] = "Liberia", ["Nicaraguan"] = "Nicaragua", ["Panamanian"] = "Panama",
        ["Guatemalan"] = "Guatemala", ["Salvadoran"] = "El Salvador", ["Honduran"] = "Honduras",
        ["Costa Rican"] = "Costa Rica", ["Dominican"] = "the Dominican Republic", ["Puerto Rican"] = "Puerto Rico",
        ["Scandinavian"] = "Scandinavia", ["Kyrgyz"] = "Kyrgyzstan", ["Turkmen"] = "Turkmenistan",
    };

    /// <summary>Adjectives that are never entities on their own ("Western nations", "Asian markets").</summary>
    public static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "Western", "Eastern", "Northern", "Southern", "Asian", "African", "Arab", "Latin", "Nordic", "Baltic",
        "Balkan", "Soviet", "Muslim", "Christian", "Jewish", "Catholic", "Islamic", "Democratic", "Republican",
    };

    public static readonly HashSet<string> Locations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
        "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil", "Britain", "Great Britain",
        "Bulgaria", "Cambodia", "Canada", "Chile", "China", "Colombia", "Croatia", "Cuba", "Cyprus",
        "Czech Republic", "Denmark", "Egypt", "England", "Estonia", "Ethiopia", "Finland", "France", "Georgia",
        "Germany", "Ghana", "Greece", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
        "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Latvia", "Lebanon",
        "Libya", "Lithuania", "Malaysia", "Mexico", "Moldova", "Mongolia", "Morocco", "Myanmar", "Nepal",
        "Netherlands", "New Zealand", "Nigeria", "North Korea", "Northern Ireland", "Norway", "Pakistan",
        "Palestine", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Saudi Arabia",
        "Scotland", "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea",
        "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Thailand", "Tunisia",
        "Turkey", "Uganda", "Ukraine", "United Arab Emirates", "UAE", "United Kingdom", "U.K.", "UK",
        "United States", "U.S.", "US", "USA", "America", "Uruguay", "Venezuela", "Vietnam", "Wales", "Yemen",
        "Zimbabwe", "Europe", "Asia", "Africa", "Antarctica", "Oceania", "North America", "South America",
        "Latin America", "East Asia", "South Asia", "Southeast Asia", "Central Asia", "Middle East",
        "Gaza", "West Bank", "Crimea", "Donbas", "Kashmir", "Tibet", "Hong Kong", "Macau", "Siberia",
        "Scandinavia", "Balkans", "Caribbean", "Pacific", "Atlantic", "Arctic", "Mediterranean", "Indo-Pacific",
        "London", "Paris", "Berlin", "Madrid", "Rome", "Moscow", "Kyiv", "Kiev", "Beijing", "Shanghai", "Tokyo",
        "Osaka", "Seoul", "Pyongyang", "Taipei", "Delhi", "New Delhi", "Mumbai", "Karachi", "Islamabad",
        "Kabul", "Tehran", "Baghdad", "Damascus", "Beirut", "Jerusalem", "Tel Aviv", "Cairo", "Riyadh",
        "Dubai", "Doha", "Istanbul", "Ankara", "Athens", "Vienna", "Warsaw", "Prague", "Budapest", "Brussels",
        "Amsterdam", "The Hague", "Geneva", "Zurich", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Dublin",
        "Edinburgh", "Glasgow", "Manchester", "Birmingham", "Liverpool", "Leeds", "Cardiff", "Belfast",
        "Washington", "New York", "Los Angeles", "Chicago", "San Francisco", "Boston", "Miami", "Houston",
        "Toronto", "Ottawa", "Montreal", "Vancouver", "Mexico City", "Sao Paulo", "Rio de Janeiro",
        "Buenos Aires", "Sydney", "Melbourne", "Canberra", "Singapore", "Bangkok", "Jakarta", "Manila",
        "Hanoi", "Nairobi", "Lagos", "Johannesburg", "Cape Town", "Minsk", "Tbilisi", "Davos", "Brexit",
    };

    /// <summary>Dotted or bare acronyms of organisations that the all-caps rule cannot see.</summary>
    public static readonly HashSet<string> OrganizationAcronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "U.N.", "E.U.", "EU", "UN", "NATO", "Nato",
    };

    /// <summary>Nationality and other group words news writes capitalised ("Iraqi", "Israelis", "Islamic"): descriptors, not entities.</summary>
    public static bool IsNationality(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Demonyms.ContainsKey(word) && !Locations.Contains(word) && !WorldPlaces.Contains(word))
        {
            return true;
        }

        if (Adjectives.Contains(word))
        {
            return !word.EndsWith("ern", StringComparison.OrdinalIgnoreCase);
        }

        return word.Length > 4 && word.EndsWith('s') && char.IsLower(word[^2]) && Demonyms.ContainsKey(word[..^1]) && !Locations.Contains(word[..^1]);
    }

    /// <summary>A country (not a city or region): what a demonym names, or a country's short form ("U.S.").</summary>
    public static bool IsCountry(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Countries.Contains(name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name) ||
            (Demonyms.ContainsKey(name) && Locations.Contains(name));
    }

    private static readonly HashSet<string> Countries = new(
        Demonyms.Values.Select(c => c.StartsWith("the ", StringComparison.Ordinal) ? c[4..] : c)
            .Concat(["Britain", "Great Britain", "America", "USA", "Holland", "Bosnia-Herzegovina", "Herzegovina"]),
        StringComparer.OrdinalIgnoreCase);

    public static bool IsLocation(string name) =>
        (Locations.Contains(name) || WorldPlaces.Contains(name)) && !name.Equals("Brexit", StringComparison.OrdinalIgnoreCase);
}
