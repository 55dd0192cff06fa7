"""Currencies by sign, ISO 4217 code and English name, and the country an article is about.

The vocabulary comes from the Unicode CLDR through Babel: ISO 4217 codes, English names (singular
and plural), English symbols, and the symbols each currency's own territories use (the `en_KE`
locale writes "Ksh", `ms_MY` "RM", `en_ZA` "R", `pl` "zł"). Only `NEWS_SIGNS` and `NEWS_NAMES`
below are typed by hand: local signs and names news uses that CLDR lacks or spells differently.
Everything is built on first use and cached (nothing is read at import time).

API (the figures engine depends on these names and forms):

- `sign_alternation() -> str`: a regex alternation (no outer group; grouped by first character
  for speed, longest first within a group, so the longest sign wins) of every currency sign and
  ISO 4217 code, case-sensitive, to be written before or after an amount, glued or spaced
  ("KSh4.2 billion", "RM120 million", "R$ 3", "C$5", "5 bn USD").
- `name_alternation() -> str`: the same for English currency names, singular and plural, any
  case (it is wrapped in `(?i:...)`): "Canadian dollars", "shekels", "yuan". Put a word boundary
  after either alternation ("won" is not "wont").
- `currency_for_sign(sign, country=None)` and `currency_for_name(name, country=None)`: the ISO 4217
  code a sign or name stands for, or None. A sign or name shared by several currencies ("¥", "Rs",
  "Sh", "kr", "pounds", "rupees", "shillings") takes the currency of `country` (ISO 3166 alpha-2,
  as from `article_country`, or a ranking as from `article_countries`: then the best-ranked country
  that uses one of them) when that country uses one of them, else the most usual one. A bare
  "$" (and a bare "dollar(s)") is always USD: another dollar must be marked ("C$", "A$",
  "Canadian dollars"), as the labelling rules say (table 3). `currency_for_name(name, country,
  year)` reads a shared name as the currency the country used in that year, from CLDR's dates
  (`tender_in_year`: "escudos" in Lisbon in 1998 are PTE, in Praia today CVE).
- `is_currency_code(text) -> bool`: an ISO 4217 code CLDR knows (current or historical).
- `last_tender_year(code) -> int | None`: the last year a retired currency was tender anywhere.
- `address_country(address) -> str | None`: the country of a web address's country-code domain
  (".pk" -> PK, ".co.uk" -> GB; ".com" -> None), weaker evidence the engine may add.
- `article_country(text) -> str | None`: the ISO 3166 alpha-2 code with the strongest evidence in
  the text (`article_countries(text)`: every country with evidence, the strongest first): ISO codes
  of single-country currencies (weight 3), a place opening a dateline (weight 2), and (weight 1
  each) country names, demonyms (from currency names: "Kenyan shilling" gives "Kenyan", "German
  mark" "German"), and
  cities (CLDR time-zone cities: "Nairobi", "Karachi", "Kuala Lumpur"; `NEWS_PLACES` adds a few
  capitals CLDR lacks: "Islamabad", "New Delhi", "Abuja"); when none of those (nor a one-country
  currency name) is there, the smaller towns of GeoNames (`gazetteer.py`: "Luxor", "Tema",
  "Yigo", read only where they stand as places). None when the text names no country.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies, list_currencies

from . import gazetteer, letters, vocab_cache
from .alternation import grouped_alternation
from .article import line_dateline_end
from .vocab import DATELINE_ONLY_REGIONS, DATELINE_REGIONS

# A country (ISO 3166 alpha-2), or an article's countries best first (`article_countries`): a shared
# sign or name follows the best-ranked country that uses one of its currencies
Where = str | tuple[str, ...] | None

# this file as imported: a vocabulary cache written by other code is not read (vocab_cache)
_IMPORTED = vocab_cache.source_stamp(__file__)

# Local signs news writes that CLDR lacks (or keeps only for another locale): sign -> the
# currencies it stands for, the usual one first (it is taken when the country does not decide).
NEWS_SIGNS: dict[str, tuple[str, ...]] = {
    "US$": ("USD",),
    "US $": ("USD",),
    "U.S.$": ("USD",),
    "AU$": ("AUD",),
    "$A": ("AUD",),
    "$NZ": ("NZD",),
    "C$": ("CAD", "NIO"),
    "NZ$": ("NZD",),
    "S$": ("SGD",),
    "Mex$": ("MXN",),
    # the rand; also the Seychelles rupee as Victoria's press writes it ("R60 a kilo"), taken in a
    # Seychellois article
    "R": ("ZAR", "SCR"),
    "Sh": ("KES", "UGX", "TZS", "SOS"),
    "Shs": ("UGX", "TZS", "KES"),  # the plural sign of the Ugandan press ("Shs2.5 billion")
    "KSh": ("KES",),
    "Ksh": ("KES",),
    "Kshs": ("KES",),  # the plural sign, as "Ushs" and "Tshs" ("Kshs2.4 billion")
    "KShs": ("KES",),
    "USh": ("UGX",),
    "Ush": ("UGX",),
    "Ushs": ("UGX",),
    "TSh": ("TZS",),
    "Tsh": ("TZS",),
    "Tshs": ("TZS",),
    # the cedi as Ghana's press prints it, with the cent sign for CLDR's cedi sign (GH₵)
    "GH¢": ("GHS",),
    "Gh¢": ("GHS",),
    # dollars their countries' press marks with letters, which CLDR writes as a bare "$" (the marks
    # made of the initials of a dollar's English name, "J$", "TT$", "EC$", are `_initial_dollar_signs`)
    "BZ$": ("BZD",),
    "Bds$": ("BBD",),
    "BDS$": ("BBD",),  # ... and in capitals, as Bridgetown's press also writes it ("BDS$500")
    "FJ$": ("FJD",),
    "WS$": ("WST",),  # the Samoan tala, as Apia's press marks it
    "SAT$": ("WST",),  # ... and as its press also writes it, after the tala's old abbreviation
    "T$": ("TOP",),  # the Tongan pa'anga
    "RD$": ("DOP",),  # the Dominican peso, as Santo Domingo's press marks it
    "Hr": ("UAH",),  # the hryvnia, as Kyiv's English-language press abbreviates it ("Hr 3.6 trillion")
    # the peso marks of Colombia's, Chile's and Argentina's English-language press ("COP$2,900",
    # "Ch$27,500", "AR$1,510")
    "AR$": ("ARS",),
    "Ar$": ("ARS",),
    # the Peruvian sol with the stop its press long wrote after the sign ("S/. 3.50"; "S/" is CLDR's)
    "S/.": ("PEN",),
    "COP$": ("COP",),
    "Col$": ("COP",),
    "CLP$": ("CLP",),
    "Ch$": ("CLP",),
    # Chile's inflation-indexed unit of account, in which homes, mortgages and rents are priced
    # ("UF 2,640"); its ISO code is CLF
    "UF": ("CLF",),
    # Uruguay's press: its peso marked "$U" ("$U 45.50"), the US dollar "U$S" ("U$S 2 million"),
    # and its inflation-indexed unit of account "UI" (unidad indexada, ISO code UYI), in which
    # mortgages and state bonds are stated ("UI 372,600")
    "$U": ("UYU",),
    "U$S": ("USD",),
    "UI": ("UYI",),
    "L$": ("LRD",),
    # the rupee signs of South Asia's and the Indian Ocean's press (Victoria's too: "Rs 2.4 billion"
    # beside CLDR's "SR"), taken by the article's country
    "Rs": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "Re": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),  # one rupee: "a face value of Re 1"
    "SDR": ("XDR",),  # the IMF's special drawing right, in which its loans are stated
    "Fr.": ("CHF",),
    "SFr": ("CHF",),
    "kr": ("SEK", "NOK", "DKK", "ISK"),
    # the Nordic crowns as the British financial press marks them ("DKr98bn", "SKr1.2bn")
    "DKr": ("DKK",),
    "SKr": ("SEK",),
    "NKr": ("NOK",),
    # the Nepali press's marks for the two rupees of its pages: Indian ("IRs10") and Nepali ("NRs")
    "IRs": ("INR",),
    "NRs": ("NPR",),
    "ZiG": ("ZWG",),  # Zimbabwe Gold, the Zimbabwean currency since 2024
    # the Zimbabwe dollar of 2019-2024 as Zimbabwe's press wrote it ("ZWL$1.2 billion", "RTGS$500")
    "ZWL$": ("ZWL",),
    "RTGS$": ("ZWL",),
    "đ": ("VND",),  # the Vietnamese dong's letter, written after the amount ("50,000đ")
    "RMB": ("CNY",),
    "Rmb": ("CNY",),
    "rmb": ("CNY",),
    "Tk": ("BDT",),
    "Af": ("AFN",),
    "Dh": ("AED", "MAD"),
    "DH": ("MAD", "AED"),  # Morocco's press writes the dirham in capitals ("DH 2.5", "20 DH")
    # signs in other scripts that English copy quotes as written: the yuan's and the yen's
    # characters, the Tamil rupee abbreviation of Sri Lanka and Tamil Nadu, the generic rupee sign
    "元": ("CNY",),
    "円": ("JPY",),
    "ரூ": ("LKR", "INR"),
    "ரூ.": ("LKR", "INR"),
    "₨": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "лв": ("BGN",),  # the lev in Cyrillic, after the amount
    "руб": ("RUB",),  # the rouble in Cyrillic, after the amount
    "﷼": ("IRR", "SAR", "YER", "OMR", "QAR"),  # the rial sign, by the article's country
    # East, Central and Southern African signs as their own press writes them
    # Eritrea's nakfa as Asmara's press and its tender notices write it ("Nfa 500", "Nfa 15 million";
    # CLDR's en_ER mark is "Nfk", read already)
    "Nfa": ("ERN",),
    "Rwf": ("RWF",),
    "FRw": ("RWF",),
    "Frw": ("RWF",),
    "Birr": (
        "ETB",
    ),  # the birr named before the amount, as Addis Ababa's press writes it ("Birr 2.3 billion")
    "FRW": ("RWF",),  # in capitals, as Kigali's press also writes it ("FRW 350 per kilo")
    "UShs": ("UGX",),
    "Kz": ("AOA",),  # Angola's kwanza
    "MT": ("MZN",),  # Mozambique's metical, after the amount ("2,000 MT"), read only there (money.py)
    "FBu": ("BIF",),  # Burundi's franc
    "Fdj": ("DJF",),  # Djibouti's franc, before or after the amount ("Fdj 1.5 billion", "500 Fdj")
    "Ar": ("MGA",),  # Madagascar's ariary ("Ar 4,250")
    "UM": ("MRU",),  # Mauritania's ouguiya, as Nouakchott's press writes it ("UM 110 billion")
    "NLe": ("SLE",),  # Sierra Leone's new leone
    "FCFA": ("XOF", "XAF"),
    "CFAF": ("XOF", "XAF"),  # the IMF's and the World Bank's mark ("CFAF 640 billion")
    # the CFA franc with its franc's letter apart, as Dakar's and Yaounde's press write it after an
    # amount ("600 F CFA", "1,000 F.CFA")
    "CFA": ("XOF", "XAF"),  # the franc's region alone before an amount ("CFA 1.2 billion")
    "YR": ("YER",),  # the Yemeni rial as Yemen's press writes it ("YR 1,350"), read only in Yemen
    "LD": ("LYD",),  # the Libyan dinar as Tripoli's press writes it ("LD 1,500"), read only in Libya
    "F CFA": ("XOF", "XAF"),
    "F.CFA": ("XOF", "XAF"),
    # the CFP franc of France's Pacific territories, as Nouméa's and Papeete's press write it,
    # before or after the amount ("F CFP 2 billion", "1,500 FCFP", "CFP 300 million")
    "CFP": ("XPF",),
    "FCFP": ("XPF",),
    "F CFP": ("XPF",),
    "F.CFP": ("XPF",),
    "FC": ("CDF",),  # the Congolese franc after an amount ("2,500 FC"), read only in a Congolese article
    "Br": ("BYN", "ETB"),  # the Belarusian rouble's sign in CLDR; the Ethiopian birr's in Addis Ababa
    # the Ghana cedi as Ghana's press writes it, with the cedi sign
    "GH₵": ("GHS",),
    "₵": ("GHS",),
    "Dhs": ("AED", "MAD"),
    # Middle Eastern and Gulf desks' own letter signs ("SR31.4 billion", "NIS 27,900", "TL 47.26",
    # "QR500", "KD 3 million", "BD 1.2m", "RO 450", "LE 500"); CLDR has "SR" only for the Seychelles
    "SR": ("SAR", "SCR"),
    "NIS": ("ILS",),
    "TL": ("TRY",),
    "QR": ("QAR",),
    "KD": ("KWD",),
    "BD": ("BHD",),
    "RO": ("OMR",),
    "LE": ("EGP",),
    "E£": ("EGP",),
    # the Cyprus pound, replaced by the euro in 2008, as Nicosia's press still writes it in old
    # amounts and court cases ("CY£250,000", "C£40 million")
    "CY£": ("CYP",),
    "C£": ("CYP",),
    # the other signs Europe's press wrote before the euro that CLDR lacks (its codes are CLDR's
    # historical ones): the Maltese lira ("Lm8,500"), the Deutsche Mark ("DM24,000"), the Irish
    # pound ("IR£12,000") and the French franc ("FF150,000"); letters are read only in an article
    # about their country, or after a year when they were tender (money.py)
    "Lm": ("MTL",),
    "DM": ("DEM",),
    "IR£": ("IEP",),
    "FF": ("FRF",),
    # the Levant's letter signs: the Jordanian dinar ("JD0.650", "JD1.7 billion") and the
    # Lebanese pound or lira ("LL250,000", "L.L. 1.5 million"), as Amman's and Beirut's press write them
    "JD": ("JOD",),
    "LL": ("LBP",),
    "L.L.": ("LBP",),
    "Afs": ("AFN",),  # the afghani in the plural, as Kabul's press writes it ("Afs10 billion")
    "Bt": ("THB",),  # Thailand's English-language press: "Bt3.2 trillion"
    # South and South-East Asian and Pacific desks' own marks that CLDR lacks: the Myanmar kyat
    # ("Ks 6,250", "Ks.120 billion"), the Maldivian rufiyaa's older "MRf", Brunei's dollar (also
    # the Bahamas' mark, taken by the article's country) and Vanuatu's vatu in mixed case
    "Ks": ("MMK",),
    # the Philippine peso as Manila's press writes it in letters ("Php 1.2 billion", "PhP450"), and
    # the dong with the Vietnamese letter ("VNĐ1.2 trillion")
    "Php": ("PHP",),
    "PhP": ("PHP",),
    "VNĐ": ("VND",),
    "VNđ": ("VND",),
    "MRf": ("MVR",),
    "B$": ("BND", "BSD"),
    # the guaraní as Asunción's press writes it in letters ("Gs. 352 per kilowatt-hour")
    "Gs": ("PYG",),
    # the florin sign, as Oranjestad's (and, for the Antillean guilder, Willemstad's) press prints
    # it ("ƒ 3.05 a litre"); a letter, so read only in their own articles (currency_signs.home_letter_sign)
    "ƒ": ("AWG", "ANG"),
    "Vt": ("VUV",),
}
# English names news uses that CLDR spells otherwise: name -> currencies, the usual one first.
NEWS_NAMES: dict[str, tuple[str, ...]] = {
    "reais": ("BRL",),
    # the wire's abbreviations after an amount ("5 mln dlrs", "40 mln stg"); a bare "dlrs" is US
    # dollars, as a bare "$" is (rules, table 3)
    "dlrs": ("USD",),
    "stg": ("GBP",),
    "sterling": ("GBP",),
    "pound sterling": ("GBP",),
    "pounds sterling": ("GBP",),
    "renminbi": ("CNY",),
    # the German mark as news wrote it until the euro (CLDR's "German mark"): "1,200 Deutsche marks"
    "deutsche mark": ("DEM",),
    "deutsche marks": ("DEM",),
    "deutschmark": ("DEM",),
    "deutschmarks": ("DEM",),
    "d-mark": ("DEM",),
    "d-marks": ("DEM",),
    "special drawing rights": ("XDR",),
    "sdrs": ("XDR",),
    "rmb": ("CNY",),
    "krona": ("SEK", "ISK"),
    "kronor": ("SEK",),
    "roubles": ("RUB",),
    "rouble": ("RUB",),
    "rubles": ("RUB",),
    "ruble": ("RUB",),
    "złoty": ("PLN",),
    "zimbabwe gold": ("ZWG",),
    "zig": ("ZWG",),  # "the ZiG traded at 26.8 to the US dollar"
    "meticais": ("MZN",),  # the Portuguese plural Mozambique's English press keeps
    "maloti": ("LSL",),  # Lesotho's loti, in its own plural
    "đồng": ("VND",),
    "zlotys": ("PLN",),
    "rands": ("ZAR",),
    "quetzales": ("GTQ",),
    "colones": ("CRC",),
    "guaranies": ("PYG",),
    # the Spanish plurals Caracas's and Asunción's currencies keep in English copy, and Albania's
    # lek in the English plural (CLDR has only the Albanian "lekë")
    "guaraníes": ("PYG",),
    "bolívares": ("VES",),
    "bolivares": ("VES",),
    "leks": ("ALL",),
    "markkaa": ("FIM",),  # the Finnish plural Helsinki's English-language press kept for the markka
    # "crowns": the English word wire copy uses for the Nordic and Czech crowns
    "danish crowns": ("DKK",),
    "danish crown": ("DKK",),
    "swedish crowns": ("SEK",),
    "swedish crown": ("SEK",),
    "norwegian crowns": ("NOK",),
    "norwegian crown": ("NOK",),
    "czech crowns": ("CZK",),
    "czech crown": ("CZK",),
    # the two CFA francs, West (XOF) and Central (XAF) African, which news names without the region
    "cfa francs": ("XOF", "XAF"),
    "cfa franc": ("XOF", "XAF"),
    # shared names: the currency news means when the article's country does not decide
    "won": ("KRW",),
    "dirhams": ("AED",),
    "dirham": ("AED",),
    "francs": ("CHF",),
    "franc": ("CHF",),
    "riyals": ("SAR",),
    "riyal": ("SAR",),
    "pesos": ("MXN",),
    "peso": ("MXN",),
    "lei": ("RON",),
    "leu": ("RON",),
    # the Balkans' names as their English-language press writes them: North Macedonia's denar
    # (CLDR has only "Macedonian denari"), Bosnia and Herzegovina's convertible mark
    "denars": ("MKD",),
    "denar": ("MKD",),
    "convertible marks": ("BAM",),
    "convertible mark": ("BAM",),
    # Turkey's English-language press writes the plural "liras" (CLDR has it only for Italy's lira)
    "liras": ("TRY", "LBP", "SYP", "ITL"),
    # Lebanon's and Syria's press call their pounds "lira" ("300,000 lira" for a stamp fee)
    "lira": ("TRY", "LBP", "SYP"),
    # the plurals the old lire kept in English copy: Italy's ("900,000 lire") and Malta's ("liri")
    "lire": ("ITL",),
    "liri": ("MTL",),
    "maltese liri": ("MTL",),
    # the Uzbek som as Tashkent's English-language press spells it ("2,000 soums" for a metro ride)
    "soums": ("UZS",),
    "soum": ("UZS",),
    "new shekels": ("ILS",),
    "new shekel": ("ILS",),
    # Asian and Pacific names CLDR spells otherwise or lists under a historical code first: the
    # kyat (CLDR also knows the Burmese kyat of before 1952), the tugrik as Mongolia's press
    # transliterates it, the pa'anga with a plain apostrophe, Taiwan's dollar without "New"
    "kyat": ("MMK",),
    "kyats": ("MMK",),
    "togrog": ("MNT",),
    "tögrög": ("MNT",),
    "tugrug": ("MNT",),
    "tugrugs": ("MNT",),
    "pa'anga": ("TOP",),
    "pa’anga": ("TOP",),
    "paanga": ("TOP",),
    "taiwan dollars": ("TWD",),
    "taiwan dollar": ("TWD",),
    "nt dollars": ("TWD",),
    "nt dollar": ("TWD",),
}
# The Irish pound's names, read alone only in its country (COUNTRY_ONLY_NAMES below): elsewhere a
# kick or a boat, so money only where priced (money.PLAIN_NEEDS_PRICE_NAMES)
PUNT_NAMES = ("punts", "punt")
# Names news uses alone only for the currency of the article's country: "31 billion crowns" in a
# story from Copenhagen is DKK, from Prague CZK; elsewhere the word is no currency ("three crowns"
# won by a rider), so no usual currency is taken when the country does not decide.
COUNTRY_ONLY_NAMES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("crowns", "crown"), ("DKK", "SEK", "NOK", "CZK", "ISK")),
    # the Uzbek som as some of Tashkent's press spells it ("380 million sums"); elsewhere a "sum"
    # is an amount of anything ("two sums")
    **dict.fromkeys(("sums", "sum"), ("UZS",)),
    # the Irish pound as Dublin's press called it until the euro ("two punts a pint"); elsewhere a
    # punt is a kick or a boat ("averaged 44 yards on six punts")
    **dict.fromkeys(PUNT_NAMES, ("IEP",)),
}
# Last words of currency names that alone are money only in a country that uses one of them, at
# the amount's time (see above): "marks" (the German, East German and Bosnian marks, CLDR's names
# ending so) are "53 marks" in Sarajevo and "12 million marks" in Frankfurt in 1993, but "85 marks
# out of 100" elsewhere
COUNTRY_ONLY_HEADS = ("mark", "marks")
# Last words of currency names that alone are more often English ("3 gold medals", "5 marks out of
# 10", "a real"): only the full name counts ("German marks", "Brazilian real").
NOT_BARE_NAMES = frozenset({"gold", "golds", "mark", "marks", "real", "reals", "sol", "cupon"})
# A redenominated currency's code -> the code of the old unit it replaced: an amount its country's
# press converts "in old leones" or "in old cedis" is in the old unit (Sierra Leone 2022, Ghana
# 2007, Zambia 2013, Mauritania 2018, São Tomé 2018, Turkey 2005, Romania 2005, Azerbaijan 2006,
# Mozambique 2006, Turkmenistan 2009, Belarus 2016, Venezuela 2018).
OLD_UNITS: dict[str, str] = {
    "SLE": "SLL",
    "GHS": "GHC",
    "ZMW": "ZMK",
    "MRU": "MRO",
    "STN": "STD",
    "TRY": "TRL",
    "RON": "ROL",
    "AZN": "AZM",
    "MZN": "MZM",
    "TMT": "TMM",
    "BYN": "BYR",
    "VES": "VEF",
}
# ... turned round: an old unit's code -> the code of the unit that replaced it
NEW_UNITS: dict[str, str] = {old: new for new, old in OLD_UNITS.items()}
# Signs and names that mean one currency whatever the article's country (rules, table 3).
FIXED: dict[str, str] = {"$": "USD", "dollar": "USD", "dollars": "USD"}
# Names of places that CLDR spells otherwise in English news.
COUNTRY_ALIASES: dict[str, str] = {
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "U.S.": "US",
    "USA": "US",
    "America": "US",
    "American": "US",
    "Hong Kong": "HK",
    "Ivory Coast": "CI",
    "Burma": "MM",
    "Filipino": "PH",
    "Turkey": "TR",
    # the DR Congo as English news names it (CLDR's "Congo - Kinshasa"; a bare "Congo" stays unread)
    "DR Congo": "CD",
    "D.R. Congo": "CD",
    "DRC": "CD",
    "Democratic Republic of Congo": "CD",
    "Democratic Republic of the Congo": "CD",
    "Republic of Congo": "CG",
    # Seoul's press names its country "Korea" ("Korea's exports rose"); "North Korea" is the
    # longer name, and "North" before a name is never read as the shorter one
    "Korea": "KR",
    "Korean": "KR",
    # demonyms CLDR's list lacks, of countries whose signs or names are read only in their articles
    **dict.fromkeys(("Senegalese",), "SN"),
    **dict.fromkeys(("Ivorian",), "CI"),
    **dict.fromkeys(("Beninese",), "BJ"),
    **dict.fromkeys(("Togolese",), "TG"),
    **dict.fromkeys(("Burkinabe", "Burkinabè"), "BF"),
    **dict.fromkeys(("Chadian",), "TD"),
    **dict.fromkeys(("Gabonese",), "GA"),
    **dict.fromkeys(("Cameroonian",), "CM"),
    **dict.fromkeys(("Emirati",), "AE"),
    **dict.fromkeys(("Nepali",), "NP"),
    **dict.fromkeys(("Kazakh",), "KZ"),
    **dict.fromkeys(("Uzbek",), "UZ"),
    **dict.fromkeys(("Tajik",), "TJ"),
    # (CLDR's currency names give "Turkmenistani" and "Kyrgystani"; news writes these)
    **dict.fromkeys(("Turkmen",), "TM"),
    **dict.fromkeys(("Kyrgyz",), "KG"),
    **dict.fromkeys(("Singaporean",), "SG"),
    **dict.fromkeys(("Bruneian",), "BN"),
    **dict.fromkeys(("Taiwanese",), "TW"),
    **dict.fromkeys(("Burmese",), "MM"),
    # Bosnia and Herzegovina as English news names it (CLDR writes "Bosnia & Herzegovina"), whose
    # convertible mark's "KM" is read only in its articles
    **dict.fromkeys(
        ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Bosnian", "Bosnians", "BiH"), "BA"
    ),
}
# Capitals, large cities and provinces news names that CLDR's time-zone cities lack, for the
# countries whose currency signs or names are shared ("Rs", "Sh", "$", "¥", "rupees").
NEWS_PLACES: dict[str, str] = {
    **dict.fromkeys(("Islamabad", "Lahore", "Peshawar", "Quetta", "Rawalpindi", "Multan"), "PK"),
    **dict.fromkeys(("Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Azad Kashmir"), "PK"),
    **dict.fromkeys(
        ("New Delhi", "Delhi", "Mumbai", "Bengaluru", "Chennai", "Lok Sabha", "Rajya Sabha"), "IN"
    ),
    **dict.fromkeys(("Uttar Pradesh", "Maharashtra", "Tamil Nadu", "Kerala", "West Bengal", "Gujarat"), "IN"),
    **dict.fromkeys(("Mombasa", "Kisumu", "Nakuru"), "KE"),
    # Bosnia and Herzegovina's capital, entities and cities (its convertible mark is written "KM")
    **dict.fromkeys(("Sarajevo", "Banja Luka", "Mostar", "Tuzla", "Zenica", "Republika Srpska"), "BA"),
    **dict.fromkeys(("Dodoma", "Zanzibar", "Arusha"), "TZ"),
    **dict.fromkeys(("Entebbe",), "UG"),
    **dict.fromkeys(("Abuja",), "NG"),
    # Nigeria's states whose names GeoNames' towns lack (its naira's "N" is read only in a Nigerian
    # article; "Kano State", "Enugu State" are read by their towns); those whose names are words or
    # other places' ("Delta", "Rivers", "Niger", "Plateau", "Adamawa", Cameroon's region too) only
    # with "State"
    **dict.fromkeys(
        (
            "Abia",
            "Akwa Ibom",
            "Anambra",
            "Bayelsa",
            "Benue",
            "Borno",
            "Ebonyi",
            "Ekiti",
            "Jigawa",
            "Kebbi",
            "Kogi",
            "Kwara",
            "Ogun",
            "Osun",
            "Oyo",
            "Taraba",
            "Yobe",
            "Zamfara",
        ),
        "NG",
    ),
    **dict.fromkeys(
        (
            "Adamawa State",
            "Cross River State",
            "Delta State",
            "Edo State",
            "Imo State",
            "Niger State",
            "Plateau State",
            "Rivers State",
        ),
        "NG",
    ),
    # Mauritius's capital as its press writes it and its towns (the rupee's "Rs" is shared)
    **dict.fromkeys(("Port-Louis", "Port Louis", "Curepipe", "Quatre-Bornes", "Quatre Bornes"), "MU"),
    **dict.fromkeys(("Rose-Hill", "Beau-Bassin", "Vacoas", "Mahébourg"), "MU"),
    # the Gambia's towns beside Banjul (the dalasi's "D" is read only in a Gambian article)
    **dict.fromkeys(("Serrekunda", "Kanifing", "Brikama", "Farafenni"), "GM"),
    # the DR Congo's cities and provinces that CLDR's list lacks (its franc's "FC" is read only there)
    **dict.fromkeys(("Goma", "Bukavu", "Kisangani", "Kananga", "Mbuji-Mayi", "Kalemie"), "CD"),
    **dict.fromkeys(("North Kivu", "South Kivu", "Tanganyika province", "Haut-Katanga"), "CD"),
    # the two CFA francs' capitals and cities CLDR's list lacks (Douala and Dakar it has), which
    # tell the Central African franc (XAF) from the West African one (XOF)
    **dict.fromkeys(("Yaoundé", "Yaounde", "Bamenda", "Buea", "Garoua"), "CM"),
    **dict.fromkeys(("Libreville", "Port-Gentil"), "GA"),
    **dict.fromkeys(("Kaolack", "Thiès", "Ziguinchor", "Touba"), "SN"),
    # Tunisia's business cities (its press writes "MD" for millions of dinars)
    **dict.fromkeys(("Sfax", "Sousse", "Bizerte", "Gabes", "Kairouan"), "TN"),
    # Morocco's capital and cities beside Casablanca (its dirham is not the UAE's)
    **dict.fromkeys(("Rabat", "Marrakech", "Marrakesh", "Fez", "Fes", "Tangier", "Agadir"), "MA"),
    **dict.fromkeys(("Pretoria", "Cape Town", "Durban"), "ZA"),
    # Southern and East Africa's capitals and business cities that CLDR's time-zone list lacks
    # (Malawi's is Blantyre, not Lilongwe), for the letter signs read only in their own country's
    # articles ("K", "MK", "E", "M", "P", "MT", "FRW") and the shared shilling and pound
    **dict.fromkeys(("Lilongwe", "Zomba", "Mzuzu"), "MW"),
    **dict.fromkeys(("Ndola", "Kitwe", "Chipata", "Mongu", "Solwezi"), "ZM"),
    **dict.fromkeys(("Beira", "Nampula", "Nacala", "Quelimane"), "MZ"),
    **dict.fromkeys(("Benguela", "Lobito", "Huambo", "Cabinda"), "AO"),
    **dict.fromkeys(("Manzini", "Lobamba"), "SZ"),
    **dict.fromkeys(("Francistown", "Maun", "Kasane"), "BW"),
    **dict.fromkeys(("Walvis Bay", "Oshakati"), "NA"),
    **dict.fromkeys(("Bulawayo", "Mutare", "Gweru"), "ZW"),
    **dict.fromkeys(("Mwanza", "Mbeya"), "TZ"),
    **dict.fromkeys(("Hargeisa", "Kismayo", "Baidoa", "Garowe", "Bosaso"), "SO"),
    **dict.fromkeys(("Malakal", "Yambio"), "SS"),
    **dict.fromkeys(("Omdurman", "Port Sudan"), "SD"),
    **dict.fromkeys(("Bahir Dar", "Mekelle", "Hawassa", "Dire Dawa"), "ET"),
    # Ethiopia's regional states, where much of its copy is filed (its birr's "Br" is Belarus's
    # rouble's sign too); the Afar's and the Somalis' with "Region" only, as their peoples live
    # across borders (late-units9)
    **dict.fromkeys(("Tigray", "Oromia", "Amhara", "Sidama", "Gambella", "Benishangul-Gumuz"), "ET"),
    **dict.fromkeys(("Afar Region", "Afar region", "Somali Region"), "ET"),
    **dict.fromkeys(("Huye", "Musanze", "Rubavu"), "RW"),
    **dict.fromkeys(("Toamasina", "Antsirabe", "Mahajanga"), "MG"),
    **dict.fromkeys(("Gitega",), "BI"),
    **dict.fromkeys(("Beijing", "Shenzhen", "Guangzhou"), "CN"),
    **dict.fromkeys(("Ottawa", "Montreal", "Calgary"), "CA"),
    **dict.fromkeys(("Canberra",), "AU"),
    **dict.fromkeys(("Wellington",), "NZ"),
    **dict.fromkeys(("Washington",), "US"),
    **dict.fromkeys(("Rio de Janeiro", "Brasília", "Brasilia"), "BR"),
    **dict.fromkeys(("Putrajaya",), "MY"),
    **dict.fromkeys(("Osaka",), "JP"),
    # South Korea's provinces, whose towns GeoNames' floor may leave out (a plain "430 won" is the
    # currency only in a Korean article; late-units9)
    **dict.fromkeys(("Jeju", "Gyeonggi", "Gangwon", "Chungcheong", "Jeolla", "Gyeongsang"), "KR"),
    # the Middle East's and the Gulf's capitals and business cities that CLDR's list lacks
    **dict.fromkeys(("Tel Aviv", "Haifa"), "IL"),
    **dict.fromkeys(("Ankara", "Izmir", "Bursa"), "TR"),
    **dict.fromkeys(("Jeddah", "Dammam"), "SA"),
    **dict.fromkeys(("Abu Dhabi", "Sharjah"), "AE"),
    **dict.fromkeys(("Doha",), "QA"),
    **dict.fromkeys(("Manama",), "BH"),
    **dict.fromkeys(("Chattogram", "Chittagong"), "BD"),
    # West and Central Asian capitals, provinces and business cities that CLDR's list lacks
    **dict.fromkeys(("Astana", "Nur-Sultan", "Shymkent", "Karaganda", "Atyrau"), "KZ"),
    **dict.fromkeys(("Erbil", "Basra", "Mosul", "Kirkuk", "Najaf", "Sulaimani"), "IQ"),
    **dict.fromkeys(("Irbid", "Zarqa", "Aqaba"), "JO"),
    **dict.fromkeys(("Salalah", "Sohar", "Duqm"), "OM"),
    **dict.fromkeys(("Sanaa", "Aden"), "YE"),
    **dict.fromkeys(("Farwaniya", "Hawally", "Jahra"), "KW"),
    # Papua New Guinea's capital province and seat of government, and its second city
    **dict.fromkeys(("National Capital District", "Waigani", "Lae", "Mount Hagen"), "PG"),
    # East, South-East and South Asia's and the Pacific's capitals and business cities that CLDR's
    # list lacks, for the countries whose signs or names are read only in their own articles ("K",
    # "Ks", "Rf", "VT", "P", "won")
    **dict.fromkeys(("Busan", "Incheon", "Daegu", "Daejeon", "Gwangju", "Ulsan"), "KR"),
    **dict.fromkeys(("Mandalay", "Naypyitaw", "Nay Pyi Taw", "Naypyidaw"), "MM"),
    **dict.fromkeys(("Siem Reap", "Battambang", "Sihanoukville"), "KH"),
    **dict.fromkeys(("Bandar Seri Begawan",), "BN"),
    **dict.fromkeys(("Nuku'alofa", "Nukuʻalofa"), "TO"),
    **dict.fromkeys(("Port Vila", "Luganville"), "VU"),
    **dict.fromkeys(("Malé", "Hulhumalé", "Addu City"), "MV"),
    **dict.fromkeys(("Phuentsholing", "Punakha"), "BT"),
    **dict.fromkeys(("Erdenet", "Darkhan"), "MN"),
    **dict.fromkeys(("Macau",), "MO"),
    **dict.fromkeys(("Kaohsiung", "Taichung", "Tainan", "Hsinchu"), "TW"),
    **dict.fromkeys(("Luang Prabang", "Savannakhet"), "LA"),
    **dict.fromkeys(("Honiara",), "SB"),
    **dict.fromkeys(("Cebu", "Davao", "Quezon City", "Makati"), "PH"),
    # the Dutch Caribbean islands' capitals (their florin and guilder signs are read only there)
    **dict.fromkeys(("Oranjestad",), "AW"),
    **dict.fromkeys(("Willemstad",), "CW"),
    **dict.fromkeys(("Philipsburg",), "SX"),
    **dict.fromkeys(("Penang", "Johor Bahru", "Shah Alam", "Petaling Jaya", "Ipoh"), "MY"),
    # the United States' states ("pounds" weigh in their stories): "Washington" above; "Georgia" is
    # the country's name too, and stays the country's; the two-word names are matched whole, so
    # "New Mexico" is no Mexico and "New Jersey" no Jersey
    **dict.fromkeys(
        (
            "Alabama",
            "Alaska",
            "Arizona",
            "Arkansas",
            "California",
            "Colorado",
            "Connecticut",
            "Delaware",
            "Florida",
            "Hawaii",
            "Idaho",
            "Illinois",
            "Indiana",
            "Iowa",
            "Kansas",
            "Kentucky",
            "Louisiana",
            "Maine",
            "Maryland",
            "Massachusetts",
            "Michigan",
            "Minnesota",
            "Mississippi",
            "Missouri",
            "Montana",
            "Nebraska",
            "Nevada",
            "New Hampshire",
            "New Jersey",
            "New Mexico",
            "North Carolina",
            "North Dakota",
            "Ohio",
            "Oklahoma",
            "Oregon",
            "Pennsylvania",
            "Rhode Island",
            "South Carolina",
            "South Dakota",
            "Tennessee",
            "Texas",
            "Utah",
            "Vermont",
            "Virginia",
            "West Virginia",
            "Wisconsin",
            "Wyoming",
        ),
        "US",
    ),
    # the United States' big cities that CLDR's time-zone list lacks ("Houston", "Orlando",
    # "Memphis", "Charlotte", "Austin" and "Jackson" name people or other places too, and stay unread)
    **dict.fromkeys(
        (
            "Atlanta",
            "Boston",
            "Seattle",
            "San Francisco",
            "Miami",
            "Philadelphia",
            "Baltimore",
            "Pittsburgh",
            "Cincinnati",
            "St. Louis",
            "Kansas City",
            "Minneapolis",
            "New Orleans",
            "Las Vegas",
            "San Diego",
            "San Antonio",
            "Milwaukee",
            "Salt Lake City",
            "Oklahoma City",
            "Sacramento",
            "Tampa",
            "Nashville",
            "Dallas",
        ),
        "US",
    ),
    # the United Kingdom's nations and their big cities that CLDR's list lacks (a British story that
    # names a US state still counts in pounds sterling); "English" also names the language, and
    # "Birmingham", "Cambridge", "Bristol" and "Aberdeen" are US towns too, so they stay unread
    **dict.fromkeys(
        (
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
            "Scottish",
            "Welsh",
            "Edinburgh",
            "Glasgow",
            "Cardiff",
            "Belfast",
            "Manchester",
            "Liverpool",
            "Leeds",
            "Sheffield",
        ),
        "GB",
    ),
    # Canada's provinces (its press weighs in pounds too, never pays in them)
    **dict.fromkeys(
        (
            "Ontario",
            "Quebec",
            "Alberta",
            "British Columbia",
            "Manitoba",
            "Saskatchewan",
            "Nova Scotia",
            "New Brunswick",
            "Newfoundland",
            "Prince Edward Island",
        ),
        "CA",
    ),
    # India's states and large cities beside those above ("Punjab" and "Hyderabad" name places in
    # both India and Pakistan: the other places of the story decide)
    **dict.fromkeys(
        (
            "Karnataka",
            "Telangana",
            "Andhra Pradesh",
            "Bihar",
            "Rajasthan",
            "Madhya Pradesh",
            "Odisha",
            "Haryana",
            "Assam",
            "Jharkhand",
            "Chhattisgarh",
            "Uttarakhand",
            "Himachal Pradesh",
            "Pune",
            "Ahmedabad",
            "Lucknow",
            "Jaipur",
            "Kanpur",
            "Surat",
            "Patna",
            "Bhopal",
            "Chandigarh",
            "Ludhiana",
            "Amritsar",
            "Thiruvananthapuram",
        ),
        "IN",
    ),
    # Pakistan's cities and regions beside those above
    **dict.fromkeys(
        (
            "Faisalabad",
            "Gujranwala",
            "Sialkot",
            "Bahawalpur",
            "Sargodha",
            "Sukkur",
            "Abbottabad",
            "Mardan",
            "Gilgit-Baltistan",
            "Gilgit",
        ),
        "PK",
    ),
    # Sri Lanka's and Nepal's cities beside their capitals (both write "Rs" for their rupee)
    **dict.fromkeys(
        (
            "Kandy",
            "Galle",
            "Jaffna",
            "Negombo",
            "Trincomalee",
            "Batticaloa",
            "Anuradhapura",
            "Matara",
            "Kurunegala",
            "Ratnapura",
            "Nuwara Eliya",
        ),
        "LK",
    ),
    **dict.fromkeys(("Pokhara", "Lalitpur", "Biratnagar", "Birgunj", "Bhaktapur"), "NP"),
    # the Philippines' island groups and cities beside those above (its peso and "P")
    **dict.fromkeys(
        (
            "Mindanao",
            "Luzon",
            "Visayas",
            "Iloilo",
            "Zamboanga",
            "Baguio",
            "Bacolod",
            "Cagayan de Oro",
            "General Santos",
            "Tacloban",
            "Palawan",
            "Negros",
        ),
        "PH",
    ),
    # Colombia's departments and cities (its peso)
    **dict.fromkeys(
        ("Antioquia", "Medellín", "Medellin", "Cali", "Barranquilla", "Bucaramanga", "Cundinamarca"),
        "CO",
    ),
    # regional cities of the countries that share the shilling, the dinar, the manat and the peso
    # (their capitals are CLDR's; "Tripoli", "Constantine", "Rosario", "Lira", "Sabha" and "Ganja" name other
    # places, people, a currency or an assembly too, and stay unread)
    **dict.fromkeys(("Gulu", "Jinja", "Mbarara", "Mbale", "Masaka"), "UG"),
    **dict.fromkeys(("Eldoret", "Nyeri", "Machakos", "Kakamega", "Thika", "Kericho", "Garissa"), "KE"),
    **dict.fromkeys(("Moshi", "Morogoro", "Tanga", "Iringa", "Tabora"), "TZ"),
    **dict.fromkeys(("Oran", "Annaba", "Blida", "Setif", "Sétif", "Tlemcen"), "DZ"),
    **dict.fromkeys(("Benghazi", "Misrata", "Sirte", "Zawiya"), "LY"),
    **dict.fromkeys(("Novi Sad", "Kragujevac"), "RS"),
    **dict.fromkeys(("Turkmenbashi", "Turkmenabat"), "TM"),
    **dict.fromkeys(("La Plata", "Mar del Plata"), "AR"),  # "Tucumán": CLDR's own
    **dict.fromkeys(("Valparaíso", "Valparaiso", "Antofagasta", "Viña del Mar", "Vina del Mar"), "CL"),
    # ... and Chile's other regional cities and its wine valleys' provinces, which its food and wine
    # copy names in place of the country ("Concepción", "La Serena" and "Santa Cruz" name places
    # elsewhere too, and stay unread)
    **dict.fromkeys(
        (
            "Rancagua",
            "Talca",
            "Temuco",
            "Puerto Montt",
            "Iquique",
            "Arica",
            "Valdivia",
            "Chillán",
            "Chillan",
            "Osorno",
            "Curicó",
            "Curico",
            "Copiapó",
            "Copiapo",
            "Calama",
            "Colchagua",
            "Cachapoal",
            "Maipo",
            "Maule",
            "Biobío",
            "Biobio",
        ),
        "CL",
    ),
    **dict.fromkeys(
        ("Guadalajara", "Puebla", "Oaxaca", "Chiapas", "Jalisco", "Michoacán", "Michoacan"), "MX"
    ),
    # Zambia's and Papua New Guinea's towns beside those above (their "K")
    **dict.fromkeys(("Kabwe", "Chingola", "Mufulira", "Kasama"), "ZM"),
    **dict.fromkeys(("Madang", "Goroka", "Kokopo", "Wewak", "Alotau"), "PG"),
    # parliaments named for their country ("the Storting voted"): as good as the country's name
    **dict.fromkeys(("Storting", "Stortinget"), "NO"),
    **dict.fromkeys(("Riksdag",), "SE"),
    **dict.fromkeys(("Folketing", "Folketinget"), "DK"),
    **dict.fromkeys(("Althing", "Alþingi"), "IS"),
    **dict.fromkeys(("Knesset",), "IL"),
    **dict.fromkeys(("Dáil", "Dail", "Oireachtas"), "IE"),
    **dict.fromkeys(("Bundestag",), "DE"),
    # Germany's financial capital as news names it (GeoNames: "Frankfurt am Main"), whose stories
    # of before 2002 count in marks
    **dict.fromkeys(("Frankfurt",), "DE"),
    **dict.fromkeys(("Sejm",), "PL"),
    **dict.fromkeys(("Verkhovna Rada",), "UA"),
    **dict.fromkeys(("State Duma",), "RU"),
}
# A word before a place name that makes it part of another place ("New Jersey" is not Jersey).
LONGER_NAME_WORDS = frozenset({"New", "North", "South", "East", "West"})
# Currency names in lower case that one country's press alone writes about as its own money
# ("the naira fell to N1,500", "the cedi's slide"): evidence of the article's country only when it
# names no place and no code (a story naming its country only by its currency; a cocoa story from
# Abidjan that quotes Ghana's price in cedis stays Ivorian); names shared by several countries
# (dollar, rupee, shilling, franc, dinar, kwacha, peso) are no evidence
ONE_COUNTRY_NAMES: dict[str, str] = {
    **dict.fromkeys(("naira",), "NG"),
    **dict.fromkeys(("cedi", "cedis"), "GH"),
    **dict.fromkeys(("kyat", "kyats"), "MM"),
    **dict.fromkeys(("rupiah",), "ID"),
    **dict.fromkeys(("ringgit",), "MY"),
    **dict.fromkeys(("baht",), "TH"),
    **dict.fromkeys(("riel",), "KH"),
    **dict.fromkeys(("taka",), "BD"),
    **dict.fromkeys(("tugrik", "togrog"), "MN"),
    **dict.fromkeys(("ngultrum",), "BT"),
    **dict.fromkeys(("rufiyaa",), "MV"),
    **dict.fromkeys(("dalasi",), "GM"),
    **dict.fromkeys(("leone", "leones"), "SL"),
    **dict.fromkeys(("birr",), "ET"),
    **dict.fromkeys(("kwanza",), "AO"),
    **dict.fromkeys(("hryvnia", "hryvnias"), "UA"),
    **dict.fromkeys(("zloty",), "PL"),
    **dict.fromkeys(("forint",), "HU"),
    **dict.fromkeys(("lari",), "GE"),
    **dict.fromkeys(("tenge",), "KZ"),
    **dict.fromkeys(("rand",), "ZA"),
    **dict.fromkeys(("ouguiya", "ouguiyas"), "MR"),
    **dict.fromkeys(("pula",), "BW"),
    **dict.fromkeys(("metical", "meticais"), "MZ"),
    **dict.fromkeys(("vatu",), "VU"),
    **dict.fromkeys(("kina",), "PG"),
}
_RE_ONE_COUNTRY_NAME = re.compile(
    r"\b(" + "|".join(sorted(ONE_COUNTRY_NAMES, key=len, reverse=True)) + r")\b"
)
CODE_WEIGHT = 3  # an ISO code of a one-country currency outweighs a single place name
DATELINE_WEIGHT = 2  # a place opening a dateline ("PORT LOUIS - ") outweighs one mention elsewhere


def _latin(sign: str) -> bool:
    """A sign news in English can print: Latin letters, punctuation and currency symbols only."""
    return all(
        c.isascii() or unicodedata.category(c) == "Sc" or "LATIN" in unicodedata.name(c, "") for c in sign
    )


@cache
def _build_tender() -> dict[str, tuple[str, ...]]:
    """Currency code -> territories where it is legal tender today (CLDR)."""
    out: dict[str, list[str]] = {}
    for territory, entries in get_global("territory_currencies").items():
        for code, _start, end, tender in entries:
            if end is None and tender:
                out.setdefault(code, []).append(territory)
    return {code: tuple(sorted(ts)) for code, ts in out.items()}


@cache
def _build_former() -> dict[str, tuple[str, ...]]:
    """Currency code -> territories where it was the legal tender before today's (CLDR): the
    Antillean guilder in Curaçao and Sint Maarten, whose press still writes its sign ("NAf.")."""
    out: dict[str, list[str]] = {}
    for territory, entries in get_global("territory_currencies").items():
        ended = [(end, code) for code, _start, end, tender in entries if end is not None and tender]
        if ended and any(end is None and tender for _code, _start, end, tender in entries):
            out.setdefault(max(ended)[1], []).append(territory)
    return {code: tuple(sorted(ts)) for code, ts in out.items()}


FAR_FUTURE_YEAR = 9999  # the year _build_last_used gives a currency tender today


def _build_last_used() -> dict[str, tuple[int, int, int]]:
    """Currency code -> the last day it was legal tender anywhere (far future while it is)."""
    out: dict[str, tuple[int, int, int]] = {}
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if tender:
                out[code] = max(out.get(code, (0, 0, 0)), end or (FAR_FUTURE_YEAR, 12, 31))
    return out


@cache
def _build_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, current or historical."""
    return frozenset(list_currencies())


