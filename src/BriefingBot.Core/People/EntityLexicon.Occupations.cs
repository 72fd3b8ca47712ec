namespace BriefingBot.Core.People;

internal static partial class EntityLexicon
{
    /// <summary>Occupations that stand before a name like a title ("singer Katherine Jenkins", "economist Jane Roe").</summary>
    public static readonly HashSet<string> Occupations = new(StringComparer.OrdinalIgnoreCase)
    {
        "actor", "actress", "singer", "songwriter", "musician", "guitarist", "pianist", "drummer", "composer",
        "conductor", "director", "producer", "filmmaker", "screenwriter", "writer", "author", "novelist", "poet",
        "playwright", "journalist", "reporter", "editor", "columnist", "broadcaster", "presenter", "photographer",
        "artist", "painter", "sculptor", "designer", "architect", "lawyer", "attorney", "barrister", "economist",
        "analyst", "strategist", "scientist", "researcher", "physicist", "chemist", "biologist", "historian",
        "philosopher", "professor", "lecturer", "teacher", "striker", "midfielder", "defender", "goalkeeper",
        "quarterback", "golfer", "boxer", "cyclist", "sprinter", "chef", "businessman", "businesswoman",
        "entrepreneur", "investor", "banker", "billionaire", "activist", "campaigner", "politician", "lawmaker",
        "legislator", "diplomat", "surgeon", "physician", "priest", "comedian", "rapper", "dancer", "astronaut",
        "founder", "co-founder", "official", "executive", "adviser", "advisor", "consultant", "correspondent",
    };

    /// <summary>
    /// Lower-case nouns that head a role phrase next to a name ("a Nashville session drummer", "talk-show host Jane Roe",
    /// "the former president of ..."): the occupations above and many more, written from general knowledge of job names.
    /// Only read in lower case, so "Dean Martin" or "Count Basie" stay names.
    /// </summary>
    public static readonly HashSet<string> RoleNouns = new(Occupations.Concat(
    [
        // Arts, entertainment, media.
        "singer-songwriter", "bassist", "percussionist", "violinist", "cellist", "saxophonist", "trumpeter",
        "clarinetist", "clarinettist", "organist", "keyboardist", "vocalist", "frontman", "frontwoman",
        "cinematographer", "animator", "choreographer", "ballerina", "lyricist", "essayist", "biographer", "host",
        "anchor", "newsreader", "commentator", "critic", "publisher", "blogger", "illustrator", "cartoonist", "comic",
        "DJ", "model", "magician", "entertainer", "star", "performer", "impresario",

        // Law, business, science, professions.
        "solicitor", "prosecutor", "mathematician", "astronomer", "engineer", "inventor", "geologist", "psychologist",
        "psychiatrist", "sociologist", "anthropologist", "archaeologist", "theologian", "scholar", "academic",
        "headteacher", "headmaster", "principal", "dean", "financier", "tycoon", "industrialist", "accountant",
        "doctor", "nurse", "dentist", "pharmacist", "veterinarian", "pilot", "farmer", "manager", "owner",
        "president", "treasurer", "auditor", "regulator", "negotiator", "mediator", "spokesman", "spokeswoman",
        "spokesperson",

        // Politics, public life, religion.
        "statesman", "stateswoman", "bureaucrat", "councillor", "councilman", "councilwoman",
        "alderman", "mayor", "governor", "senator", "congressman", "congresswoman", "minister", "premier",
        "chancellor", "ambassador", "envoy", "consul", "delegate", "commissioner", "magistrate", "judge", "justice",
        "sheriff", "dictator", "monarch", "king", "queen", "prince", "princess", "emperor", "empress", "sultan",
        "emir", "shah", "tsar", "czar", "pharaoh", "count", "countess", "duke", "duchess", "baron", "baroness",
        "earl", "marquess", "pastor", "vicar", "cleric", "preacher", "evangelist", "missionary", "monk", "nun",
        "rabbi", "imam", "bishop", "archbishop", "cardinal", "chaplain", "leader", "chairman", "chairwoman",
        "chairperson", "chief", "boss", "head", "secretary", "deputy", "aide", "whistleblower", "dissident",

        // Sport, military, security.
        "winger", "forward", "pitcher", "batsman", "bowler", "wrestler", "runner", "swimmer", "skier", "jockey",
        "driver", "athlete", "footballer", "cricketer", "captain", "coach", "trainer", "referee", "umpire", "player",
        "champion", "soldier", "officer", "general", "commander", "colonel", "sergeant", "detective", "inspector",
        "agent", "spy",
    ]), StringComparer.OrdinalIgnoreCase);
}
