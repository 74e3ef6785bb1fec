// Tests for the validators: normalised values, and values they refuse.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/strings.h"
#include "exposure/rules.h"
#include "gtest/gtest.h"
#include "rules/validator_functions.h"

namespace exposure {
namespace {

std::string ValueOf(std::string_view validator, std::string_view text) {
  std::optional<Validated> result = Validate(validator, text);
  return result ? result->value : "<rejected>";
}

TEST(Validators, NationalPhone) {
  EXPECT_EQ(ValueOf("phone_national", "06 55 50 14 27"), "+33655501427");
  EXPECT_EQ(ValueOf("phone_national", "(31) 98555-0142"), "+5531985550142");
  EXPECT_EQ(ValueOf("phone_national", "341 15 555-0187"), "+5493415550187");
  EXPECT_EQ(ValueOf("phone_national", "676 555 014"), "+34676555014");
  // Overseas France shares the French plan: a Guadeloupe mobile, not the
  // Frankfurt number the same digits also make.
  EXPECT_EQ(ValueOf("phone_national", "0690 57 14 28"), "+590690571428");
}

TEST(Validators, RelativesAndPlaces) {
  // A kinship title goes; blessings and firms are no relatives.
  EXPECT_EQ(ValueOf("relative", "Mama Isatou"), "Isatou");
  EXPECT_EQ(ValueOf("relative", "Daw Khin Myat"), "Khin Myat");
  EXPECT_EQ(ValueOf("relative", "God"), "<rejected>");
  // A brand in camel case is no relative; a name with an inner capital is.
  EXPECT_EQ(ValueOf("relative", "ElectiveLink"), "<rejected>");
  EXPECT_EQ(ValueOf("relative", "MacKenzie"), "MacKenzie");
  EXPECT_EQ(ValueOf("relative", "DeShawn"), "DeShawn");
  EXPECT_EQ(ValueOf("relative", "Fondo"), "<rejected>");
  EXPECT_EQ(ValueOf("relative", "Manzini Market"), "<rejected>");
  // A people's name is no place; a town that ends like one still is.
  EXPECT_EQ(ValueOf("location", "Crucian"), "<rejected>");
  EXPECT_EQ(ValueOf("location", "Dalian"), "Dalian");
  // A field's label run into its value ("Work QC technician") is no town.
  EXPECT_EQ(ValueOf("location", "Work QC"), "<rejected>");
  EXPECT_EQ(ValueOf("location", "Workington"), "Workington");
  EXPECT_EQ(ValueOf("location", "Northern Dominoes League, St. Lucia"),
            "<rejected>");
  // A country alone is no town, unless it is a city-state or a capital of
  // its name; a town in it still is.
  EXPECT_EQ(ValueOf("location", "France"), "<rejected>");
  EXPECT_EQ(ValueOf("location", "Singapore"), "Singapore");
  EXPECT_EQ(ValueOf("location", "Djibouti"), "Djibouti");
  EXPECT_EQ(ValueOf("location", "Tuapa, Niue"), "Tuapa, Niue");
  EXPECT_EQ(ValueOf("place_name", "Calle 19"), "<rejected>");
  // "Friday 7" and "Plot 1142" are no streets.
  EXPECT_EQ(ValueOf("address_name_number", "Friday 7"), "<rejected>");
  EXPECT_EQ(ValueOf("address_name_number", "Plot 1142, Fairview"),
            "<rejected>");
  EXPECT_EQ(ValueOf("address_without_suffix",
                    "27 Estate Catherine's Rest, Christiansted, VI 00820"),
            "27 Estate Catherine's Rest, Christiansted, VI 00820");
  EXPECT_EQ(ValueOf("address_without_suffix", "400 Main St, Dayton, OH 45402"),
            "<rejected>");
  EXPECT_EQ(ValueOf("address_name_number", "Bulevardul Dacia 27, ap. 45"),
            "27 Bulevardul Dacia, ap. 45");
}

TEST(Validators, BirthdayRelative) {
  EXPECT_EQ(ValueOf("birthday_relative", "Turned 44 yesterday"), "rel:-1");
  EXPECT_EQ(ValueOf("birthday_relative", "MAÑANA CUMPLO 25"), "rel:1");
  EXPECT_EQ(ValueOf("birthday_relative", "it's my birthday"), "rel:0");
  EXPECT_EQ(ValueOf("birthday_relative", "turned 38 on the 2nd"), "past:2");
  EXPECT_EQ(ValueOf("birthday_relative", "I turn 40 on the 14th"), "next:14");
  EXPECT_EQ(ValueOf("birthday_relative", "Turning 30 on Friday the 11th"),
            "next:11");
  EXPECT_EQ(ValueOf("birthday_relative", "Fiz 35 anos na terça-feira, dia 3"),
            "past:3");
}

TEST(Validators, Phone) {
  EXPECT_EQ(ValueOf("phone", "503-555-0142"), "+15035550142");
  EXPECT_EQ(ValueOf("phone", "(202) 555-0148"), "+12025550148");
  EXPECT_EQ(ValueOf("phone", "+1 312.555.0175"), "+13125550175");
  EXPECT_EQ(ValueOf("phone", "+44 20 7946 0958"), "+442079460958");
  EXPECT_EQ(Validate("phone", "503-555-0142")->display, "(503) 555-0142");
  // Toll-free, premium-rate and shared-cost numbers belong to businesses
  // and hotlines, never to a person.
  const char* rejected[] = {
      "123-456-7890",    "000-555-0142",   "12",           "",
      "not a number",    "1-800-555-0177", "888-555-0109", "+34 900 123 456",
      "+44 800 123 4567"};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("phone", text), "<rejected>") << text;
  }
}

