// CountryOfPage: votes from country names, flag emoji, full phone numbers,
// country domains and US state codes.
#include "document/page_country.h"

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "re2/re2.h"

namespace exposure::internal {
namespace {

struct Country {
  const char* code;          // ISO 3166-1 alpha-2
  const char* calling_code;  // "" when shared (+1, +7) or not listed
  // Names as pages write them, in English and the country's languages,
  // then its capital and large cities, states and provinces (a town named
  // in several countries, such as Valencia or Mérida, counts for each).
  std::vector<std::string_view> names;
};

const std::vector<Country>& Countries() {
  static const auto* countries = new std::vector<Country>{
      {"US",
       "",
       {"United States", "USA", "U.S.A.", "Estados Unidos", "New York",
        "Los Angeles", "Chicago", "Houston"}},
      {"CA", "", {"Canada",        "Canadá",           "Toronto",
                  "Montreal",      "Montréal",         "Vancouver",
                  "Calgary",       "Ottawa",           "Winnipeg",
                  "Halifax",       "Ontario",          "Quebec",
                  "Québec",        "British Columbia", "Alberta",
                  "Manitoba",      "Saskatchewan",     "Nova Scotia",
                  "New Brunswick", "Newfoundland",     "Prince Edward Island"}},
      {"MX",
       "52",
       {"Mexico", "México", "Ciudad de México", "CDMX", "Guadalajara",
        "Monterrey", "Puebla", "Oaxaca"}},
      {"GT",
       "502",
       {"Guatemala", "Quetzaltenango", "Xela", "Antigua Guatemala",
        "Ciudad de Guatemala"}},
      {"SV", "503", {"El Salvador", "San Salvador"}},
      {"HN",
       "504",
       {"Honduras", "Tegucigalpa", "San Pedro Sula", "La Ceiba", "Choloma",
        "Comayagua"}},
      {"NI", "505", {"Nicaragua", "Managua"}},
      {"CR", "506", {"Costa Rica", "Alajuela", "Cartago"}},
      {"PA", "507", {"Panama", "Panamá", "Ciudad de Panamá", "Boquete"}},
      {"CU",
       "53",
       {"Cuba", "La Habana", "Havana", "Santiago de Cuba", "Camagüey",
        "Holguín", "Matanzas", "Cienfuegos"}},
      {"DO",
       "",
       {"Dominican Republic", "República Dominicana", "Santo Domingo",
        "Santiago de los Caballeros", "Punta Cana"}},
      {"PR", "", {"Puerto Rico", "San Juan", "Bayamón", "Ponce", "Mayagüez"}},
      {"JM", "", {"Jamaica", "Montego Bay", "Mandeville", "Spanish Town"}},
      {"TT",
       "",
       {"Trinidad and Tobago", "Trinidad", "Port of Spain", "San Fernando",
        "Chaguanas", "Arima"}},
      {"BB", "", {"Barbados", "Bridgetown"}},
      {"BS", "", {"Bahamas", "Nassau"}},
      {"BM", "", {"Bermuda"}},
      {"CO",
       "57",
       {"Colombia", "Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena",
        "Bucaramanga"}},
      {"VE",
       "58",
       {"Venezuela", "Caracas", "Maracaibo", "Barquisimeto", "Mérida"}},
      {"EC", "593", {"Ecuador", "Quito", "Guayaquil", "Cuenca"}},
      {"PE", "51", {"Peru", "Perú", "Lima", "Arequipa", "Cusco", "Cuzco"}},
      {"BO",
       "591",
       {"Bolivia", "Cochabamba", "Santa Cruz de la Sierra", "Sucre", "Oruro",
        "El Alto", "Potosí", "Tarija"}},
      {"CL",
       "56",
       {"Chile", "Santiago de Chile", "Valparaíso", "Viña del Mar",
        "Concepción", "Antofagasta"}},
      {"AR", "54", {"Argentina", "Buenos Aires", "Mendoza", "La Plata"}},
      {"UY", "598", {"Uruguay", "Montevideo"}},
      {"PY", "595", {"Paraguay", "Asunción", "Ciudad del Este", "Encarnación"}},
      {"BR",
       "55",
       {"Brazil", "Brasil", "São Paulo", "Rio de Janeiro", "Belo Horizonte",
        "Brasília", "Recife", "Porto Alegre", "Curitiba", "Fortaleza"}},
      {"GY", "592", {"Guyana"}},
      {"GB",
       "44",
       {"United Kingdom", "England", "Scotland", "Wales", "Northern Ireland",
        "UK", "London", "Manchester", "Birmingham", "Glasgow", "Edinburgh",
        "Cardiff", "Belfast", "Leeds", "Liverpool", "Bristol"}},
      {"IE",
       "353",
       {"Ireland", "Éire", "Dublin", "Cork", "Galway", "Limerick"}},
      {"IM", "", {"Isle of Man"}},
      {"ES",
       "34",
       {"Spain", "España", "Madrid", "Barcelona", "Sevilla", "Zaragoza",
        "Bilbao", "Málaga"}},
      {"PT",
       "351",
       {"Portugal", "Lisboa", "Lisbon", "Porto", "Coimbra", "Braga", "Faro"}},
      {"FR",
       "33",
       {"France", "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille",
        "Nantes"}},
      {"BE",
       "32",
       {"Belgium", "Belgique", "België", "Bruxelles", "Brussels", "Brussel",
        "Antwerpen", "Gent", "Liège"}},
      {"NL",
       "31",
       {"Netherlands", "Nederland", "Amsterdam", "Rotterdam", "Utrecht",
        "Den Haag", "Eindhoven"}},
      {"LU", "352", {"Luxembourg"}},
      {"DE",
       "49",
       {"Germany", "Deutschland", "Berlin", "Hamburg", "München", "Munich",
        "Köln", "Frankfurt", "Stuttgart", "Leipzig", "Dresden"}},
      {"AT",
       "43",
       {"Austria", "Österreich", "Wien", "Vienna", "Graz", "Linz", "Salzburg",
        "Innsbruck", "Klagenfurt", "Steiermark", "Tirol", "Kärnten",
        "Niederösterreich", "Oberösterreich", "Vorarlberg", "Burgenland"}},
      {"CH", "41", {"Switzerland", "Schweiz",  "Suisse",
                    "Svizzera",    "Zürich",   "Zurich",
                    "Genève",      "Geneva",   "Bern",
                    "Berne",       "Lausanne", "Basel",
                    "Bâle",        "Fribourg", "Freiburg im Üechtland",
                    "Luzern",      "Lucerne",  "Neuchâtel",
                    "Lugano",      "Sion"}},
      {"IT",
       "39",
       {"Italy", "Italia", "Roma", "Milano", "Napoli", "Torino", "Bologna",
        "Firenze", "Palermo", "Bari"}},
      {"MT", "356", {"Malta", "Valletta", "Sliema", "Mdina"}},
      {"GR",
       "30",
       {"Greece", "Ελλάδα", "Athens", "Thessaloniki", "Crete", "Chania",
        "Heraklion", "Patras", "Rhodes", "Corfu"}},
      {"CY", "357", {"Cyprus", "Nicosia", "Limassol", "Larnaca", "Paphos"}},
      {"PL",
       "48",
       {"Poland", "Polska", "Warsaw", "Warszawa", "Kraków", "Krakow", "Wrocław",
        "Gdańsk", "Poznań", "Łódź"}},
      {"CZ",
       "420",
       {"Czechia", "Czech Republic", "Prague", "Praha", "Brno", "Ostrava"}},
      {"DK",
       "45",
       {"Denmark", "Danmark", "Copenhagen", "København", "Aarhus", "Odense",
        "Aalborg", "Esbjerg"}},
      {"SE",
       "46",
       {"Sweden", "Sverige", "Stockholm", "Göteborg", "Gothenburg", "Malmö",
        "Uppsala"}},
      {"NO",
       "47",
       {"Norway", "Norge", "Oslo", "Bergen", "Trondheim", "Stavanger",
        "Tromsø"}},
      {"FI",
       "358",
       {"Finland", "Suomi", "Helsinki", "Tampere", "Turku", "Espoo", "Oulu"}},
      {"IS",
       "354",
       {"Iceland", "Ísland", "Reykjavík", "Reykjavik", "Akureyri"}},
      {"NG",
       "234",
       // "Niger State" and the "Niger Delta" are Nigeria's, not Niger's.
       {"Nigeria", "Lagos", "Abuja", "Ibadan", "Port Harcourt", "Kano",
        "Niger State", "Niger Delta"}},
      {"GH", "233", {"Ghana", "Accra", "Kumasi", "Tamale"}},
      {"KE", "254", {"Kenya", "Nairobi", "Mombasa", "Kisumu"}},
      {"UG",
       "256",
       {"Uganda", "Kampala", "Entebbe", "Jinja", "Gulu", "Mbarara"}},
      {"TZ",
       "255",
       {"Tanzania", "Dar es Salaam", "Dodoma", "Arusha", "Zanzibar"}},
      {"RW", "250", {"Rwanda", "Kigali", "Huye", "Musanze", "Rubavu"}},
      {"ET", "251", {"Ethiopia"}},
      {"ZA",
       "27",
       {"South Africa", "Johannesburg", "Cape Town", "Durban", "Pretoria"}},
      {"NA",
       "264",
       {"Namibia", "Windhoek", "Swakopmund", "Walvis Bay", "Katutura",
        "Oshakati"}},
      {"BW", "267", {"Botswana"}},
      {"ZW", "263", {"Zimbabwe", "Harare", "Bulawayo"}},
      {"ZM", "260", {"Zambia", "Lusaka"}},
      {"EG",
       "20",
       {"Egypt", "Cairo", "Alexandria", "Giza", "Luxor", "Aswan", "Port Said",
        "Hurghada"}},
      {"MA", "212", {"Morocco", "Maroc"}},
      {"IN",
       "91",
       {"India", "Mumbai", "Delhi", "New Delhi", "Bengaluru", "Bangalore",
        "Chennai", "Kolkata", "Hyderabad", "Pune"}},
      {"PK",
       "92",
       {"Pakistan", "Karachi", "Lahore", "Islamabad", "Rawalpindi",
        "Peshawar"}},
      {"BD", "880", {"Bangladesh", "Dhaka", "Chittagong"}},
      {"LK",
       "94",
       {"Sri Lanka", "Colombo", "Kandy", "Galle", "Jaffna", "Negombo"}},
      {"NP",
       "977",
       {"Nepal", "Kathmandu", "Pokhara", "Lalitpur", "Bhaktapur",
        "Biratnagar"}},
      {"MY",
       "60",
       {"Malaysia", "Kuala Lumpur", "Petaling Jaya", "Penang", "Johor Bahru",
        "Selangor", "Ipoh"}},
      {"SG", "65", {"Singapore", "Toa Payoh", "Jurong", "Tampines"}},
      {"ID",
       "62",
       {"Indonesia", "Jakarta", "Bandung", "Surabaya", "Yogyakarta"}},
      {"PH",
       "63",
       {"Philippines", "Manila", "Quezon City", "Makati", "Taguig", "Pasig",
        "Cebu", "Davao"}},
      {"TH", "66", {"Thailand", "Bangkok", "Chiang Mai"}},
      {"VN",
       "84",
       {"Vietnam", "Viet Nam", "Việt Nam", "Hanoi", "Hà Nội",
        "Ho Chi Minh City", "Saigon", "Sài Gòn", "Da Nang", "Đà Nẵng", "Huế",
        "Hải Phòng", "Haiphong", "Nha Trang", "Cần Thơ", "Can Tho"}},
      {"HK", "852", {"Hong Kong"}},
      {"TW",
       "886",
       {"Taiwan", "Taipei", "Taichung", "Kaohsiung", "Tainan", "Hsinchu",
        "Taoyuan"}},
      {"JP", "81", {"Japan", "Tokyo", "Osaka", "Kyoto", "Yokohama", "Sapporo"}},
      {"KR",
       "82",
       {"South Korea", "Korea", "Seoul", "Busan", "Incheon", "Daegu", "Gwangju",
        "Daejeon"}},
      {"CN",
       "86",
       {"China", "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Chengdu"}},
      {"AE", "971", {"United Arab Emirates", "UAE"}},
      {"AU",
       "61",
       {"Australia", "Sydney", "Melbourne", "Brisbane", "Adelaide",
        "Queensland", "New South Wales", "Tasmania"}},
      {"NZ",
       "64",
       {"New Zealand", "Aotearoa", "Auckland", "Wellington", "Christchurch",
        "Dunedin"}},
      {"FJ", "679", {"Fiji", "Suva", "Nadi", "Lautoka"}},
      {"KY",
       "",
       {"Cayman Islands", "Grand Cayman", "Cayman Brac", "Bodden Town"}},
      {"LC", "", {"Saint Lucia", "St Lucia", "St. Lucia", "Castries"}},
      {"GD", "", {"Grenada"}},
      {"AG", "", {"Antigua and Barbuda", "Antigua", "Barbuda"}},
      {"BZ", "501", {"Belize", "Belize City", "Belmopan"}},
      {"HT", "509", {"Haiti", "Haïti", "Port-au-Prince"}},
      {"AW", "297", {"Aruba", "Oranjestad"}},
      {"CW", "599", {"Curaçao", "Willemstad"}},
      {"SR", "597", {"Suriname", "Paramaribo"}},
      {"GI", "350", {"Gibraltar"}},
      {"AD",
       "376",
       {"Andorra", "Andorra la Vella", "Escaldes-Engordany", "Encamp",
        "Canillo", "Sant Julià de Lòria"}},
      {"MC", "377", {"Monaco"}},
      {"SM", "378", {"San Marino"}},
      {"LI", "423", {"Liechtenstein", "Vaduz"}},
      {"GG",
       "",
       {"Guernsey", "St Peter Port", "St. Peter Port", "St Sampson",
        "St Sampson's", "Alderney", "Sark"}},
      {"FO", "298", {"Faroe Islands", "Føroyar", "Tórshavn"}},
      {"GL", "299", {"Greenland", "Kalaallit Nunaat", "Nuuk"}},
      {"EE", "372", {"Estonia", "Eesti", "Tallinn", "Tartu", "Pärnu"}},
      {"LV", "371", {"Latvia", "Latvija", "Riga", "Rīga"}},
      {"LT", "370", {"Lithuania", "Lietuva", "Vilnius", "Kaunas", "Klaipėda"}},
      {"SK", "421", {"Slovakia", "Slovensko", "Bratislava", "Košice"}},
      {"SI", "386", {"Slovenia", "Slovenija", "Ljubljana", "Maribor"}},
      {"HR",
       "385",
       {"Croatia", "Hrvatska", "Zagreb", "Dubrovnik", "Rijeka", "Split",
        "Zadar", "Osijek", "Pula"}},
      {"HU", "36", {"Hungary", "Magyarország", "Budapest", "Debrecen"}},
      {"RO",
       "40",
       {"Romania", "România", "Bucharest", "București", "Cluj-Napoca",
        "Timișoara", "Iași"}},
      {"BG", "359", {"Bulgaria", "България", "Plovdiv", "Varna"}},
      {"RS", "381", {"Serbia", "Srbija", "Belgrade", "Beograd", "Novi Sad"}},
      {"BA", "387", {"Bosnia and Herzegovina", "Bosnia", "Sarajevo", "Mostar"}},
      {"ME", "382", {"Montenegro", "Podgorica"}},
      {"MK", "389", {"North Macedonia", "Skopje"}},
      {"AL", "355", {"Albania", "Shqipëria", "Tirana", "Tiranë"}},
      {"MD", "373", {"Moldova", "Chișinău", "Chisinau"}},
      {"UA",
       "380",
       {"Ukraine", "Україна", "Kyiv", "Kiev", "Lviv", "Odesa", "Kharkiv"}},
      {"BY", "375", {"Belarus", "Minsk"}},
      {"TR",
       "90",
       {"Turkey", "Türkiye", "Istanbul", "İstanbul", "Ankara", "Izmir",
        "İzmir"}},
      {"IL", "972", {"Israel", "Tel Aviv", "Jerusalem", "Haifa"}},
      {"LB", "961", {"Lebanon", "Liban", "Beirut", "Beyrouth"}},
      // "Jordan" and "Georgia" are also a given name and a US state: only
      // their cities vote.
      {"JO", "962", {"Amman", "Irbid", "Zarqa", "Aqaba", "Jordanie"}},
      {"GE", "995", {"Tbilisi", "Batumi", "Kutaisi", "Sakartvelo"}},
      {"KW", "965", {"Kuwait", "Kuwait City"}},
      {"OM", "968", {"Oman", "Muscat", "Salalah"}},
      {"BH", "973", {"Bahrain", "Manama"}},
      {"IQ", "964", {"Iraq", "Baghdad", "Erbil", "Basra"}},
      {"IR", "98", {"Iran", "Tehran", "Isfahan", "Shiraz"}},
      {"SY", "963", {"Syria", "Damascus", "Aleppo"}},
      {"PS", "970", {"Palestine", "Ramallah", "Gaza", "Bethlehem", "Nablus"}},
      {"YE", "967", {"Yemen", "Sanaa", "Aden"}},
      {"AZ", "994", {"Azerbaijan", "Baku"}},
      {"RU", "", {"Russia", "Россия", "Moscow", "Москва", "Saint Petersburg"}},
      {"KZ", "", {"Kazakhstan", "Қазақстан", "Almaty", "Astana", "Shymkent"}},
      {"UZ", "998", {"Uzbekistan", "Tashkent", "Samarkand", "Bukhara"}},
      {"KG", "996", {"Kyrgyzstan", "Bishkek"}},
      {"AF", "93", {"Afghanistan", "Kabul"}},
      {"LY", "218", {"Libya", "Benghazi"}},
      {"SD", "249", {"Sudan", "Khartoum"}},
      {"SS", "211", {"South Sudan", "Juba", "Wau", "Malakal", "Rumbek"}},
      {"AO", "244", {"Angola", "Luanda"}},
      {"CD",
       "243",
       {"DR Congo", "DRC", "RDC", "Congo-Kinshasa", "Kinshasa", "Lubumbashi",
        "Likasi", "Kolwezi", "Goma", "Bukavu", "Kisangani", "Mbuji-Mayi"}},
      {"ML", "223", {"Bamako"}},
      {"BF", "226", {"Burkina Faso", "Ouagadougou"}},
      {"BJ", "229", {"Bénin", "Cotonou", "Porto-Novo"}},
      {"TG", "228", {"Togo", "Lomé"}},
      {"LR", "231", {"Liberia", "Monrovia"}},
      {"SL", "232", {"Sierra Leone", "Freetown"}},
      {"GA", "241", {"Gabon", "Libreville"}},
      {"SC", "248", {"Seychelles", "Mahé"}},
      {"CV", "238", {"Cabo Verde", "Cape Verde"}},
      {"VC", "", {"Saint Vincent", "St Vincent", "St. Vincent", "Kingstown"}},
      {"KN",
       "",
       {"Saint Kitts", "St Kitts", "St. Kitts", "Basseterre", "Nevis"}},
      {"DM", "", {"Dominica", "Roseau"}},
      {"SA", "966", {"Saudi Arabia", "Riyadh", "Jeddah"}},
      {"QA", "974", {"Qatar", "Doha"}},
      {"AM", "374", {"Armenia", "Yerevan"}},
      {"TN", "216", {"Tunisia", "Tunisie", "Tunis", "Sfax"}},
      {"DZ", "213", {"Algeria", "Algérie", "Algiers", "Alger", "Oran"}},
      {"SN", "221", {"Senegal", "Sénégal", "Dakar"}},
      {"CI", "225", {"Côte d'Ivoire", "Ivory Coast", "Abidjan"}},
      {"CM", "237", {"Cameroon", "Cameroun", "Douala", "Yaoundé"}},
      {"MU", "230", {"Mauritius", "Maurice", "Port Louis"}},
      {"MG", "261", {"Madagascar", "Antananarivo"}},
      {"MZ", "258", {"Mozambique", "Moçambique", "Maputo"}},
      {"MW", "265", {"Malawi", "Lilongwe", "Blantyre"}},
      {"RE", "262", {"Réunion", "La Réunion"}},
      {"KH",
       "855",
       {"Cambodia", "Phnom Penh", "Siem Reap", "Battambang", "Sihanoukville",
        "Kampot"}},
      {"LA", "856", {"Laos", "Vientiane", "Luang Prabang"}},
      {"MM", "95", {"Myanmar", "Yangon", "Mandalay"}},
      {"MN", "976", {"Mongolia", "Ulaanbaatar"}},
      {"MO", "853", {"Macau", "Macao"}},
      {"BN", "673", {"Brunei", "Bandar Seri Begawan"}},
      {"MV", "960", {"Maldives"}},
      {"BT", "975", {"Bhutan", "Thimphu"}},
      {"PG", "675", {"Papua New Guinea", "Port Moresby"}},
      {"WS", "685", {"Samoa", "Apia", "Savai'i", "Upolu"}},
      {"TO",
       "676",
       {"Tonga", "Nuku'alofa", "Nukuʻalofa", "Nuku’alofa", "Tongatapu",
        "Vava'u", "Vava’u", "Neiafu", "Ha'apai", "Ha’apai"}},
      {"VU", "678", {"Vanuatu", "Port Vila"}},
      {"PF",
       "689",
       {"French Polynesia", "Polynésie française", "Tahiti", "Papeete"}},
      {"NC", "687", {"New Caledonia", "Nouvelle-Calédonie", "Nouméa"}},
      // Smaller states and territories. The island ones number five to
      // seven digits: "Text 73 418" is a Rarotonga number only when the
      // page is known to be in the Cook Islands.
      {"PW", "680", {"Palau", "Koror", "Melekeok", "Babeldaob"}},
      {"MH", "692", {"Marshall Islands", "Majuro", "Ebeye", "Kwajalein"}},
      {"FM", "691", {"Micronesia", "Pohnpei", "Chuuk", "Kosrae", "Palikir"}},
      {"CK", "682", {"Cook Islands", "Rarotonga", "Avarua", "Aitutaki"}},
      {"NU", "683", {"Niue", "Alofi"}},
      {"KI", "686", {"Kiribati", "Tarawa", "Betio"}},
      {"TV", "688", {"Tuvalu", "Funafuti"}},
      {"NR", "674", {"Nauru"}},
      {"SB", "677", {"Solomon Islands", "Honiara"}},
      {"TL", "670", {"Timor-Leste", "East Timor", "Dili"}},
      {"FK",
       "500",
       {"Falkland Islands", "Falklands", "Islas Malvinas", "Malvinas"}},
      {"SH", "290", {"Saint Helena", "St Helena", "St. Helena"}},
      {"AI", "", {"Anguilla"}},
      {"VG", "", {"British Virgin Islands", "Tortola", "Virgin Gorda"}},
      {"TC", "", {"Turks and Caicos", "Providenciales"}},
      {"SX", "", {"Sint Maarten", "Philipsburg"}},
      {"MS", "", {"Montserrat"}},
      {"GF", "594", {"French Guiana", "Guyane", "Cayenne"}},
      {"GP", "590", {"Guadeloupe", "Pointe-à-Pitre", "Basse-Terre"}},
      {"MQ", "596", {"Martinique", "Fort-de-France"}},
      // Territories that share a country code with a larger neighbour:
      // their names, not their numbers, say where the page is.
      {"MF", "", {"Saint-Martin", "Saint Martin", "Marigot"}},
      {"BL",
       "",
       {"Saint-Barthélemy", "Saint Barthélemy", "St Barts", "St. Barts",
        "St Barth", "Gustavia"}},
      {"YT", "", {"Mayotte", "Mamoudzou"}},
      {"PM",
       "508",
       {"Saint-Pierre-et-Miquelon", "Saint Pierre and Miquelon", "Miquelon"}},
      {"WF", "681", {"Wallis and Futuna", "Wallis-et-Futuna", "Mata-Utu"}},
      {"CC",
       "",
       {"Cocos (Keeling) Islands", "Cocos Islands", "Cocos Keeling",
        "Keeling Islands"}},
      {"CX", "", {"Christmas Island", "Flying Fish Cove"}},
      {"NF", "672", {"Norfolk Island"}},
      {"PN", "", {"Pitcairn", "Pitcairn Islands", "Adamstown"}},
      {"TK", "690", {"Tokelau", "Fakaofo", "Nukunonu", "Atafu"}},
      {"AC", "247", {"Ascension Island"}},
      {"TA", "", {"Tristan da Cunha", "Edinburgh of the Seven Seas"}},
      {"SJ", "", {"Svalbard", "Longyearbyen", "Jan Mayen"}},
      {"AX",
       "",
       {"Åland", "Åland Islands", "Aland Islands", "Ahvenanmaa", "Mariehamn",
        "Maarianhamina"}},
      {"JE", "", {"St Helier", "St. Helier"}},
      {"AS", "", {"American Samoa", "Pago Pago"}},
      {"GU", "", {"Guam", "Hagåtña", "Hagatna"}},
      {"MP", "", {"Northern Mariana Islands", "Saipan"}},
      {"VI",
       "",
       {"US Virgin Islands", "U.S. Virgin Islands", "Charlotte Amalie"}},
      {"TD", "235", {"Tchad", "N'Djamena", "N’Djamena", "Moundou"}},
      {"GN", "224", {"Guinea", "Guinée", "Conakry", "Kankan", "Nzérékoré"}},
      {"GW", "245", {"Guinea-Bissau", "Guiné-Bissau", "Bissau"}},
      {"NE", "227", {"Niger", "Niamey", "Zinder", "Maradi"}},
      {"CF", "236", {"Central African Republic", "Centrafrique", "Bangui"}},
      {"CG",
       "242",
       {"Republic of the Congo", "Congo-Brazzaville", "Brazzaville",
        "Pointe-Noire"}},
      {"GQ", "240", {"Equatorial Guinea", "Guinea Ecuatorial", "Malabo"}},
      {"ST", "239", {"São Tomé and Príncipe", "Sao Tome", "São Tomé"}},
      {"LS", "266", {"Lesotho", "Maseru", "Teyateyaneng", "Mafeteng"}},
      {"SZ", "268", {"Eswatini", "Swaziland", "Mbabane", "Manzini"}},
      {"GM", "220", {"Gambia", "Banjul", "Serekunda"}},
      {"DJ", "253", {"Djibouti"}},
      {"ER", "291", {"Eritrea", "Asmara"}},
      {"SO", "252", {"Somalia", "Mogadishu", "Hargeisa"}},
      {"BI", "257", {"Burundi", "Bujumbura", "Gitega"}},
      {"KM", "269", {"Comoros", "Moroni"}},
      {"MR", "222", {"Mauritania", "Nouakchott"}},
      {"XK", "383", {"Kosovo", "Prishtina", "Pristina", "Prizren"}},
      {"TJ", "992", {"Tajikistan", "Dushanbe"}},
      {"TM", "993", {"Turkmenistan", "Ashgabat"}},
  };
  return *countries;
}

bool IsWordByte(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Every country's names, for one pass over a page: the name's country
// codes, and the distinct lengths (in bytes) a name has, longest first.
struct NameIndex {
  absl::flat_hash_map<std::string_view, std::vector<const char*>> codes;
  std::vector<std::size_t> lengths;
};

const NameIndex& Names() {
  static const NameIndex* const index = [] {
    auto* built = new NameIndex;
    for (const Country& country : Countries()) {
      for (std::string_view name : country.names) {
        built->codes[name].push_back(country.code);
        if (std::find(built->lengths.begin(), built->lengths.end(),
                      name.size()) == built->lengths.end()) {
          built->lengths.push_back(name.size());
        }
      }
    }
    std::sort(built->lengths.begin(), built->lengths.end(),
              std::greater<std::size_t>());
    return built;
  }();
  return *index;
}

// Adds a vote to `votes` for each name that stands as a whole word in
// `text` (case-sensitive): one pass, looking names up at each word start
// that can begin one (a capital letter or a non-ASCII letter). The longest
// name at a place wins and covers the words in it, so "South Sudan" is no
// vote for Sudan.
void CountNames(std::string_view text, std::map<std::string, int>* votes) {
  const NameIndex& names = Names();
  for (std::size_t at = 0; at < text.size(); ++at) {
    unsigned char first = static_cast<unsigned char>(text[at]);
    if (!(absl::ascii_isupper(first) || first >= 0xC0)) continue;
    if (at > 0 && IsWordByte(text[at - 1])) continue;
    for (std::size_t length : names.lengths) {
      std::size_t end = at + length;
      if (end > text.size() || (end < text.size() && IsWordByte(text[end]))) {
        continue;
      }
      auto found = names.codes.find(text.substr(at, length));
      if (found == names.codes.end()) continue;
      for (const char* code : found->second) (*votes)[code] += 1;
      at = end - 1;
      break;
    }
  }
}

// The country-code top-level domain of a URL's host or an email address
// ("https://tirsionge.ch/…" gives "ch"); "" for generic ones.
std::string CountryDomain(std::string_view url) {
  std::size_t scheme = url.find("://");
  std::string_view host =
      scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  if (StartsWith(host, "mailto:")) host.remove_prefix(7);
  std::size_t at = host.find('@');
  if (at != std::string_view::npos) host = host.substr(at + 1);
  host = host.substr(0, host.find_first_of("/?#:"));
  std::size_t dot = host.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string tld = AsciiLower(host.substr(dot + 1));
  if (tld.size() != 2) return "";
  return tld == "uk" ? "gb" : tld;
}

// A phone number written with its country code: the code ("60", "504",
// "1") and, after "+1", the North American area code when three digits
// and three more follow.
struct FullNumber {
  std::string calling_code;
  std::string area;
};

// The numbers of `text` written in full ("+60 3-2711 0142", "(+504)
// 9874-3120", "+1 (876) 555-0142"): a "+" (or "(+") that does not follow a
// word character or another "+", one to three digits, an optional ")",
// an optional space, dot or dash, then a digit. The country code is the
// longest run of digits that still leaves one for the number. Every text
// block of every page passes here, so the scan jumps from "+" to "+"
// instead of running a pattern over the whole text.
std::vector<FullNumber> FullNumbers(std::string_view text) {
  auto is_digit = [&text](std::size_t at) {
    return at < text.size() &&
           absl::ascii_isdigit(static_cast<unsigned char>(text[at]));
  };
  auto is_separator = [&text](std::size_t at) {
    return at < text.size() &&
           (text[at] == ' ' || text[at] == '.' || text[at] == '-' ||
            text[at] == '\t' || text[at] == '\n' || text[at] == '\r' ||
            text[at] == '\f');
  };
  // After the digits at [from, to): ")"?, a separator?, then a digit;
  // returns where that digit is, or npos.
  auto rest_starts = [&](std::size_t to) -> std::size_t {
    if (to < text.size() && text[to] == ')') ++to;
    if (is_separator(to)) ++to;
    return is_digit(to) ? to : std::string_view::npos;
  };
  std::vector<FullNumber> numbers;
  for (std::size_t plus = text.find('+'); plus != std::string_view::npos;
       plus = text.find('+', plus + 1)) {
    std::size_t start = plus > 0 && text[plus - 1] == '(' ? plus - 1 : plus;
    if (start > 0) {
      unsigned char before = static_cast<unsigned char>(text[start - 1]);
      if (absl::ascii_isalnum(before) || before == '_' || before == '+') {
        continue;
      }
    }
    std::size_t digits = 0;
    while (digits < 3 && is_digit(plus + 1 + digits)) ++digits;
    for (std::size_t length = digits; length >= 1; --length) {
      std::size_t number = rest_starts(plus + 1 + length);
      if (number == std::string_view::npos) continue;
      FullNumber found;
      found.calling_code = std::string(text.substr(plus + 1, length));
      if (text[plus + 1] == '1') {
        // "+1 (876) 555-0142": the area code, three digits, then three.
        std::size_t area = plus + 2;
        if (area < text.size() && text[area] == ')') ++area;
        if (is_separator(area)) ++area;
        if (area < text.size() && text[area] == '(') ++area;
        if (is_digit(area) && is_digit(area + 1) && is_digit(area + 2)) {
          std::size_t after = area + 3;
          if (after < text.size() && text[after] == ')') ++after;
          if (is_separator(after)) ++after;
          if (is_digit(after) && is_digit(after + 1) && is_digit(after + 2)) {
            found.area = std::string(text.substr(area, 3));
          }
        }
      }
      numbers.push_back(std::move(found));
      break;
    }
  }
  return numbers;
}

// How many times `text` has a US state code after a town: "Austin, TX
// 78701", "Waterloo, IA". Looks for ", XX" first and reads the town
// before it only there: a pattern run over the whole page cost more than
// the rest of this pass.
int CountStateCodesAfterTowns(std::string_view text) {
  static const RE2* const kTownBefore = new RE2(R"(\p{Lu}[\p{L}.'\-]+$)");
  static constexpr std::string_view kCodes[] = {
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
      "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI",
      "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
      "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
      "VT", "VA", "WA", "WV", "WI", "WY", "DC"};
  int count = 0;
  for (std::size_t comma = text.find(','); comma != std::string_view::npos;
       comma = text.find(',', comma + 1)) {
    // ",", one space, two capitals, then no word character.
    if (comma + 4 > text.size() ||
        !absl::ascii_isspace(static_cast<unsigned char>(text[comma + 1]))) {
      continue;
    }
    std::string_view code = text.substr(comma + 2, 2);
    if (comma + 4 < text.size() && IsWordByte(text[comma + 4])) continue;
    if (std::find(std::begin(kCodes), std::end(kCodes), code) ==
        std::end(kCodes)) {
      continue;
    }
    const std::size_t from = comma > 64 ? comma - 64 : 0;
    std::string_view before = text.substr(from, comma - from);
    if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()),
                          *kTownBefore)) {
      ++count;
    }
  }
  return count;
}