def _money_codes() -> list[str]:
    """Codes that name money: all but the X-codes that are not any country's tender (gold, SDR, tests)."""
    tender = _build_tender()
    return sorted(c for c in _build_codes() if not c.startswith("X") or c in tender)


@cache
def _english() -> Locale:
    """CLDR's English locale (loaded once)."""
    return Locale("en")


@cache
def display_symbol(code: str) -> str | None:
    """The sign English-language prose writes before an amount in this currency ("$", "€", "₩",
    "CA$"), from CLDR; None when CLDR has only the code itself (PKR, MYR)."""
    symbol = get_currency_symbol(code, locale=_english())
    return symbol if symbol and symbol != code else None


def _locale(tag: str) -> Locale | None:
    try:
        return Locale.parse(tag)
    except (UnknownLocaleError, ValueError):
        return None


def _add(table: dict[str, list[str]], key: str, code: str) -> None:
    codes = table.setdefault(key, [])
    if code not in codes:
        codes.append(code)


def _with_dot_variants(sign: str) -> tuple[str, ...]:
    """ "kr." also as "kr"; "Rs" also as "Rs." (news writes abbreviations both ways)."""
    if sign.endswith("."):
        return (sign, sign[:-1])
    if sign[-1:].isalpha():
        return (sign, sign + ".")
    return (sign,)