TEST(Validators, PhoneInRegion) {
  EXPECT_EQ(ValidatePhoneInRegion("347 555 0142", "IT")->value,
            "+393475550142");
  EXPECT_EQ(ValidatePhoneInRegion("0491 570 158", "AU")->value, "+61491570158");
  EXPECT_FALSE(ValidatePhoneInRegion("1800 555 017", "AU").has_value());
  // A neighbour of the same language whose grouping the number follows.
  EXPECT_EQ(ValidatePhoneInRegion("079 412 58 36", "FR")->value,
            "+41794125836");
  EXPECT_EQ(ValidatePhoneInRegion("07 94 12 58 36", "FR")->value,
            "+33794125836");
  EXPECT_EQ(ValidatePhoneInRegion("0664 382 17 59", "DE")->value,
            "+436643821759");
  EXPECT_EQ(ValidatePhoneInRegion("0475 12 34 56", "FR")->value,
            "+32475123456");
  // A territory sharing the region's country code: Cocos (Keeling) Islands.
  EXPECT_EQ(ValidatePhoneInRegion("(08) 9162 6677", "AU")->value,
            "+61891626677");
  EXPECT_FALSE(ValidatePhoneInRegion("12", "IT").has_value());
  EXPECT_FALSE(ValidatePhoneInRegion("347 555 0142", "").has_value());
}

TEST(Validators, HolidayInRegion) {
  EXPECT_EQ(ValidateHolidayInRegion("Independence Day", "TT")->value,
            "--08-31");
  EXPECT_EQ(ValidateHolidayInRegion("Independence Day", "GH")->value,
            "--03-06");
  EXPECT_EQ(ValidateHolidayInRegion("National Day", "SG")->value, "--08-09");
  EXPECT_EQ(ValidateHolidayInRegion("día de la Independencia", "EC")->value,
            "--08-10");
  EXPECT_EQ(ValidateHolidayInRegion("la fête nationale", "CH")->value,
            "--08-01");
  // Unknown there, or no country at all: no date.
  EXPECT_FALSE(ValidateHolidayInRegion("Independence Day", "GB").has_value());
  EXPECT_FALSE(ValidateHolidayInRegion("Independence Day", "").has_value());
  EXPECT_EQ(ValueOf("birthdate_holiday", "Independence Day"), "<rejected>");
  EXPECT_EQ(ValueOf("birthdate_holiday", "Santo António"), "--06-13");
}

