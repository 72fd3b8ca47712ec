namespace BriefingBot.Core.People;

internal static partial class Gazetteer
{
    /// <summary>Organisations news names without a cue word: news agencies, international bodies, big companies.</summary>
    private static readonly HashSet<string> Organizations = new(StringComparer.OrdinalIgnoreCase)
    {
        // News agencies, papers and broadcasters.
        "Reuters", "Associated Press", "AFP", "Agence France-Presse", "Agence France Presse", "Bloomberg",
        "Dow Jones", "Xinhua", "Kyodo", "Yonhap", "Interfax", "Itar-Tass", "Tass", "RIA", "Tanjug", "ANSA", "PAP",
        "Anadolu", "Bernama", "Antara", "BBC", "CNN", "CNBC", "ABC", "CBS", "NBC", "Fox News", "Al Jazeera",
        "Sky News", "New York Times", "Washington Post", "Wall Street Journal", "Financial Times", "Economist",
        "Le Monde", "Der Spiegel", "Spiegel", "Pravda", "Izvestia", "Asahi", "Yomiuri", "Nikkei",

        // International bodies, central banks, alliances, exchanges.
        "United Nations", "European Union", "European Commission", "European Parliament", "World Bank", "IMF",
        "International Monetary Fund", "WTO", "World Trade Organisation", "World Trade Organization", "OPEC",
        "OECD", "OSCE", "ASEAN", "APEC", "G7", "G8", "G20", "Red Cross", "Red Crescent", "UNICEF", "UNESCO",
        "UNHCR", "FIFA", "UEFA", "IOC", "Interpol", "Europol", "Amnesty International", "Greenpeace",
        "Human Rights Watch", "Federal Reserve", "Fed", "Bundesbank", "ECB", "Bank of England", "Bank of Japan",
        "Pentagon", "Kremlin", "CIA", "FBI", "NSA", "NASA", "KGB", "FSB", "Mossad", "Hamas", "Hezbollah",
        "Taliban", "Al Qaeda", "PLO", "IRA", "Sinn Fein", "ANC", "Nasdaq", "NYSE", "Bundestag",
        "Duma", "Knesset", "Labour", "Tories", "Conservatives", "Democrats", "Republicans",
        "Likud", "Bundesrat", "Politburo", "Vatican", "Gazprom", "Lukoil", "Aeroflot",

        // Big companies.
        "Apple", "Microsoft", "Google", "Alphabet", "Amazon.com", "Facebook", "Twitter", "IBM", "Intel",
        "Oracle", "Cisco", "Hewlett-Packard", "HP", "Dell", "Compaq", "Motorola", "Nokia", "Ericsson", "Siemens",
        "Philips", "Sony", "Panasonic", "Matsushita", "Toshiba", "Hitachi", "Fujitsu", "NEC", "Canon", "Nikon",
        "Samsung", "LG", "Hyundai", "Daewoo", "Kia", "Toyota", "Honda", "Nissan", "Mitsubishi", "Mazda", "Suzuki",
        "Volkswagen", "BMW", "Daimler", "Daimler-Benz", "Mercedes-Benz", "Porsche", "Audi", "Fiat", "Renault",
        "Peugeot", "Citroen", "Volvo", "Saab", "Ford", "General Motors", "GM", "Chrysler", "Boeing", "Airbus",
        "Lockheed", "Lockheed Martin", "Raytheon", "Exxon", "Mobil", "Chevron", "Texaco", "Shell", "Royal Dutch Shell",
        "BP", "ENI", "Repsol", "Statoil", "Walmart", "Wal-Mart", "Coca-Cola", "Pepsi", "PepsiCo",
        "McDonald's", "Nestle", "Unilever", "Procter & Gamble", "Johnson & Johnson", "Pfizer", "Merck", "Novartis",
        "Roche", "Bayer", "BASF", "Hoechst", "GlaxoSmithKline", "Glaxo", "AstraZeneca", "Sanofi", "Citigroup",
        "Citibank", "JPMorgan", "J.P. Morgan", "Goldman Sachs", "Morgan Stanley", "Merrill Lynch", "Barclays",
        "HSBC", "Lloyds", "NatWest", "UBS", "Credit Suisse", "Deutsche Bank", "Commerzbank", "Dresdner",
        "BNP", "Societe Generale", "ING", "ABN AMRO", "Allianz", "AXA", "Nomura", "Daiwa", "MasterCard",
        "American Express", "AT&T", "Verizon", "Vodafone", "Deutsche Telekom", "France Telecom", "Telefonica",
        "British Telecom", "BT", "Disney", "Time Warner", "News Corp", "Viacom", "Netflix", "Tesla", "Uber",
        "Alibaba", "Tencent", "Huawei", "Lenovo", "Baidu", "Lufthansa", "British Airways", "Air France", "KLM",
        "Qantas", "United Airlines", "American Airlines", "Ryanair", "Easyjet", "Rolls-Royce", "Bosch",
        "Michelin", "Ikea", "Nike", "Adidas", "Heineken", "Carlsberg", "Guinness", "Danone", "Kraft",
        "Starbucks", "Xerox", "Kodak", "Yahoo", "Netscape", "Sun Microsystems", "Apple Computer", "ArcelorMittal",
        "Rio Tinto", "BHP", "Anglo American", "De Beers", "Glencore", "Caterpillar", "General Electric", "World Health Organisation", "World Health Organization",
    };

    public static bool IsOrganization(string name) => Organizations.Contains(name) || OrganizationAcronyms.Contains(name);
}
