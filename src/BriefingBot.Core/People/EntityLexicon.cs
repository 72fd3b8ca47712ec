namespace BriefingBot.Core.People;

/// <summary>Hand-written cue words for the rule-based entity extractor.</summary>
internal static partial class EntityLexicon
{
    /// <summary>Honorifics: mark a person, are not part of the name ("Mr. Kishida" → "Kishida").</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Madam",
    };

    /// <summary>Titles and offices, longest first when matched; compared case-insensitively.</summary>
    public static readonly string[] Titles =
    [
        "Deputy Prime Minister", "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
        "Finance Minister", "Interior Minister", "Health Minister", "Trade Minister", "Minister",
        "Foreign Secretary", "Home Secretary", "Defence Secretary", "Defense Secretary", "Health Secretary",
        "Secretary of State", "Secretary-General", "Secretary General", "Secretary", "Chancellor",
        "Vice President", "President", "President-elect", "Vice Premier", "Premier", "King", "Queen", "Prince",
        "Princess", "Emperor", "Empress", "Crown Prince", "Pope", "Senator", "Sen.", "Representative", "Rep.",
        "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "General", "Gen.", "Lt.", "Col.", "Colonel",
        "Lieutenant", "Captain", "Capt.", "Major", "Sergeant", "Sgt.", "Admiral", "Commander", "Judge", "Justice",
        "Chief Justice", "Chief Executive", "Chief Executive Officer", "CEO", "Chairman", "Chairwoman",
        "Chair", "Chief", "Director", "Director-General", "Professor", "Prof.", "Archbishop", "Bishop",
        "Cardinal", "Rabbi", "Imam", "Ambassador", "Envoy", "Speaker", "Leader", "Commissioner", "Coach",
        "Manager", "Spokesman", "Spokeswoman", "Spokesperson", "Detective", "Inspector", "Officer", "Sheikh",
        "Crown Princess", "Duke", "Duchess", "Chief Minister", "First Minister", "Attorney General",
    ];

    /// <summary>Last words that make a name an organisation ("Royal Air Force", "Acme Inc.").</summary>
    public static readonly HashSet<string> OrganizationTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co", "Co.", "Plc", "PLC", "LLC", "AG", "SA", "GmbH",
        "Group", "Party", "Council", "Commission", "Agency", "Bank", "Force", "Forces", "Army", "Navy",
        "Court", "Committee", "Association", "Institute", "Union", "Organization", "Organisation", "Department",
        "Ministry", "Office", "Foundation", "Company", "Corporation", "Airlines", "Airways", "Times", "Post",
        "News", "Club", "FC", "Parliament", "Congress", "Senate", "Government", "Police", "Service", "Nations",
        "Fund", "Federation", "League", "Board", "Authority", "Society", "Church", "Network", "Motors",
        "Technologies", "Systems", "Holdings", "Partners", "Reserve", "University", "College", "School",
        "Academy", "Hospital", "Museum", "Alliance", "Coalition", "Cabinet", "Assembly", "Bureau", "Guard",
        "Trust", "Exchange", "Securities", "Press", "Journal", "Telegraph", "Guardian", "Tribune", "Herald",
        "Industries", "Enterprises", "Bancorp", "Pharmaceuticals", "Petroleum", "Resources", "Mining", "Steel",
        "Chemicals", "Telecom", "Communications", "Capital", "Investments", "Insurance", "Limited", "Railways",
        "Broadcasting", "Radio", "Television", "Airline", "NV", "N.V.", "SpA", "Pty", "Bhd", "Cos", "Cos.",
        "Brothers", "Bros", "Bros.", "Electronics", "Pictures", "Studios", "Records", "Labs", "Laboratories",
        "Gazette", "Daily", "Ministries", "Directorate", "Tribunal", "Commissioners", "Caucus",

        // Sports clubs.
        "United", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Hotspur", "Sox", "CF", "SC", "Olympic",
    };

    /// <summary>First words of sports club names ("Real Madrid", "Dynamo Kiev").</summary>
    public static readonly HashSet<string> ClubHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Real", "Deportivo", "Dinamo", "Dynamo", "Sporting", "Atletico", "Olympique", "Racing", "Inter", "Partizan",
        "Spartak", "Lokomotiv", "Lokomotiva", "CSKA", "Borussia", "Bayern", "FC", "AC", "AS", "SV", "VfB", "VfL",
        "Steaua", "Slavia", "Sparta", "Legia", "Hajduk", "Celta", "Union",
    };

    /// <summary>First words that make a capitalised run a place, team or thing rather than a person ("Red Star", "Grand Prix").</summary>
    public static readonly HashSet<string> NotPersonHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "St", "St.", "Saint", "Red", "White", "Black", "Green", "Blue", "Royal", "National", "Grand", "Old", "New",
        "East", "West", "North", "South", "Upper", "Lower", "Great", "Greater", "Central", "International", "Federal",
        "Western", "Eastern", "Northern", "Southern", "World", "Global", "First", "Second", "Third", "Golden",
    };

    /// <summary>Words next to a name that say it is a team ("Ashbury beat Felsham", "Ajax v PSV").</summary>
    public static readonly HashSet<string> MatchWords = new(StringComparer.Ordinal)
    {
        "beat", "beats", "v", "vs", "vs.", "defeated", "drew", "thrashed", "routed", "edged", "trounced", "outplayed",
    };

    /// <summary>Words before a name that say it is a place ("in Korvanta", "near Halvorsby").</summary>
    public static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "near", "outside", "at", "across", "towards", "via", "around",
    };

    /// <summary>Last words that make a name an event or other thing, not a person ("Kite Festival", "World Cup").</summary>
    public static readonly HashSet<string> EventTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "Festival", "Cup", "Championship", "Championships", "Games", "Olympics", "Award", "Awards", "Prize",
        "Record", "Summit", "Conference", "Week", "Day", "Show", "Expo", "Open", "Series", "War", "Act", "Bill",
        "Treaty", "Agreement", "Accord", "Plan", "Project", "Programme", "Program", "Online", "Magazine", "Dream",
    };

    /// <summary>First words that make an "X of Y" name an organisation ("University of Warwick").</summary>
    public static readonly HashSet<string> OrganizationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "University", "Bank", "Ministry", "Department", "Group", "Institute", "College", "School", "Museum",
        "Council", "Court", "Office", "Board", "Federation", "Association", "Society", "Union", "Party",
        "Army", "Chamber", "Academy", "Church", "House", "Organisation", "Organization", "League", "Committee",
    };

    /// <summary>Words that make a name a place ("Downing St.", "Mount Fuji").</summary>
    public static readonly HashSet<string> LocationTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "Street", "St.", "Road", "Avenue", "Square", "River", "Mountains", "Island", "Islands", "Sea", "Ocean",
        "Bay", "Gulf", "Province", "County", "Region", "Valley", "Lake", "Strait", "Peninsula", "Desert",
        "City", "State", "Airport",
    };

    public static readonly HashSet<string> LocationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mount", "Lake", "Cape", "Gulf", "Isle", "Port", "Fort", "Strait", "Republic", "Kingdom",
    };

    /// <summary>Lower-case words that may join capitalised words inside one name.</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "&", "de", "van", "von", "der", "den", "bin", "al", "da", "du", "la", "le", "del", "di", "el",
    };

    /// <summary>Verbs after a bare name that say it is a person ("Kishida said").</summary>
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "added", "asked", "argued", "wrote", "insisted", "warned", "explained", "replied",
        "tweeted", "believes", "thinks", "admitted", "denied", "claimed",
    };

    /// <summary>Capitalised words that are never (part of) a name: weekdays, months, common openers.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Today", "Yesterday",
        "Tomorrow", "Christmas", "Easter", "Leave", "Comment", "Comments", "Share", "Read", "Click", "Subscribe",
        "Related", "Recent", "Posts", "Advertisement", "Copyright", "Photo", "Image", "Video", "Watch", "More",
        "According", "Despite", "Following", "Asked", "Speaking", "Meanwhile", "Although", "Earlier", "Later",
        "Police", "Officials", "Critics", "Analysts", "Experts", "Residents", "Witnesses", "Doctors", "Scientists",
        "Researchers", "Authorities", "Investigators", "Prosecutors", "Lawyers", "Sources", "Organisers",
        "Organizers", "Observers", "Economists", "Officers", "Protesters", "Campaigners", "Fans", "Voters",
    };
}