TEST(Validators, NamedDays) {
  // Written as people write them: the name in any case, with its article,
  // "día de la" or "Saint", a year after it, and words after the name.
  EXPECT_EQ(ValueOf("birthdate_holiday", "St. Piran's Day, which in"),
            "--03-05");
  EXPECT_EQ(ValueOf("birthdate_holiday", "el día de San Fermín de 1988, así"),
            "1988-07-07");
  EXPECT_EQ(ValueOf("birthdate_holiday", "Saint Patrick’s Day in 1990"),
            "1990-03-17");
  EXPECT_EQ(ValueOf("birthdate_holiday", "Mardi Gras day 1958, which"), "1958");
  // A movable feast without a year names no day; a saint that is also a
  // place only with "día de"; a name that goes on is another name.
  EXPECT_EQ(ValueOf("birthdate_holiday", "Easter this year"), "<rejected>");
  EXPECT_EQ(ValueOf("birthdate_holiday", "San Juan y me crié"), "<rejected>");
  EXPECT_EQ(ValueOf("birthdate_holiday", "el día de San Juan"), "--06-24");
  EXPECT_EQ(ValueOf("birthdate_holiday", "Christmas Island, where"),
            "<rejected>");
  EXPECT_EQ(ValueOf("birthdate_holiday", "Christmas. The tree"), "--12-25");
  EXPECT_EQ(ValueOf("birthdate_holiday", "the day after Santa Marija, so"),
            "--08-16");
  EXPECT_EQ(ValueOf("birthdate_holiday", "the day before New Year's Day 1990"),
            "1989-12-31");
  EXPECT_EQ(ValidateHolidayInRegion("Flag Day in 1955", "US")->value,
            "1955-06-14");
  EXPECT_FALSE(ValidateHolidayInRegion("Flag Day", "GB").has_value());
}

TEST(Validators, EveryNamedDayReadsAsWritten) {
  // Each line of patterns/lists/named_days.txt, read back through the
  // validator, gives its own date: a name not written in the form the
  // validator reads could never be found.
  const std::vector<std::string>& lines = DefaultListEntries("named_days");
  ASSERT_GT(lines.size(), 300u);
  for (const std::string& line : lines) {
    std::vector<std::string_view> fields = SplitAny(line, "|");
    ASSERT_GE(fields.size(), 2u) << line;
    std::string name(StripWhitespace(fields[0]));
    std::string date(StripWhitespace(fields[1]));
    std::string region;
    if (fields.size() > 2) region = std::string(SplitAny(fields[2], " ")[0]);
    bool movable = date == "movable";
    std::string written = movable ? name + " 1960" : name;
    std::optional<Validated> read =
        region.empty() ? Validate("birthdate_holiday", written)
                       : ValidateHolidayInRegion(written, region);
    ASSERT_TRUE(read.has_value()) << line;
    EXPECT_EQ(read->value, movable ? "1960" : "--" + date) << line;
  }
}

TEST(Validators, AccountUrl) {
  EXPECT_EQ(ValueOf("url", "facebook.example/bigcyp.alcide.\u201D"),
            "https://facebook.example/bigcyp.alcide");
  EXPECT_EQ(ValueOf("url", "tube.example/@dani.\u00BB"),
            "https://tube.example/@dani");
}

TEST(Validators, Email) {
  EXPECT_EQ(ValueOf("email", "Jane.Doe@Example.COM"), "jane.doe@example.com");
  EXPECT_EQ(ValueOf("email", "jane [at] example [dot] com"),
            "jane@example.com");
  EXPECT_EQ(ValueOf("email", "carmen.luna (arroba) example (punto) com"),
            "carmen.luna@example.com");
  EXPECT_EQ(ValueOf("email", "jane @ example.com"), "jane@example.com");
  const char* rejected[] = {"logo@2x.png",       "a@b",
                            "@example.com",      "a@@example.com",
                            ".a@example.com",    "a@exa_mple.com",
                            "nurse @ St. Brigid"};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("email", text), "<rejected>") << text;
  }
}

