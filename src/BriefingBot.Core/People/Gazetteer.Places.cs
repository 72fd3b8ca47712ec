namespace BriefingBot.Core.People;

internal static partial class Gazetteer
{
    /// <summary>The rest of the world's countries, US states, Canadian provinces, well-known regions and big cities.</summary>
    private static readonly HashSet<string> WorldPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        // Countries and territories not in the short list.
        "Andorra", "Angola", "Antigua", "Bahamas", "Bahrain", "Barbados", "Belize", "Benin", "Bhutan", "Botswana",
        "Brunei", "Burkina Faso", "Burma", "Burundi", "Cameroon", "Cape Verde", "Central African Republic", "Chad",
        "Comoros", "Congo", "Zaire", "Costa Rica", "Ivory Coast", "Djibouti", "Dominica", "Dominican Republic",
        "East Timor", "Ecuador", "El Salvador", "Equatorial Guinea", "Eritrea", "Eswatini", "Swaziland", "Fiji",
        "Gabon", "Gambia", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
        "Jamaica", "Kiribati", "Kyrgyzstan", "Laos", "Lesotho", "Liberia", "Liechtenstein", "Luxembourg",
        "Macedonia", "North Macedonia", "Madagascar", "Malawi", "Maldives", "Mali", "Malta", "Mauritania",
        "Mauritius", "Micronesia", "Monaco", "Montenegro", "Mozambique", "Namibia", "Nauru", "Nicaragua", "Niger",
        "Oman", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Rwanda", "Samoa", "San Marino", "Senegal",
        "Seychelles", "Sierra Leone", "Solomon Islands", "South Sudan", "Suriname", "Tajikistan", "Tanzania",
        "Togo", "Tonga", "Trinidad", "Tobago", "Turkmenistan", "Tuvalu", "Uzbekistan", "Vanuatu", "Vatican",
        "Zambia", "Yugoslavia", "Soviet Union", "USSR", "Czechoslovakia", "Serbia and Montenegro", "Greenland",
        "Puerto Rico", "Bermuda", "Gibraltar", "Faroe Islands", "Falklands", "Falkland Islands", "Tahiti",
        "Herzegovina", "Bosnia-Herzegovina", "Bosnia and Herzegovina", "Chechnya", "Dagestan", "Tatarstan",
        "Kurdistan", "Abkhazia", "Ossetia", "Nagorno-Karabakh", "Transdniestria", "Kashmir", "Punjab", "Bengal",
        "Tamil Nadu", "Kerala", "Assam", "Xinjiang", "Guangdong", "Sichuan", "Manchuria", "Okinawa", "Hokkaido",
        "Mindanao", "Borneo", "Java", "Sumatra", "Bali", "Aceh", "Darfur", "Sinai", "Golan Heights",
        "Gulf", "Baltics", "Caucasus", "Sahara", "Sahel", "Horn of Africa",
        "Latin America", "Central America", "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe",
        "Southern Europe", "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa",
        "Far East", "Near East", "Midwest", "Riviera", "Alps", "Andes", "Himalayas", "Amazon", "Nile", "Danube",
        "Rhine", "Thames", "Yangtze", "Mississippi", "Indian Ocean", "Black Sea", "Caspian", "Red Sea", "North Sea",
        "Baltic Sea", "Adriatic", "Aegean", "Pacific Ocean", "Atlantic Ocean", "South China Sea", "Persian Gulf",

        // US states and Canadian provinces.
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
        "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba",
        "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland", "Tasmania", "Queensland", "New South Wales",
        "Bavaria", "Saxony", "Catalonia", "Andalusia", "Basque Country", "Lombardy", "Tuscany",
        "Sicily", "Sardinia", "Corsica", "Brittany", "Normandy", "Provence", "Flanders", "Wallonia", "Ulster",