def _initial_dollar_signs(tender: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Dollar signs from the initials of each tender dollar's English name ("Bermudan Dollar":
    "B$" and "BD$"; "Cayman Islands Dollar": "CI$" and "CID$"), sign -> currencies."""
    out: dict[str, list[str]] = {}
    for code, name in sorted(_english().currencies.items()):
        words = name.split()
        if code not in tender or len(words) < 2 or words[-1] != "Dollar":
            continue
        # a word in capitals gives all its letters ("US Dollar": "US$"); "&" gives none
        initials = "".join(word if word.isupper() else word[0] for word in words[:-1] if word[0].isalpha())
        for sign in (f"{initials}$", f"{initials}D$"):
            _add(out, sign, code)
    return {sign: tuple(codes) for sign, codes in out.items()}


def _build_signs() -> dict[str, tuple[str, ...]]:
    """Sign or code -> currencies, the usual one first."""
    table: dict[str, list[str]] = {}
    for sign, codes in NEWS_SIGNS.items():
        for code in codes:
            for variant in _with_dot_variants(sign):
                _add(table, variant, code)
    english = _english().currency_symbols
    tender = _build_tender()
    for code in _money_codes():
        for variant in (code, f"{code}."):  # "ANG. 12 MILLION": a code closed by a stop, read as a
            _add(table, variant, code)  # letter sign is, only where its currency is used (money.py)
        symbol = english.get(code)
        if symbol and symbol != code and _latin(symbol):
            _add(table, symbol, code)
    territory_languages = get_global("territory_languages")
    # the signs of each currency in its territories' locales, today's and the one before it
    for code, territories in [*tender.items(), *_build_former().items()]:
        for territory in territories:
            tags = [f"en_{territory}"] + [
                f"{language}_{territory}"
                for language, info in territory_languages.get(territory, {}).items()
                if info.get("official_status") in ("official", "de_facto_official")
            ]
            for tag in tags:
                locale = _locale(tag)
                if locale is None or locale.territory != territory:
                    continue
                symbol = locale.currency_symbols.get(code, code)
                # one letter alone ("K", "L", "Q") is too easily a label ("Q3", "5G"); "R" is in NEWS_SIGNS
                letter = len(symbol.rstrip(".")) == 1 and symbol[0].isalpha()
                if symbol != code and _latin(symbol) and not letter:
                    for variant in _with_dot_variants(symbol):
                        _add(table, variant, code)
    # a dollar marked with the initials of its English CLDR name, with or without the D of
    # "dollar", as Caribbean and Pacific desks write them ("BD$62,418" in Hamilton, "LD$" in
    # Monrovia); a sign CLDR or NEWS_SIGNS already gives keeps its currencies, and a shared one
    # ("BD$": five dollars) follows the article's country
    for sign, codes in _initial_dollar_signs(tender).items():
        if sign not in table:
            table[sign] = list(codes)
    # a dollar's or a peso's ISO code with the sign glued after it, as the Pacific's and the
    # Caribbean's press and some business copy write them ("FJD$20m", "TTD$4,000", "USD$5 million")
    dollar_codes = {code for sign, codes in table.items() if "$" in sign for code in codes}
    for code in sorted(dollar_codes):
        _add(table, f"{code}$", code)
    return {sign: tuple(codes) for sign, codes in table.items()}


def _names_of(code: str) -> set[str]:
    """English names of one currency, lower-case: display, singular and plural, without dates."""
    names = set()
    forms = [get_currency_name(code, count=count, locale="en") for count in (None, 1, 2)]
    if forms[1] and forms[1] == forms[2] and forms[1][-1:].isalpha():
        # CLDR gives some names no plural ("Turkmenistani manat", "Aruban florin"); news writes
        # the regular one too ("1,200 manats", "40 million florins")
        forms.append(forms[1] + "s")
    for name in forms:
        if name and name != code:
            name = re.sub(r"\s*\([^)]*\)", "", name).strip().lower()
            names |= {name, letters.plain_letters(name)}
            if name.startswith("us "):
                names.add("u.s. " + name[3:])
    return names


def _build_names() -> dict[str, tuple[str, ...]]:
    """Name -> currencies, the usual one first: full names ("canadian dollars") and their last
    word ("dollars", "shekels", "yuan"), of currencies that are or were legal tender somewhere."""
    tendered = {
        code
        for entries in get_global("territory_currencies").values()
        for code, _start, _end, tender in entries
        if tender
    }
    table: dict[str, list[str]] = {}
    for name, codes in NEWS_NAMES.items():
        for code in codes:
            _add(table, name, code)
    for code in _money_codes():
        if code not in tendered:  # funds and accounting units ("WIR euro", "US dollar (next day)")
            continue
        for name in _names_of(code):
            _add(table, name, code)
            head = name.rsplit(" ", 1)[-1]
            if head != name and head.isalpha() and head not in NOT_BARE_NAMES:
                _add(table, head, code)
    return {name: tuple(codes) for name, codes in table.items()}


def _usual(candidates: tuple[str, ...], preferred: tuple[str, ...], symbol: str | None) -> str:
    """The usual currency among candidates: a hand-listed default, the English CLDR symbol, then
    the currency that is tender in the most territories, then the most recent one (ties by code)."""
    for code in preferred:
        if code in candidates:
            return code
    if symbol is not None:
        english = _tables().symbols
        for code in candidates:
            if english.get(code) == symbol:
                return code
    tender, last = _tender(), _last_used()
    return min(
        candidates, key=lambda c: (-len(tender.get(c, ())), tuple(-x for x in last.get(c, (0, 0, 0))), c)
    )


def _ranked(country: Where) -> tuple[str, ...]:
    """The countries of `country`, best first: one code, or an article's ranking (`article_countries`)."""
    if not country:
        return ()
    return (country.upper(),) if isinstance(country, str) else tuple(c.upper() for c in country)