TEST(Validators, Age) {
  EXPECT_EQ(ValueOf("age", "34"), "34");
  EXPECT_EQ(ValueOf("age", "13"), "13");
  EXPECT_EQ(ValueOf("age", "110"), "110");
  const char* rejected[] = {"9", "12", "111", "311", "", "1000"};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("age", text), "<rejected>") << text;
  }
}

TEST(Validators, NoValidatorTrimsAndRejectsEmpty) {
  EXPECT_EQ(ValueOf("", "  Acme Corp "), "Acme Corp");
  EXPECT_EQ(ValueOf("", "   "), "<rejected>");
}

TEST(Validators, UnknownNameRejects) {
  EXPECT_EQ(ValueOf("nope", "x"), "<rejected>");
}

}  // namespace
}  // namespace exposure

namespace exposure {
namespace {

TEST(Validators, SpelledPhone) {
  EXPECT_EQ(ValueOf("phone_words",
                    "two five three, five five five, zero one "
                    "two six"),
            "+12535550126");
  EXPECT_EQ(ValueOf("phone_words", "five oh three 555 0142"), "+15035550142");
  EXPECT_EQ(ValueOf("phone_words", "503 555 0142"), "<rejected>");  // no word
  EXPECT_EQ(ValueOf("phone_words", "one two three"), "<rejected>");
  EXPECT_EQ(ValueOf("phone_words", "five banana three"), "<rejected>");
}

TEST(Validators, Birthdate) {
  struct Case {
    const char* text;
    const char* value;
  };
  const Case cases[] = {
      {"1990-03-14", "1990-03-14"},
      {"3/14/1990", "1990-03-14"},
      {"14/3/1990", "1990-03-14"},
      {"12.05.2003", "2003-05-12"},  // dots: day first
      {"March 14, 1990", "1990-03-14"},
      {"Mar. 14th", "--03-14"},
      {"14 March 1990", "1990-03-14"},
      {"3 de mayo de 1981", "1981-05-03"},
      {"22 de septiembre", "--09-22"},
      {"9/8", "--09-08"},
      {"1987", "1987"},
      {"Feb 29, 1996", "1996-02-29"},
      {"7 mars 1991", "1991-03-07"},
      {"1er avril", "--04-01"},
      {"12 de junho de 1988", "1988-06-12"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ValueOf("birthdate", c.text), c.value) << c.text;
  }
  // After "née le", "nací el": numbers are day first.
  EXPECT_EQ(ValueOf("birthdate_day_first", "07/03/1991"), "1991-03-07");
  EXPECT_EQ(ValueOf("birthdate_day_first", "14/02"), "--02-14");
  EXPECT_EQ(ValueOf("birthdate_day_first", "3 de mayo"), "--05-03");
  const char* rejected[] = {
      "February 30, 1990", "Feb 29, 1995", "13/13/1990", "1850", "2025",
      "Smarch 3",          "0/12"};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("birthdate", text), "<rejected>") << text;
  }
}

TEST(Validators, AgeTurning) {
  EXPECT_EQ(ValueOf("age_turning", "35"), "34");
  EXPECT_EQ(ValueOf("age_turning", "9"), "<rejected>");
  EXPECT_EQ(ValueOf("age_round", "four-oh"), "40");
  EXPECT_EQ(ValueOf("age_round", "5-0"), "50");
  // Digit by digit, and spelled-out ages to come.
  EXPECT_EQ(ValueOf("age_round", "three-five"), "35");
  EXPECT_EQ(ValueOf("age_round", "seven oh"), "70");
  EXPECT_EQ(ValueOf("age_round", "fouroh"), "40");
  EXPECT_EQ(ValueOf("age_round", "three-banana"), "<rejected>");
  EXPECT_EQ(ValueOf("age_turning", "seventy-two"), "71");
  EXPECT_EQ(ValueOf("age_turning", "four-two"), "41");
}

