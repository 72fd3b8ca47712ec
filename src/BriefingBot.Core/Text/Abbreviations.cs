namespace BriefingBot.Core.Text;

/// <summary>Hand-written word lists the sentence splitter needs. Keys are lower-case, without the final period.</summary>
internal static class Abbreviations
{
    /// <summary>Titles that stand before a name and never end a sentence: "Mr. Smith", "Gen. Lee".</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
        "maj", "adm", "cmdr", "cpl", "pte", "rev", "hon", "pres", "supt", "insp", "det", "fr", "messrs",
    };

    /// <summary>Abbreviations that usually continue the sentence but may end it ("... Acme Inc. The firm").</summary>
    public static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "jr", "sr", "inc", "ltd", "co", "corp", "plc", "llc", "bros", "vs", "v", "etc", "e.g", "i.e",
        "no", "nos", "vol", "pp", "approx", "est", "dept", "univ", "assn", "ave", "rd", "blvd", "mt", "ft",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "a.m", "p.m", "cf",
    };

    /// <summary>Words that commonly open a sentence; after "U.S." or "Inc." they signal a boundary.</summary>
    public static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
        "My", "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On",
        "At", "As", "If", "When", "While", "After", "Before", "Since", "Although", "Though", "However",
        "Meanwhile", "Also", "Still", "Now", "Then", "Some", "Many", "Most", "Other", "Others", "Officials",
        "According", "Under", "For", "With", "Without", "By", "From", "What", "Why", "How", "Who", "Where",
        "Last", "Next", "Earlier", "Later", "Both", "Each", "Every", "No", "Not", "One", "Two", "Such",
    };

    /// <summary>Verbs of attribution: '"We won!" Johnson said.' is one sentence.</summary>
    public static readonly HashSet<string> AttributionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "asked", "asks", "added", "adds", "recalled", "recalls",
        "wrote", "writes", "explained", "insisted", "warned", "replied", "continued", "noted", "argued",
        "shouted", "declared", "tweeted", "posted", "claimed", "admitted", "stated",
    };
}