        // Capitals and big cities not in the short list.
        "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Algiers", "Almaty", "Alma-Ata", "Amman", "Antwerp",
        "Asuncion", "Atlanta", "Auckland", "Baku", "Baltimore", "Bamako", "Barcelona", "Basra", "Belgrade",
        "Bogota", "Bombay", "Bonn", "Bordeaux", "Bratislava", "Brasilia", "Bucharest", "Calcutta", "Kolkata",
        "Caracas", "Casablanca", "Chennai", "Madras", "Chittagong", "Cologne", "Colombo", "Conakry",
        "Dakar", "Dallas", "Dar es Salaam", "Denver", "Detroit", "Dhaka", "Dushanbe", "Frankfurt", "Gdansk",
        "Genoa", "Gothenburg", "Grozny", "Guangzhou", "Hamburg", "Harare", "Havana", "Hebron", "Ho Chi Minh City",
        "Saigon", "Honolulu", "Hyderabad", "Jeddah", "Kampala", "Kandahar", "Kathmandu", "Khartoum", "Kigali",
        "Kinshasa", "Kobe", "Krakow", "Kuala Lumpur", "Kuwait City", "La Paz", "Lahore", "Las Vegas", "Lima",
        "Lisbon", "Ljubljana", "Luanda", "Lusaka", "Lyon", "Managua", "Marseille", "Marseilles", "Mecca",
        "Medina", "Milan", "Milwaukee", "Minneapolis", "Mogadishu", "Monrovia", "Monterrey", "Montevideo",
        "Mosul", "Munich", "Nagoya", "Nanjing", "Naples", "Nassau", "New Orleans", "Nicosia", "Phnom Penh",
        "Philadelphia", "Pittsburgh", "Port-au-Prince", "Pretoria", "Quito", "Rabat", "Rangoon",
        "Yangon", "Reykjavik", "Riga", "Rotterdam", "Salzburg", "San Diego", "San Jose", "San Juan", "Santiago",
        "Sarajevo", "Seattle", "Skopje", "Sofia", "St Petersburg", "St. Petersburg", "Stuttgart", "Tallinn",
        "Tashkent", "Tegucigalpa", "Tianjin", "Tirana", "Tripoli", "Tunis", "Turin", "Ulan Bator", "Valencia",
        "Valletta", "Vilnius", "Vladivostok", "Wellington", "Windhoek", "Wuhan", "Yerevan", "Yokohama", "Zagreb",
        "Lagos", "Karachi", "Kyoto", "Hiroshima", "Nagasaki", "Busan", "Pusan", "Shenzhen", "Chongqing", "Lhasa",
        "Ramallah", "Nablus", "Bethlehem", "Haifa", "Aleppo", "Homs", "Kirkuk", "Fallujah", "Benghazi", "Alexandria",
        "Durban", "Mombasa", "Goma", "Bujumbura", "Sacramento", "Cleveland", "Cincinnati", "St. Louis",
        "St Louis", "Kansas City", "Oakland", "Portland", "Orlando", "Tampa", "Nashville",
        "Indianapolis", "Memphis", "Calgary", "Edmonton", "Winnipeg", "Halifax", "Perth", "Adelaide",
        "Brisbane", "Christchurch", "Oxford", "Cambridge", "Bristol", "Sheffield", "Newcastle", "Nottingham",
        "Leicester", "Southampton", "Brighton", "Aberdeen", "Dundee", "Strasbourg", "Toulouse", "Lille", "Nantes",
        "Seville", "Bilbao", "Porto", "Florence", "Venice", "Bologna", "Palermo", "Dusseldorf", "Dresden",
        "Leipzig", "Hanover", "Bremen", "Nuremberg", "Basel", "Bern", "Berne", "Lausanne", "Innsbruck", "Graz",
        "Lodz", "Wroclaw", "Poznan", "Brno", "Kosice", "Debrecen", "Cluj", "Thessaloniki", "Izmir",
        "Odessa", "Kharkiv", "Kharkov", "Lviv", "Donetsk", "Sevastopol", "Novosibirsk", "Yekaterinburg",
        "Murmansk", "Kaliningrad", "Chernobyl",
    };
}