TEST(Validators, Address) {
  EXPECT_EQ(ValueOf("address", "1820 N 15th Street, Boise, Idaho 83702"),
            "1820 N 15th St, Boise, ID 83702");
  EXPECT_EQ(ValueOf("address", "4412 Albemarle St NW, Washington, DC 20016."),
            "4412 Albemarle St NW, Washington, DC 20016");
  EXPECT_EQ(ValueOf("address", "C/ Duquesa Villahermosa 112, Zaragoza"),
            "112 Calle Duquesa Villahermosa, Zaragoza");
  EXPECT_EQ(ValueOf("address", "Albemarle St"), "<rejected>");
  // Street first, number after: the number goes first.
  EXPECT_EQ(ValueOf("address", "Rua Augusta, 1200, apto 52, São Paulo"),
            "1200 Rua Augusta, apto 52, São Paulo");
  EXPECT_EQ(ValueOf("address", "Calle del Olivar 14, 3oB"),
            "14 Calle del Olivar, 3oB");
  // A house number, a comma, then a numbered road (Bangladesh, India);
  // a Colombian "Carrera 27 # 45-18" keeps its whole number.
  EXPECT_EQ(ValueOf("address", "14, Road 3, Block B, Chattogram"),
            "14 Road 3, Block B, Chattogram");
  EXPECT_EQ(ValueOf("address", "Carrera 27 # 45-18, Sotomayor"),
            "45-18 Carrera 27, Sotomayor");
  EXPECT_EQ(ValueOf("address", "Jl. Kemuning No. 14, Mergangsan"),
            "14 Jl. Kemuning, Mergangsan");
  // A French street's kind follows the number and is kept as written.
  EXPECT_EQ(ValueOf("address", "3 avenue Jean Jaurès"), "3 avenue Jean Jaurès");
  // The address ends with its sentence; an abbreviation's dot does not end
  // it.
  EXPECT_EQ(ValueOf("address", "22 Kestrel Cres, Mango Hill. Text Shane"),
            "22 Kestrel Cres, Mango Hill");
  EXPECT_EQ(ValueOf("address", "14 Main St, St. Albans"),
            "14 Main St, St. Albans");
  // The house number's label goes: "No. 14, Kuche 12" is number 14.
  EXPECT_EQ(ValueOf("address", "No. 14, Kuche 12, Nazar-e Sharqi St., Isfahan"),
            "14 Kuche 12, Nazar-e Sharqi St., Isfahan");
}

TEST(Validators, AddressNameNumber) {
  EXPECT_EQ(ValueOf("address_name_number", "Alvear 1452, 3° B , Rosario"),
            "1452 Alvear, 3° B, Rosario");
  EXPECT_EQ(ValueOf("address_name_number",
                    "Tte. Rojas Silva 1847 c/ Sportivo Luqueño, Luque"),
            "1847 Tte. Rojas Silva, Luque");
  // A year is not a house number; a name alone is no address.
  EXPECT_EQ(ValueOf("address_name_number", "Buenos Aires 2019, Argentina"),
            "<rejected>");
  EXPECT_EQ(ValueOf("address_name_number", "Alvear, Rosario"), "<rejected>");
  // The town after Swedish "i" as after a comma.
  EXPECT_EQ(ValueOf("address_name_number", "Granitvägen 23 i Ersboda"),
            "23 Granitvägen, Ersboda");
}

TEST(Validators, PlacePhrase) {
  EXPECT_EQ(ValueOf("place_phrase", "bolera del parque Manuel Barquín"),
            "bolera del parque Manuel Barquín");
  EXPECT_EQ(ValueOf("place_phrase", "stand de la Sionge"),
            "stand de la Sionge");
  EXPECT_EQ(ValueOf("place_phrase", "the market"), "<rejected>");
  // What is done there is not part of the place: "pádel en el Club Social".
  EXPECT_EQ(ValueOf("place_phrase", "pádel en el Club Social"), "Club Social");
  // A word ending in an accented letter and "a" holds no preposition "a".
  EXPECT_EQ(ValueOf("place_phrase", "guardería Nuyum"), "guardería Nuyum");
  EXPECT_EQ(ValueOf("place_phrase", "mass at St. Joseph chapel"),
            "St. Joseph chapel");
  // An abbreviation alone, or a sentence's words before a name, are no
  // place: "mass at St", "tarde por Pasadena".
  EXPECT_EQ(ValueOf("place_phrase", "mass at St"), "<rejected>");
  EXPECT_EQ(ValueOf("place_phrase", "tarde por Pasadena"), "<rejected>");
}