// True when `code` is the ISO code of a country in Countries().
bool IsListedCountry(std::string_view code) {
  for (const Country& country : Countries()) {
    if (code == country.code) return true;
  }
  return false;
}

// Adds two votes for each flag emoji ("🇹🇼", two regional indicator
// letters) of a listed country: a person's flag beside their name.
void CountFlags(std::string_view text, std::map<std::string, int>* votes) {
  // A regional indicator letter is U+1F1E6..U+1F1FF: F0 9F 87 A6..BF.
  auto indicator = [&](std::size_t at) -> char {
    if (at + 4 > text.size() || text[at] != '\xF0' || text[at + 1] != '\x9F' ||
        text[at + 2] != '\x87') {
      return 0;
    }
    unsigned char last = static_cast<unsigned char>(text[at + 3]);
    if (last < 0xA6 || last > 0xBF) return 0;
    return static_cast<char>('A' + (last - 0xA6));
  };
  for (std::size_t at = text.find("\xF0\x9F\x87"); at != std::string_view::npos;
       at = text.find("\xF0\x9F\x87", at + 4)) {
    char first = indicator(at);
    char second = indicator(at + 4);
    if (first == 0 || second == 0) continue;
    std::string code = {first, second};
    if (IsListedCountry(code)) (*votes)[code] += 2;
    at += 4;  // the pair's second letter is not a flag's first
  }
}

}  // namespace