@lru_cache(maxsize=1024)
def tender_in_year(territory: str, year: int) -> frozenset[str]:
    """The currencies legal tender in a territory at any time in a year (CLDR through Babel:
    Portugal's escudo in 1998, both the franc and the euro in France in 2001)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    return frozenset(get_territory_currencies(territory, first, last, tender=True))


CLDR_FIRST_DAY = date(1, 1, 1)  # the whole of CLDR's dated record of a territory's currencies
CLDR_LAST_DAY = date(9999, 12, 31)


@lru_cache(maxsize=1024)
def ever_tender(territory: str) -> frozenset[str]:
    """The currencies ever legal tender in a territory, as far back as CLDR records (through
    Babel: the Netherlands' guilder and euro)."""
    return frozenset(get_territory_currencies(territory, CLDR_FIRST_DAY, CLDR_LAST_DAY, tender=True))


def _home(candidates: Iterable[str], country: Where, year: int | None = None) -> tuple[str, ...]:
    """The candidates tender in the best-ranked country of `country` that uses any of them: in
    `year` when one is given and a country then used any of them, else today."""
    candidates = tuple(candidates)
    ranked = _ranked(country)
    if year is not None:
        for place in ranked:
            dated = tender_in_year(place, year)
            local = tuple(c for c in candidates if c in dated)
            if local:
                return local
    tender = _tender()
    for place in ranked:
        local = tuple(c for c in candidates if place in tender.get(c, ()))
        if local:
            return local
    return ()


def _former_home(candidates: tuple[str, ...], country: Where) -> tuple[str, ...]:
    """The candidates the best-ranked country of `country` that ever used any of them once
    tendered ("guilders" in a Rotterdam story that names no year: NLG, where no country of the
    story tenders one today)."""
    for place in _ranked(country):
        local = tuple(c for c in candidates if c in ever_tender(place))
        if local:
            return local
    return ()


def _resolve(
    candidates: tuple[str, ...],
    country: Where,
    preferred: tuple[str, ...],
    symbol: str | None,
    year: int | None = None,
) -> str | None:
    """The currency a shared sign or name stands for: the one of the best-ranked country that uses
    any of them ("Cg." in a Philipsburg story that names the Netherlands more often: Sint
    Maarten's), in `year` if given ("guilders" in the Netherlands in 1994: NLG), or once where none
    uses any today ("guilders" in Amsterdam: NLG), else the usual one."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    local = _home(candidates, country, year) or _former_home(candidates, country)
    if len(local) == 1:
        return local[0]
    return _usual(local or candidates, preferred, symbol)


def _normal_sign(sign: str) -> str:
    return re.sub(r"\s+", " ", sign.strip())


@lru_cache(maxsize=4096)
def currency_for_sign(sign: str, country: Where = None) -> str | None:
    """ISO 4217 code of a currency sign or code as written ("KSh", "R$", "¥", "EUR"), or None."""
    sign = _normal_sign(sign)
    if sign in FIXED:
        return FIXED[sign]
    return _resolve(_signs().get(sign, ()), country, NEWS_SIGNS.get(sign.rstrip("."), ()), sign)


@lru_cache(maxsize=256)
def sign_is_shared(sign: str) -> bool:
    """Whether a currency sign stands for several currencies, which the article's country settles
    ("B$": Brunei's or the Bahamas' dollar); "US$" and "TT$" stand for one."""
    sign = _normal_sign(sign)
    return sign not in FIXED and len(_signs().get(sign, ())) > 1


@cache
def _country_only() -> dict[str, tuple[str, ...]]:
    """COUNTRY_ONLY_NAMES and COUNTRY_ONLY_HEADS with the currencies whose names end in each head."""
    heads = {
        head: tuple(
            code
            for name, codes in sorted(_names().items())
            if name.endswith(" " + head)
            for code in codes
            if code in _last_used()
        )
        for head in COUNTRY_ONLY_HEADS
    }
    return {**COUNTRY_ONLY_NAMES, **{head: tuple(dict.fromkeys(codes)) for head, codes in heads.items()}}


@lru_cache(maxsize=4096)
def currency_for_name(name: str, country: Where = None, year: int | None = None) -> str | None:
    """ISO 4217 code of an English currency name in any case ("Danish kroner", "rupees"), or None;
    a shared name in `year`, when given, takes the currency the country then used ("escudos" in
    Lisbon in 1998: PTE, not Cape Verde's CVE)."""
    key = _normal_sign(name).lower()
    if key in FIXED:
        return FIXED[key]
    country_only = _country_only()
    if key in country_only:
        local = _home(country_only[key], country, year)
        return local[0] if len(local) == 1 else None
    return _resolve(_names().get(key, ()), country, NEWS_NAMES.get(key, ()), None, year)


@lru_cache(maxsize=256)
def local_currency_named(word: str, country: str) -> str | None:
    """The currency tender in `country` whose English name ends in `word`, a name too plain to
    stand alone elsewhere ("the real" in Brazil: BRL), or None."""
    tail = " " + word.lower()
    tender = _tender()
    for name, codes in sorted(_names().items()):
        if name.endswith(tail):
            for code in codes:
                if country.upper() in tender.get(code, ()):
                    return code
    return None


def home_currency(country: Where) -> str | None:
    """The one currency tender in the best-ranked country of `country` that has a single one
    (Britain: GBP, the United States: USD), or None."""
    tender = _tender()
    for place in _ranked(country):
        local = [code for code, places in tender.items() if place in places]
        if len(local) == 1:
            return local[0]
    return None


def english_name(code: str) -> str:
    """A currency's English name in CLDR, without a bracketed period ("Moroccan dirham")."""
    return re.sub(r"\s*\([^)]*\)", "", get_currency_name(code, count=1, locale="en")).strip()


def tender_places(code: str) -> tuple[str, ...]:
    """The countries (ISO 3166 alpha-2) where a currency is legal tender today."""
    return _tender().get(code, ())


def is_tender_in(code: str, country: Where) -> bool:
    """Whether a currency is legal tender today in `country` (ISO 3166 alpha-2), or in any country
    of an article's ranking."""
    return bool(_home((code,), country))


# Pounds at par with sterling whose press writes "£" as Britain's does (Gibraltar, the Falklands,
# St Helena): a bare "pounds" there is read as the sign "£" is, sterling (GBP, as p551's Gibraltar
# copy is labelled); their full names ("Gibraltar pounds") keep their own codes.
STERLING_PAR_POUNDS: frozenset[str] = frozenset(("GIP", "FKP", "SHP"))
# Units of account a country's press prices in though they are no tender: ISO code -> country.
# Chile's Unidad de Fomento ("UF 120") and Uruguay's Unidad Indexada ("UI 90,000")
UNITS_OF_ACCOUNT: dict[str, str] = {"CLF": "CL", "UYI": "UY"}


def last_tender_year(code: str) -> int | None:
    """The last year a retired currency was legal tender anywhere (CLDR: the Maltese lira's 2008),
    or None for a currency tender today or one CLDR does not date."""
    last = _last_used().get(code)
    return last[0] if last is not None and last[0] < FAR_FUTURE_YEAR else None


def code_written_today(code: str, country: Where, year: int | None) -> str:
    """A redenominated currency's old ISO code as its country's press still writes it for today's
    unit ("GHC 8 billion" in an Accra story: GHS, the letters of "GH¢"), the old code kept where the
    new unit is no tender of the article's country or the amount's sentence names a year when the
    old unit was still tender ("ZMK 5 billion in 2010")."""
    new = NEW_UNITS.get(code)
    if new is None or not is_tender_in(new, country):
        return code
    last = last_tender_year(code)
    return code if year is not None and (last is None or year <= last) else new


def is_used_in(code: str, country: Where) -> bool:
    """Whether a currency is tender in `country`, a unit of account its press prices in, or the
    currency it had before today's, whose sign its press still writes ("NAf." in Sint Maarten)."""
    ranked = _ranked(country)
    former = _tables().former.get(code, ())
    return (
        is_tender_in(code, country)
        or UNITS_OF_ACCOUNT.get(code, "") in ranked
        or any(c in former for c in ranked)
    )


@cache
def dollar_codes() -> frozenset[str]:
    """ISO codes of the dollars: every currency whose English name ends in "dollar"."""
    return frozenset(_names().get("dollar", ()))


# Currencies that are no dollar by name but that their own press writes with a bare "$" once the
# first amount is marked: the Samoan tala ("SAT$2 million ... $500") and the Tongan pa'anga ("T$")
DOLLAR_SIGNED: frozenset[str] = frozenset(("WST", "TOP"))


def dollar_sign_codes() -> frozenset[str]:
    """ISO codes a marked first amount can make a bare "$" stand for: the dollars and DOLLAR_SIGNED."""
    return dollar_codes() | DOLLAR_SIGNED


def is_currency_code(text: str) -> bool:
    """Whether text is an ISO 4217 code CLDR knows ("USD", "KES", "DEM"); upper case only."""
    return text in _codes()


@cache
def sign_words() -> frozenset[str]:
    """Every currency sign and ISO code (the words of `sign_alternation`)."""
    return frozenset(set(_signs()) | set(FIXED) - {"dollar", "dollars"})


@cache
def name_words() -> frozenset[str]:
    """Every English currency name, lower-case (the words of `name_alternation`)."""
    return frozenset(set(_names()) | {"dollar", "dollars"} | set(_country_only()))


@cache
def sign_alternation() -> str:
    """Regex alternation of every currency sign and ISO code, longest first, case-sensitive."""
    return grouped_alternation(sign_words())


@cache
def name_alternation() -> str:
    """Regex alternation of every English currency name, any case, longest first."""
    return f"(?i:{grouped_alternation(name_words(), ignore_case=True)})"


# --- the article's country --------------------------------------------------------------------


def _demonyms() -> dict[str, str]:
    """Demonym -> country, from the names of currencies (today's and past ones) whose code begins
    with the issuer's ISO 3166 code ("Kenyan shilling" KES -> "Kenyan" KE; "German mark" DEM ->
    "German" DE; "US dollar" USD -> "US")."""
    territories = _english().territories
    out: dict[str, str] = {}
    for territory, entries in sorted(get_global("territory_currencies").items()):
        for code, *_ in entries:
            if code[:2] != territory or territory not in territories:
                continue
            name = re.sub(r"\s*\([^)]*\)", "", get_currency_name(code, count=1, locale="en"))
            words = name.split()
            adjective = " ".join(w for w in words[:-1] if w[:1].isupper())
            if adjective and adjective != territories[territory]:
                out.setdefault(adjective, territory)
    return out


def _is_country_babel(code: str) -> bool:
    """An ISO 3166 alpha-2 code CLDR names, not a grouping ("EU", "UN") or unknown region ("ZZ")."""
    return (
        len(code) == 2
        and code.isalpha()
        and code not in ("EU", "EZ", "UN", "ZZ")
        and code in _english().territories
    )


def _cities() -> dict[str, str]:
    """City -> country, from CLDR time zones ("Africa/Nairobi" in KE -> "Nairobi")."""
    exemplars = _english().time_zones
    out: dict[str, str] = {}
    for zone, territory in get_global("zone_territories").items():
        if territory == "001" or zone.startswith("Etc/"):
            continue
        city = (exemplars.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        out[city] = territory
    return out


_PEOPLE_ENDING = re.compile(r"(?:[a-z]an|[a-z]i|ino)$")


def _build_places() -> dict[str, str]:
    """Place name or demonym (as written, accent-free and in capitals) -> ISO 3166 alpha-2 code."""
    table: dict[str, str] = {}
    for city, territory in _cities().items():
        table[city] = territory
    for demonym, territory in _demonyms().items():
        table[demonym] = territory
    for territory, name in _english().territories.items():
        if not _is_country_babel(territory):
            continue
        table[name] = territory
        short = re.sub(r"\s*\(.*\)|\s+SAR China$", "", name)
        table[short] = territory
        inner = re.search(r"\((.*)\)", name)
        if inner:
            table[inner.group(1)] = territory
    table.update(COUNTRY_ALIASES)
    table.update(NEWS_PLACES)
    # a people named in the plural is as good as its demonym ("Kenyans queued", "Filipinos abroad",
    # "Nepalis sent home"); only demonyms ending as nouns of people do ("-an", "-i", "-ino": no
    # "Turkeys" from "Turkey", no "Frenchs")
    countries = set(_english().territories.values())
    for name, territory in [*_demonyms().items(), *COUNTRY_ALIASES.items()]:
        if _PEOPLE_ENDING.search(name) and name not in countries:
            table.setdefault(name + "s", territory)
    table = {letters.plain_letters(k): v for k, v in table.items()} | table
    # datelines write places in capitals ("NAIROBI, March 4"); short ones stay as written ("US")
    return {k.upper(): v for k, v in table.items() if len(k) > 3} | table


# --- the built tables, cached per user (analysis/vocab_cache.py) ---------------------------------


class Tables(NamedTuple):
    """Every table the engine reads, built from CLDR through Babel (see the module docstring)."""

    signs: dict[str, tuple[str, ...]]  # sign or code -> currencies, the usual one first
    names: dict[str, tuple[str, ...]]  # name -> currencies, the usual one first
    tender: dict[str, tuple[str, ...]]  # code -> territories where it is legal tender today
    former: dict[str, tuple[str, ...]]  # code -> territories where it was, before today's currency
    last_used: dict[str, tuple[int, int, int]]  # code -> last day it was legal tender anywhere
    codes: frozenset[str]  # every ISO 4217 code CLDR knows
    symbols: dict[str, str]  # code -> its English CLDR symbol
    places: dict[str, str]  # place name or demonym -> ISO 3166 alpha-2 code
    countries: frozenset[str]  # the ISO 3166 alpha-2 codes of countries CLDR names
    aliases: dict[str, str]  # a two-letter country-code domain that is not the ISO code -> the code


def _build_tables() -> dict[str, object]:
    """The tables, built from Babel, in JSON form."""
    territories = _english().territories
    return {
        "signs": _build_signs(),
        "names": _build_names(),
        "tender": _build_tender(),
        "former": _build_former(),
        "last_used": _build_last_used(),
        "codes": sorted(_build_codes()),
        "symbols": dict(_english().currency_symbols),
        "places": _build_places(),
        "countries": sorted(c for c in territories if _is_country_babel(c)),
        "aliases": {
            alias: codes[0]
            for alias, codes in get_global("territory_aliases").items()
            if len(alias) == 2 and codes and alias != codes[0]
        },
    }


def _load_tables(raw: object) -> Tables:
    """Tables from their JSON form (a KeyError, TypeError or ValueError when it is not that)."""
    table = dict(raw)  # type: ignore[call-overload]
    return Tables(
        signs={str(k): tuple(v) for k, v in table["signs"].items()},
        names={str(k): tuple(v) for k, v in table["names"].items()},
        tender={str(k): tuple(v) for k, v in table["tender"].items()},
        former={str(k): tuple(v) for k, v in table["former"].items()},
        last_used={str(k): (int(v[0]), int(v[1]), int(v[2])) for k, v in table["last_used"].items()},
        codes=frozenset(table["codes"]),
        symbols={str(k): str(v) for k, v in table["symbols"].items()},
        places={str(k): str(v) for k, v in table["places"].items()},
        countries=frozenset(table["countries"]),
        aliases={str(k): str(v) for k, v in table["aliases"].items()},
    )


@cache
def _tables() -> Tables:
    """The tables, read from the per-user cache or built (about a second) and cached."""
    return vocab_cache.cached(
        "currencies", __file__, _build_tables, _load_tables, _IMPORTED, (letters.__file__,)
    )


def _tender() -> dict[str, tuple[str, ...]]:
    return _tables().tender


def _last_used() -> dict[str, tuple[int, int, int]]:
    return _tables().last_used


def _codes() -> frozenset[str]:
    return _tables().codes


def _signs() -> dict[str, tuple[str, ...]]:
    return _tables().signs


def _names() -> dict[str, tuple[str, ...]]:
    return _tables().names


def codes_named(name: str) -> tuple[str, ...]:
    """Every ISO code an English currency name may stand for ("shilling": KES, UGX, TZS, ...)."""
    key = _normal_sign(name).lower()
    return (*_names().get(key, ()), *NEWS_NAMES.get(key, ()))


def _places() -> dict[str, str]:
    return _tables().places


def country_of_place(name: str) -> str | None:
    """The ISO 3166 alpha-2 code of a country, city or demonym as written ("Brazil", "Brazilian"), or None."""
    return _places().get(name)


def is_country(name: str) -> bool:
    """Whether `name` (as written) names a country, as CLDR's English names ("Kenya", "South Africa")
    or the aliases news writes ("UK", "Britain") do: no city or demonym."""
    code = _places().get(name)
    if code is None or code not in _tables().countries:
        return False
    english = _english().territories.get(code, "")
    return name in (english, re.sub(r"\s*\(.*\)", "", english)) or COUNTRY_ALIASES.get(name) == code


def is_place(name: str) -> bool:
    """Whether `name` (as written) is a country, a city or a demonym this module knows."""
    return name in _places()


# Three capitals ending a word; `_word_start` tests the character before (a pattern opening with a
# look-behind or a word boundary is tried at every position of the text, this one only at capitals).
_CODE = re.compile(r"[A-Z]{3}\b")
# Three capitals a text defines in brackets after a name ("Bank Al-Maghrib (BAM)"): an acronym of
# that name wherever it stands, not a currency's code ("BAM expects" is the bank, not Bosnia's mark);
# after a currency's name ("Kenyan shillings (KES)") it is the code
_DEFINED_ACRONYM = re.compile(r"\((?P<code>[A-Z]{3})\)")
_LAST_WORD = re.compile(r"(\w+)\s*\Z")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# "US$5 million" and "US dollars" say which dollar, not where the story is; "a Lagos-based firm"
# where a company is based
_MONEY_AFTER = re.compile(r"\s?\$|\s+dollars?\b|[-‑]based\b", re.IGNORECASE)
# a second name joined by a hyphen: "a Dutch-Colombian group", "the Kenya-Uganda border" name the
# partners of a venture or a relation, not where the story is
_PAIRED_NAMES = re.compile(r"[-‑][A-Z]")
# a sea named after a country or its people ("the Indian Ocean", "the Arabian Sea", "the Gulf of
# Aden", "the Sea of Japan") is where ships sail, not where the story is
_WATER_AFTER = re.compile(r"\s+(?:Ocean|Sea)\b")
_WATER_BEFORE = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits)\s+of\s+$")


@cache
def _place_pattern() -> re.Pattern[str]:
    """A place name or demonym ending a word (the character before it: see `_place_matches`)."""
    return re.compile(rf"(?:{grouped_alternation(_places())})(?!\w)")


def _word_start(text: str, start: int, glue: str = "_") -> bool:
    r"""Whether `start` is not preceded by a word character (as `(?<!\w)`) nor by one of `glue`."""
    return not start or not (text[start - 1].isalnum() or text[start - 1] in glue)


def _place_matches(text: str) -> Iterator[re.Match[str]]:
    r"""The matches of `_place_pattern` not glued to a word or an apostrophe before them, in order
    (as `finditer` with the look-behind `(?<![\w’'])`; a name turned down is tried again one
    character on, as "Sudan" in "xSouth Sudan")."""
    pattern = _place_pattern()
    at = 0
    while match := pattern.search(text, at):
        if _word_start(text, match.start(), "_’'"):
            yield match
            at = match.end()
        else:
            at = match.start() + 1


def place_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each place name or demonym in text[start:end] as written ("Sri Lanka",
    "Nigerian"), the longest name at each place."""
    part = text[start:end]
    return [(start + m.start(), start + m.end()) for m in _place_matches(part)]


def _code_matches(text: str) -> Iterator[re.Match[str]]:
    r"""Words of three capitals, in order (as `finditer` with `\b[A-Z]{3}\b`: one turned down lies
    inside a longer word, where no other can start)."""
    defined = set()
    for match in _DEFINED_ACRONYM.finditer(text):
        before = _LAST_WORD.search(text, max(0, match.start() - 30), match.start())
        if before is None or before.group(1).lower() not in name_words():
            defined.add(match.group("code"))
    return (
        match
        for match in _CODE.finditer(text)
        if _word_start(text, match.start()) and match.group() not in defined
    )


def _place_hits(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, country) of the place names and demonyms in text, the longest name at each place."""
    places = _places()
    for match in _place_matches(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if before and before.group(1) in LONGER_NAME_WORDS:
            continue
        if (
            _MONEY_AFTER.match(text, match.end())
            or _PAIRED_NAMES.match(text, match.end())
            or _WATER_AFTER.match(text, match.end())
            or _WATER_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue
        start = match.start()
        if start > 1 and text[start - 1] in "-‑" and text[start - 2].isalpha():
            continue  # "a Dutch-Colombian group": the partners' nationalities, not the story's place
        yield start, match.end(), places[match.group()]


def address_country(address: str) -> str | None:
    """ISO 3166 alpha-2 code of a web address's country-code domain (".pk" -> PK, ".co.uk" -> GB)."""
    host = re.sub(r"^[a-z][\w+.-]*://", "", address.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    suffix = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    code = _tables().aliases.get(suffix, suffix)  # UK -> GB
    return code if len(suffix) == 2 and code in _tables().countries else None


@cache
def _money_words() -> frozenset[str]:
    """Every currency name in lower case, bare ones too ("pula", "kina"): no town's name in a text."""
    return name_words() | frozenset(ONE_COUNTRY_NAMES) | frozenset(NEWS_NAMES)


def article_country(text: str) -> str | None:
    """ISO 3166 alpha-2 code of the country the text gives most evidence of, or None."""
    ranking = article_countries(text)
    return ranking[0] if ranking else None


# A line's opening town in capitals and the region after its comma, up to the next comma, bracket
# or dash ("ALEXANDRIA, Va. —", "PARIS, Texas (AP) —", "LONDON, Ky., Nov. 30 —", "BO, Sierra Leone
# —"), or the town alone before a colon ("LAE: ")
_RE_DATELINE_OPENING = re.compile(
    r"(?m)^(?P<town>[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*)*)"
    r"(?:, ?(?P<region>[^\n,()\-–—]{1,30}?)[^\S\n]*(?=[,(]|[-–—])|:[^\S\n])"
)
SHORT_PLACE = 3  # letters of a place the table keeps only as written ("Lae", "Fez": not "LAE", a code)


def _dateline_places(text: str) -> dict[int, tuple[int, str, int]]:
    """Line start -> (offset, country, weight) of the places line openings name that the place
    names alone do not read: a dateline's region after its town (vocab.DATELINE_REGIONS'
    abbreviations, or a place: "Texas", "Ontario", "Sierra Leone"), which says where the story is
    filed whatever country the town's name alone would give ("ALEXANDRIA, Va." is no Egyptian
    story, "WINDSOR, Ont." no English one), weighed as a dateline (a country's name only where the
    town is unknown or in it: "ATLANTA, Georgia" is the state's); and a short town in capitals
    before a colon ("LAE: "), weighed as a place named."""
    found: dict[int, tuple[int, str, int]] = {}
    for match in _RE_DATELINE_OPENING.finditer(text):
        region = match.group("region")
        if region is None:
            town = match.group("town")
            country = _places().get(town.title()) if len(town) <= SHORT_PLACE else None
            if country:
                found[match.start()] = (match.start(), country, 1)
            continue
        abbreviated = DATELINE_REGIONS.get(region)
        country = abbreviated or _places().get(region)
        if not country or line_dateline_end(text, match.start()) == 0:
            continue
        town = _places().get(match.group("town"))
        if abbreviated is None and region not in NEWS_PLACES and town not in (None, country):
            continue  # "ATLANTA, Georgia": a country's name that is a state's too; the town decides
        found[match.start()] = (match.start("region"), country, DATELINE_WEIGHT)
    return found


@cache
def _prose_region_pattern() -> re.Pattern[str]:
    """A comma, then a region as the wires abbreviate it (vocab.DATELINE_REGIONS) and no letter."""
    regions = sorted(set(DATELINE_REGIONS) - DATELINE_ONLY_REGIONS, key=len, reverse=True)
    return re.compile(rf", (?:{'|'.join(map(re.escape, regions))})(?!\w)")


def _prose_regions(text: str, skip: Iterable[int]) -> dict[int, tuple[int, str]]:
    """Comma -> (offset, country) of each town in prose followed by its region as the wires
    abbreviate it ("a cafe in Cairo, Ill.,", "Athens, Ga."): one place named, in the region's
    country, whatever country the town's name alone would give; not a name list's "D-Va.", nor
    the regions at `skip` (datelines')."""
    found: dict[int, tuple[int, str]] = {}
    skipped = set(skip)
    for match in _prose_region_pattern().finditer(text):
        comma = match.start()
        region_at = comma + 2
        word = comma
        while word > 0 and text[word - 1].isalpha():
            word -= 1
        if region_at in skipped or word == comma or not text[word].isupper():
            continue
        found[comma] = (region_at, DATELINE_REGIONS[text[region_at : match.end()]])
    return found


def article_countries(text: str) -> tuple[str, ...]:
    """ISO 3166 alpha-2 codes of the countries the text gives evidence of, the most first."""
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}
    openings = _dateline_places(text)
    for offset, country, weight in openings.values():
        scores[country] += weight
        first[country] = min(first.get(country, offset), offset)
    towns = _prose_regions(text, (offset for offset, _, _ in openings.values()))
    for offset, country in towns.values():
        scores[country] += 1
        first[country] = min(first.get(country, offset), offset)
    tender = _tender()
    for match in _code_matches(text):
        where = tender.get(match.group(), ())
        if len(where) == 1:
            scores[where[0]] += CODE_WEIGHT
            first.setdefault(where[0], match.start())
    for offset, end, country in _place_hits(text):
        # a dateline's place is where the story is filed: more than one passing mention
        dateline = (offset == 0 or text[offset - 1] == "\n") and line_dateline_end(text, offset) > 0
        if dateline and offset in openings or end in towns:
            continue  # the town of a region named after it (above): its namesake elsewhere is not meant
        scores[country] += DATELINE_WEIGHT if dateline else 1
        first[country] = min(first.get(country, offset), offset)
    if not scores:  # no place nor code: the currency names it writes of, if any (see above)
        for match in _RE_ONE_COUNTRY_NAME.finditer(text):
            country = ONE_COUNTRY_NAMES[match.group(1)]
            scores[country] += 1
            first[country] = min(first.get(country, match.start()), match.start())
    if not scores:
        # nothing above: the smaller towns GeoNames knows ("Sialkot", "Luxor", "Yigo"), weighed as
        # the cities above. Only then, as a bare town name is weaker evidence than a curated one:
        # some of GeoNames' names are also words, brands or villages elsewhere ("Independence",
        # "Toyota", "Holt"), and a wrong hit must not outvote a country the text names
        for offset, country, dateline in gazetteer.place_hits(text, _places(), _money_words()):
            scores[country] += DATELINE_WEIGHT if dateline else 1
            first[country] = min(first.get(country, offset), offset)
    return tuple(sorted(scores, key=lambda c: (-scores[c], first[c])))