TEST(Validators, Location) {
  EXPECT_EQ(ValueOf("location", "Tacoma WA"), "Tacoma, WA");
  EXPECT_EQ(ValueOf("location", "Nashville, Tennessee"), "Nashville, TN");
  EXPECT_EQ(ValueOf("location", "From Rochester, New York"), "Rochester, NY");
  EXPECT_EQ(ValueOf("location", "62704"), "62704");
  // Australian states and territories as Canadian provinces and US states.
  EXPECT_EQ(ValueOf("location", "Trevallyn TAS"), "Trevallyn, TAS");
  // A two-word town before a code without a comma.
  EXPECT_EQ(ValueOf("location", "Bowling Green KY"), "Bowling Green, KY");
  // Flags and pins are no part of a place's name.
  EXPECT_EQ(ValueOf("location", "Tartu, \U0001F1EA\U0001F1EA Estonia"),
            "Tartu, Estonia");
  EXPECT_EQ(ValueOf("location", "\U0001F4CD Vigo"), "Vigo");
  EXPECT_FALSE(Validate("location", "Professional Guide, Botswana"));
  EXPECT_FALSE(Validate("location", "Ln"));
  EXPECT_FALSE(Validate("location", "Urb"));
  EXPECT_FALSE(Validate("location", "From"));     // "From 🇱🇷 Liberia"
  EXPECT_FALSE(Validate("location", "Section"));  // "Lot 14, Section 87"
  EXPECT_FALSE(Validate("location", "Col. Jardines"));
  EXPECT_FALSE(Validate("location", "N Perry Pkwy, OR"));
  EXPECT_EQ(ValueOf("location", "St. Louis, MO"), "St. Louis, MO");
  EXPECT_EQ(ValueOf("location", "Toowoomba, Queensland"), "Toowoomba, QLD");
  EXPECT_EQ(ValueOf("location", "Victoria"), "Victoria");
  EXPECT_EQ(ValueOf("location", "St. Louis, MO"), "St. Louis, MO");
  EXPECT_EQ(ValueOf("location", "Tenleytown"), "Tenleytown");
  EXPECT_EQ(ValueOf("location", "Kitchener, Ontario"), "Kitchener, ON");
  const char* rejected[] = {"Heron Marsh Farm, Prince Edward Island",
                            "Albemarle St NW, Washington",
                            "Sol NE",
                            "lowercase town",
                            "Room 404",
                            "Dr. Ellen Mertz, IA",
                            "B.S. Computer Science, NC",
                            "Your",
                            ""};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("location", text), "<rejected>") << text;
  }
}

TEST(Validators, Geotag) {
  EXPECT_EQ(ValueOf("geotag", "45.52312,-122.67648"), "45.5231,-122.6765");
  EXPECT_EQ(ValueOf("geotag", "43.073124%2C-89.401236"), "43.0731,-89.4012");
  EXPECT_EQ(ValueOf("geotag", "32.2540° N, 110.9742° W"), "32.2540,-110.9742");
  EXPECT_EQ(ValueOf("geotag", "33.87° S 151.21° E"), "-33.8700,151.2100");
  EXPECT_EQ(ValueOf("geotag", "49°29'10.8\"N 2°31'33.6\"W"), "49.4863,-2.5260");
  EXPECT_EQ(ValueOf("geotag", "33°52′04′′S 151°12′36′′E"), "-33.8678,151.2100");
  EXPECT_EQ(ValueOf("geotag", "49°75'10\"N 2°31'33\"W"), "<rejected>");
  const char* rejected[] = {"91.0,10.00", "45.5,-200.11", "0.00,0.00",
                            "45.5,-122.6", "abc"};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("geotag", text), "<rejected>") << text;
  }
}