std::vector<CountryVotes> CountriesOfPage(const Document& document) {
  std::map<std::string, int> votes;
  std::string text = document.title;
  for (const TextBlock& block : document.blocks) {
    text.push_back('\n');
    text.append(block.text);
  }
  CountNames(text, &votes);
  CountFlags(text, &votes);
  // "+60 3-2711 0142", "(+504) 9874-3120": the country code of a number
  // written in full. North American numbers outside the US and Canada go
  // by area code: "+1 268 …" is Antigua, "+1 876 …" Jamaica.
  static const struct {
    const char* area;
    const char* code;
  } kCaribbeanAreas[] = {
      {"242", "BS"}, {"246", "BB"}, {"264", "AI"}, {"268", "AG"}, {"284", "VG"},
      {"345", "KY"}, {"441", "BM"}, {"473", "GD"}, {"649", "TC"}, {"664", "MS"},
      {"721", "SX"}, {"758", "LC"}, {"767", "DM"}, {"784", "VC"}, {"787", "PR"},
      {"939", "PR"}, {"809", "DO"}, {"829", "DO"}, {"849", "DO"}, {"868", "TT"},
      {"869", "KN"}, {"876", "JM"}, {"658", "JM"}};
  std::map<std::string, int> by_calling_code;
  for (const FullNumber& number : FullNumbers(text)) {
    ++by_calling_code[number.calling_code];
    if (number.area.empty()) continue;
    for (const auto& caribbean : kCaribbeanAreas) {
      if (number.area == caribbean.area) votes[caribbean.code] += 2;
    }
  }
  for (const Country& country : Countries()) {
    if (*country.calling_code == '\0') continue;
    auto found = by_calling_code.find(country.calling_code);
    if (found != by_calling_code.end()) {
      votes[country.code] += 2 * found->second;
    }
  }
  votes["US"] += CountStateCodesAfterTowns(text);
  for (const Link& link : document.links) {
    std::string domain = CountryDomain(link.url);
    if (domain.empty()) continue;
    std::string code = absl::AsciiStrToUpper(domain);
    if (IsListedCountry(code)) votes[code] += 1;
  }
  std::vector<CountryVotes> ranked;
  for (const auto& [code, count] : votes) {
    if (count > 0) ranked.push_back({code, count});
  }
  // Most votes first; ties keep the codes' alphabetical order.
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const CountryVotes& a, const CountryVotes& b) {
                     return a.votes > b.votes;
                   });
  return ranked;
}

std::string_view TerritoriesOf(std::string_view region) {
  static const struct {
    const char* region;
    const char* territories;
  } kTerritories[] = {{"GB", "GG IM JE GI SH TA AC FK"},
                      {"FR", "GP MQ GF RE YT PM BL MF WF NC PF"},
                      {"AU", "CC CX NF"},
                      {"NZ", "TK NU CK PN"},
                      {"NO", "SJ"},
                      {"FI", "AX"},
                      {"DK", "FO GL"},
                      {"NL", "AW CW SX"}};
  for (const auto& entry : kTerritories) {
    if (region == entry.region) return entry.territories;
  }
  return "";
}

std::string ClearWinner(const std::vector<CountryVotes>& ranked) {
  if (ranked.empty()) return "";
  if (ranked.size() > 1 && ranked[1].votes == ranked[0].votes) return "";
  return ranked[0].code;
}

std::string CountryOfPage(const Document& document) {
  return ClearWinner(CountriesOfPage(document));
}

}  // namespace exposure::internal