TEST(Validators, Sex) {
  EXPECT_EQ(ValueOf("sex", "she/her"), "female");
  EXPECT_EQ(ValueOf("sex", "M"), "male");
  EXPECT_EQ(ValueOf("sex", "Non-binary"), "nonbinary");
  EXPECT_EQ(ValueOf("sex", "Mujer"), "female");
  EXPECT_EQ(ValueOf("sex", "feminino"), "female");
  EXPECT_EQ(ValueOf("sex", "Homme"), "male");
  EXPECT_EQ(ValueOf("sex", "she/they"), "<rejected>");
}

TEST(Validators, AgeWords) {
  EXPECT_EQ(ValueOf("age_words", "forty-two"), "42");
  EXPECT_EQ(ValueOf("age_words", "thirty"), "30");
  EXPECT_EQ(ValueOf("age_words", "cuarenta y dos"), "42");
  EXPECT_EQ(ValueOf("age_words", "veintitrés"), "23");
  EXPECT_EQ(ValueOf("age_words", "diecisiete"), "17");
  EXPECT_FALSE(Validate("age_words", "two"));
  EXPECT_FALSE(Validate("age_words", "forty two three"));
  EXPECT_FALSE(Validate("age_words", "seventeen two"));
  EXPECT_FALSE(Validate("age_words", "forty pages"));
}

TEST(Validators, PlaceName) {
  EXPECT_EQ(ValueOf("place_name", "Wakamow Curling Club"),
            "Wakamow Curling Club");
  EXPECT_FALSE(Validate("place_name", "Saskatchewan"));
  EXPECT_FALSE(Validate("place_name", "Estonia"));
  EXPECT_EQ(ValueOf("place_name", "AM Cubbon Park"), "Cubbon Park");
  // A numbered house or lot is an address's part.
  EXPECT_FALSE(Validate("place_name", "House 112"));
  EXPECT_FALSE(Validate("place_name", "Lot 14"));
}

TEST(Validators, RelativeName) {
  EXPECT_EQ(ValueOf("relative", "Tate's"), "Tate");
  EXPECT_EQ(ValueOf("relative", "June"), "June");
  EXPECT_FALSE(Validate("relative", "'s"));
  // "Lithuania (17), Latvia (3)" counts, not children; some countries are
  // given names too.
  EXPECT_FALSE(Validate("relative", "Lithuania"));
  EXPECT_FALSE(Validate("relative", "Estonia"));
  EXPECT_EQ(ValueOf("relative", "Jordan"), "Jordan");
  EXPECT_EQ(ValueOf("relative", "Georgia"), "Georgia");
  EXPECT_EQ(ValueOf("relative", "Mali"), "Mali");  // "our daughter Mali"
  // "mi madre, doña Trinidad"
  EXPECT_EQ(ValueOf("relative", "Trinidad"), "Trinidad");
  EXPECT_FALSE(Validate("relative", "Also"));   // "Also, my daughter Mila"
  EXPECT_FALSE(Validate("relative", "Madre"));  // "el Día de la Madre"
  // "for their kids: WhatsApp 77 614 52 90" names a way to write.
  EXPECT_FALSE(Validate("relative", "WhatsApp"));
}

TEST(Validators, Name) {
  EXPECT_EQ(ValueOf("name", "Brightline Labs."), "Brightline Labs");
  EXPECT_EQ(ValueOf("name", "Aarhus Agility Klub (AAK)"),
            "Aarhus Agility Klub");
  EXPECT_EQ(ValueOf("name", "@Frothy Monkey"), "Frothy Monkey");
  EXPECT_EQ(ValueOf("name", "Edgeworks Tacoma and I"), "Edgeworks Tacoma");
  EXPECT_EQ(ValueOf("name", "Northshore Power Co-op I'm"),
            "Northshore Power Co-op");
  EXPECT_EQ(ValueOf("name", "Edgeworks Tacoma and I finally"),
            "Edgeworks Tacoma");
  EXPECT_FALSE(Validate("name", "Margaret and I went").has_value());
  EXPECT_FALSE(Validate("name", "624-1873").has_value());
  // Days are not a place: "every Monday, Wednesday and Friday".
  EXPECT_FALSE(Validate("name", "Wednesday and Friday").has_value());
  EXPECT_FALSE(Validate("name", "Monday, Wednesday & Friday").has_value());
  // A programme's season is not an organisation's name.
  EXPECT_FALSE(Validate("name", "Escuela infantil 2026-2027").has_value());
  EXPECT_FALSE(Validate("name", "Junior League 2025/26").has_value());
  EXPECT_EQ(ValueOf("name", "Studio 54"), "Studio 54");
  // "Local Guide · Level 6": a rank on a site, not a workplace.
  EXPECT_FALSE(Validate("name", "Level 6").has_value());
  // A sentence's opening article is no part of a longer name.
  EXPECT_EQ(ValueOf("name", "A Marshall Islands High School"),
            "Marshall Islands High School");
  EXPECT_EQ(ValueOf("name", "A Coruña"), "A Coruña");
  EXPECT_EQ(ValueOf("name", "A Dapto High"), "Dapto High");
  EXPECT_EQ(ValueOf("name", "7-Eleven"), "7-Eleven");
  EXPECT_EQ(ValueOf("name", "Phase I"), "Phase I");
  EXPECT_EQ(ValueOf("name", "Proud UW"), "UW");
  EXPECT_EQ(ValueOf("name", "école maternelle Jean Moulin"),
            "école maternelle Jean Moulin");
  const char* rejected[] = {
      "me", "5 I'm",          "June I",        "lowercase co", "Tuesday",
      "x",  "Margaret and I", "Christmas Eve", "CS",           "Our",
      "Mi", "Nuestra"};
  for (const char* text : rejected) {
    EXPECT_EQ(ValueOf("name", text), "<rejected>") << text;
  }
}

// Phone validations are cached per thread: a repeated number gives the same
// answer without libphonenumber, and the cache never holds more than its
// capacity.
TEST(PhoneValidationCache, RepeatedNumberIsAHitWithTheSameResult) {
  std::optional<Validated> first = Validate("phone", "(503) 555-0142");
  internal::ValidationCacheStats before = internal::PhoneValidationCacheStats();
  std::optional<Validated> second = Validate("phone", "(503) 555-0142");
  internal::ValidationCacheStats after = internal::PhoneValidationCacheStats();
  ASSERT_TRUE(first.has_value());
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->value, first->value);
  EXPECT_EQ(second->display, first->display);
  EXPECT_EQ(after.hits, before.hits + 1);
  EXPECT_EQ(after.misses, before.misses);
}

TEST(PhoneValidationCache, RejectionsAreCachedToo) {
  EXPECT_FALSE(Validate("phone", "555-0000-00").has_value());
  internal::ValidationCacheStats before = internal::PhoneValidationCacheStats();
  EXPECT_FALSE(Validate("phone", "555-0000-00").has_value());
  EXPECT_EQ(internal::PhoneValidationCacheStats().hits, before.hits + 1);
}

TEST(PhoneValidationCache, StaysWithinItsCapacity) {
  std::size_t capacity = internal::PhoneValidationCacheStats().capacity;
  ASSERT_GT(capacity, 0u);
  for (std::size_t i = 0; i < capacity + 10; ++i) {
    Validate("phone", "+1 503 555 " + std::to_string(1000 + i % 9000) + " x" +
                          std::to_string(i));
    ASSERT_LE(internal::PhoneValidationCacheStats().size, capacity);
  }
  // Still right after starting over.
  std::optional<Validated> phone = Validate("phone", "(503) 555-0142");
  ASSERT_TRUE(phone.has_value());
  EXPECT_EQ(phone->value, "+15035550142");
}

}  // namespace
}  // namespace exposure
