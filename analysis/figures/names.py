"""What is never a figure: digits inside names and codes ("Covid-19", "Section 144", "Nasdaq 100",
"Game 3", "Airbus A380"), clock times ("9.15am", "2:30 pm") and phone numbers."""

from __future__ import annotations

import re

from .. import measures as units
from ..currencies import is_currency_code
from ..vocab import (
    AIRLINER_MODEL_NUMBERS,
    AVIATION_WORDS,
    BENCHMARK_NAMES,
    BETTING_NOUNS,
    CHANGE_WORDS,
    DURATION_UNITS,
    FLOORED_BUILDING_NOUNS,
    IRREGULAR_SINGULARS,
    LABEL_NUMBER_NOUNS,
    LEVEL_AT_VERBS,
    MARKET_INDEX_NUMBERS,
    MONTHS,
    NAME_WORDS,
    NUMBERED_PLACE_NAMING,
    NUMBERED_PLACE_WORDS,
    PEOPLE_NOUNS,
    PERCENT_SIGNS,
    POLLING_PLACE_WORDS,
    POSTAL_DISTRICT_CITIES,
    PROVISION_WORDS,
    SCALE_WORDS,
    SLOT_PLACED_WORDS,
    SLOT_POSITION_WORDS,
    STREET_DATE_MONTHS,
    STREET_DATE_OPENING_WORDS,
    STREET_NAME_ENDINGS,
    STREET_WORDS,
    STREET_WORDS_BEFORE_NAME,
    STREET_WORDS_CLOSING_NAME,
    STREET_WORDS_LOWER_BEFORE_NAME,
    STREET_WORDS_OPENING_NAME,
    VESSEL_NOUNS,
    VESSEL_PREFIXES,
    WEEKDAYS,
)
from .numbers import TIME_ZONES, WORD_NUMBER, YEAR, alternation

HYPHEN_NAME_AFTER = r"[-‑][A-Za-z]\b|[-‑][A-Z]"
# Words naming a code, in any case: a number right after them ("ZIP code 90210") or right before
# them ("the 10115 ZIP code", "call the 1717 hotline") is that code, not a figure; the plural
# counts ("500 postcodes", "two hotlines").
CODE_WORDS = (
    "ZIP code",
    "postcode",
    "post code",
    "postal code",
    "PIN code",
    "area code",
    "hotline",
    "helpline",
)
_CODE_WORD = rf"(?i:{alternation(CODE_WORDS)})".replace(r"\ ", r"\s+")
# "1/16", "1⁄32": a fraction (the fraction slash U+2044 too); "12/3": a code or a date
_CODE_WORD_AFTER = rf" {_CODE_WORD}\b"
# "3:1", "1:8", "85:1": a ratio's, a score's or a verse's first term, none a figure (rules, table 8;
# two digits after the colon read as a clock time below)
CODE_AFTER = rf"[/⁄:]\d|\s?[-–]\d{{3,}}|{_CODE_WORD_AFTER}"
RE_CODE_WORD_AFTER = re.compile(_CODE_WORD_AFTER)
# what stands before a digital object identifier ("DOI: 10.1016/..."): no figure is in it
DOI_BEFORE = ("DOI: ", "doi: ", "DOI:", "doi:", "DOI ", "doi ")
RE_CODE_WORD_BEFORE = re.compile(rf"(?<![\w-]){_CODE_WORD}\s\Z")
# a later group of a phone number or code: five digits or more, two groups before it, a "+" group
# or a trunk "0" group ("+92-51-9201234", "051-9201234"); "5-10W" is a range
RE_LATER_GROUP_BEFORE = re.compile(r"(?:\+\d+|\d+-\d+|(?<!\d)0\d*)-\Z")
# (a class or a model named by one capital, a slash and its number, "the J/70 fleet", "a J/109":
# a name, as sailing's one-design classes are written; not a degree's scale, "31°C/24°C": a
# forecast's high and low)
RE_CODE_BEFORE = re.compile(r"\d[/:⁄]$|[#+№]$|(?<![\w/.&°-])[A-Z]/$")
# a later group of a phone number written with spaces: a trunk "0" group of three digits or more
# or a "+" country code first ("0300 123 1000", "+44 20 7946 0000"); "in 2020 123 people" is not
# (a trunk group joined by a hyphen too: "044-4567 4567")
# A trunk group of one or two digits ("0 800 44 650", "02 8173 404", as Moldovan and Bulgarian
# hotlines are written) opens a phone number when another group follows it: "0 800" alone could be
# a score's or a list's figures.
RE_PHONE_GROUPS_BEFORE = re.compile(
    r"(?:(?:(?<![\w,.])0\d{2,4}|\+\d{1,3})(?:[ -]\d{2,4}){0,3}|(?<![\w,.])0\d?(?:[ -]\d{2,4}){1,3}) \Z"
)
# the first group after a short trunk group, another group after it ("0 800 44", "02 8173 404")
RE_SHORT_TRUNK_BEFORE = re.compile(r"(?<![\w,.\-])0\d? \Z")
RE_GROUP_AFTER = re.compile(r" \d{2,4}(?![\w\-]|[,.]\d)")
RE_TWO_GROUPS_AFTER = re.compile(r" \d{2,4} \d{2,4}(?![\w\-]|[,.]\d)")
# a phone number of two spaced groups, the later one of four digits ("800 7315", "4172 6050"):
# thousands grouped by spaces have three digits a group ("62 000"), and a first group that reads as
# a year is a year before a count ("in 2020 1500 homes" is loose, but two figures)
# (its first digit before the look-behind on what precedes it: the search skips to digits)
RE_SPACED_GROUP_BEFORE = re.compile(r"(\d(?<![\w,.\-‑].)\d{2,3}) \Z")
RE_GROUP_END = re.compile(r"(?![\w\-‑]|[,.]\d)")
RE_SPACED_GROUP_AFTER = re.compile(r" \d{4}(?![\w\-‑]|[,.]\d)")
# a North American phone number: the area code in brackets, then "555-0142" ("(716) 555-0142")
RE_AREA_CODE_AFTER = re.compile(r"\) ?\d{3}[-.]\d{4}(?!\d)")
# the later groups of a phone number written in three hyphenated groups ("1800-318-4462",
# "800-555-0199"): the first group is part of it too
# (the last group of three digits too: "1700-212-646", "0900-567-123", as toll-free lines are grouped)
RE_PHONE_GROUPS_AFTER = re.compile(r"[-.]\d{3}[-.]\d{3,4}(?![\d-])")
# a line's name right before its number ("the hotline, 1471,", "the helpline on 1553", "the hotline
# is 1199", "the helpline for farmers is 1517", "the
# toll-free line 5757", "a toll-free number, 0861", "the utility's service number 133", "the
# emergency line 112"; "the number of calls", "a service of 40 buses" are no line)
# ... also with whom the line is for between them ("the hotline for tenants, 1471,", "a helpline for
# farmers on 1553")
RE_HOTLINE_BEFORE = re.compile(
    r"(?i:(?:hot|help)line|toll[- ]free (?:line|number)"
    r"|(?:service|customer|emergency|contact|phone|telephone|information) number"
    r"|(?:customer|emergency|information) line)"
    r"(?:(?:,| on| at| is| was)?| for (?:the )?[\w'’-]+(?: [\w'’-]+)?(?:,| on| at| is| was)) \Z"
)
# a free line's number as francophone desks name it in English, the "numéro vert" ("call the green
# line 13 13", "on the green number 800 11 22", "report it on the free line 155"), its earlier groups
# too, no noun after it (another line offered after "or" is none: "complaints go to the free line
# 155 or to 97 12 44 60"): "the Green Line 12 buses" counts a transit line's buses
GREEN_LINE_WORDS = ("green ", "free ")
RE_GREEN_LINE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(GREEN_LINE_WORDS)})(?:line|number)(?:,| on| at)? (?:\d{{2,4}} ){{0,3}}\Z"
)
HOTLINE_REACH = 48  # characters before a number read for a line's name and whom it is for


def may_name_hotline(window: str) -> bool:
    """Whether RE_HOTLINE_BEFORE can match in `window` (a cheap test first): every match ends the
    window with a space and holds "line" or "number" in any case (the pattern's "i" also matches
    "ı" and "İ", which lowers to "i" and a combining dot)."""
    if window[-1:] != " ":
        return False
    low = window.lower()
    return "line" in low or "number" in low or "\u0131" in low or "\u0307" in low


# a percent sign or word (vocab.PERCENT_SIGNS) right after a number, glued ("15%") or spaced
PERCENT_AFTER = ("%", *(f" {sign}" for sign in PERCENT_SIGNS))
# an international prefix in brackets, with its area code, and the groups after it ("(+44 20) 7946
# 0000", "(+61) 2 9374 4000"): every group after the bracket is part of the phone number
RE_BRACKET_PREFIX_BEFORE = re.compile(r"\(\+\d{1,3}(?:[ -]\d{1,4}){0,2}\)(?: \d{1,4}){0,3} \Z")
# a short number offered as the other line to a phone number ("call 311 or (716) 555-0187", "on
# *315 or at 868-555-0122"), or to another line named before it ("the parks line 3110 or the
# council on 555-0163", "at 911 or Crime Stoppers at 555-HELP"): a phone number's groups, or a
# vanity number's letters, after the other line's name (a span of years, "2025-2026", is none)
# (a trunk "0" number in five pairs too, as French copy groups it: "dial 17 or 05 08 41 17 17")
PHONE_DIGITS = (
    r"(?!(?:19|20)\d\d-\d)(?:\(\d{3}\) ?\d{3}[-.]\d{4}|\+?\d{2,4}[ -]\d{3,4}(?:[ -]?\d{3,4})?|\d{3}-[A-Z]{4}"
    r"|0\d(?:[ .]\d\d){4})(?![\d-])"
)
RE_PHONE_AFTER_OR = re.compile(rf" or (?:(?:at|on) |(?:the )?(?:[\w'’-]+ ){{1,4}}(?:at|on) )?{PHONE_DIGITS}")
# a short number called or dialled ("call 311 to report it", "dial 999 in an emergency", "Call
# 911 now"): no noun after it ("call 12 witnesses" counts witnesses)
# the last four letters of those verbs, and of "dialling", "calling", "phoning"
DIAL_TAILS = frozenset(("call", "dial", "text", "hone", "ring", "ling", "ning"))
DIAL_VERBS = r"(?i:\b(?:call|dial|text|phone|ring)"  # the verbs of calling, opened for their endings
RE_DIAL_BEFORE = re.compile(rf"{DIAL_VERBS}(?:l?ing)?) \Z")
DIAL_LAST_LETTERS = frozenset("lLtTeEgG")  # how each verb of calling and its "-ing" ends, in any case
DIAL_REACH = 10  # characters before a number read for a verb of calling ("phoning ")
# ... or for one with whom is called and "on" or "at" between them ("call the airline on ", "phone
# us at "): what follows is a number to dial too
RE_DIAL_ON_BEFORE = re.compile(rf"{DIAL_VERBS}(?:l?ing|s)?)\s+(?:[\w'’-]+\s+){{0,4}}(?:on|at)\s\Z")
DIAL_ON_REACH = 48
# ... and so is a number of three digits or more with no noun after it ("readers can call the desk
# on 41275.", "ring us at 5512 or write"), whom is called named in between: "called on 150 to
# resign" asks people, "call the desk on 40 occasions" counts
RE_DIAL_WHOM_ON_BEFORE = re.compile(rf"{DIAL_VERBS}(?:l?ing|s)?)\s+(?:[\w'’-]+\s+){{1,4}}(?:on|at)\s\Z")
# ... or a number a keyword is texted to, the keyword in capitals or quotes ("Text DONATE to 70070",
# "text the word 'FLOOD' to 88600"), or a line said to be on it ("the forecast line is on 27100",
# "its advice line on 4455"); no noun after it ("sent texts to 400 voters" counts)
RE_TEXT_KEYWORD_BEFORE = re.compile(
    r"\b[Tt]ext(?:ing)?\s+(?:the\s+word\s+)?(?:[A-Z]{2,}\b|['‘\"“][^'’\"”\n]{1,20}['’\"”])\s+to\s\Z"
)
TEXT_KEYWORD_REACH = 48  # characters back to the verb "text" before the keyword
RE_LINE_ON_BEFORE = re.compile(r"\b[a-z]+\s+line\s+(?:(?:is|was|remains)\s+)?on\s\Z")
# ... or a number reached "toll-free" ("report it toll-free on 1199", "call toll-free at 0800"), or a
# short code an SMS is sent to ("send an SMS to 55444", "text message to 40404"), four digits or
# more there: "an SMS to 300 farmers" counts them
RE_TOLL_FREE_ON_BEFORE = re.compile(r"\b(?i:toll[- ]free)\s+(?:on|at)\s\Z")
RE_SMS_TO_BEFORE = re.compile(r"\b(?:SMS|sms|[Tt]ext\s+message)\s+to\s\Z")
# ... or a short code something to quote is sent or texted to, four digits or more: one's number
# or code ("sending their reference number to 4455", "text your ID number to 3030", "an SMS with
# their voter number to 8080") or a keyword after "the code" ("send the code EXAM to 6060"); no
# noun after it ("sent the number to 3000 households" counts)
RE_SENT_CODE_TO_BEFORE = re.compile(
    r"\b(?i:send|sends|sending|text|texts|texting|sms)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:(?i:number|code|PIN|ID)|(?i:code|word|keyword)\s+(?:[A-Z]{2,}\b|['‘\"“][^'’\"”\n]{1,20}['’\"”]))\s+to\s\Z"
)
SENT_CODE_REACH = 64  # characters back to the verb of sending before the number's or the keyword's name
# ... and a line named by its owner in the possessive ("call the ministry's line 5050 between 8
# a.m. and 2 p.m.", "the hospital's line 1515 is staffed"): three digits or more, no plural noun or
# per cent after them ("the network's line 300 trains" counts)
RE_OWNED_LINE_BEFORE = re.compile(
    r"\w['’]s\s+(?:(?:phone|telephone|free|toll-free|help|advice|information|emergency)\s+)?line\s\Z"
)
RE_OWNED_LINE_PLURAL_AFTER = re.compile(r"\s+(?!(?:is|was|has|as|this|its|his|thus|plus)\b)[a-z]+s\b")
# ... and a short number named as an emergency or a non-emergency line ("the 101 non-emergency
# number", "the 1737 emergency line"); "400 emergency service vehicles" counts vehicles
RE_EMERGENCY_LINE_AFTER = re.compile(
    r"\s+(?:non-)?emergency\s+(?:line|number|service|hotline)\b(?!\s+[a-z]{3,}s\b|[-‑])"
)
# the digits in brackets after a vanity number ("555-HELP (4357)"): the same number spelt in digits
RE_VANITY_BEFORE = re.compile(r"\d{3}-[A-Z]{4} \(\Z")
# a short code after a star, as mobile networks and utilities give them ("report a fault on *462"):
# after a space, with no "#" (which "*151#" has, above)
RE_STAR_CODE_BEFORE = re.compile(r"(?:^|\s)\*\Z")
RE_NO_NOUN_AFTER = re.compile(
    rf"(?:[.,;:!?)]|\s+(?:to|or|for|in|if|and|now|immediately|from|with|at)\b(?!\s+(?:\d|(?i:{WORD_NUMBER})\b))|\s*\Z)"
)

DIALLED_REACH = 24  # characters before a number read for a verb of calling or "toll-free on"


def dialled_number(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] is one to dial: a verb of calling (RE_DIAL_BEFORE) or
    "toll-free on" (RE_TOLL_FREE_ON_BEFORE) right before it, and no noun after it (RE_NO_NOUN_AFTER):
    "dial 1919 from any phone", "toll-free on 1920."."""
    before = body[max(0, start - DIALLED_REACH) : start]
    return (
        before[-1:].isspace()
        and (before[-2:-1] in DIAL_LAST_LETTERS or before[-3:-1] in ("on", "at"))  # (the cheap test first)
        and (RE_DIAL_BEFORE.search(before) is not None or RE_TOLL_FREE_ON_BEFORE.search(before) is not None)
        and RE_NO_NOUN_AFTER.match(body, end) is not None
    )


# a short line offered after a phone number, the other line's name between them ("ring the help
# desk at 555-210-8127 or Parks Line at 311"), or a service named in lower case after "and" or "or"
# ("on 061 290 2000 and the ambulance on 211 111") when no noun follows the second number ("and the
# council on 300 beds" counts beds)
RE_LINE_AFTER_PHONE = re.compile(
    r"\d{3,4}[-. ]\d{3,4}\s+(?:or\s+(?P<name>(?:(?:the\s+)?[A-Z][\w'’-]*\s+){1,4})"
    r"|(?:or|and)\s+the\s+(?:[a-z][\w'’-]*\s+){1,3})(?:at|on)\s\Z"
)
PHONE_REACH = 60  # characters before a number read for the phone number and line name before it
# ... also the time zones wire copy writes after a 24-hour clock time ("by 1027 GMT", "a call at
# 1315 CET", "opens at 0915 EST"); not three-letter words a count may stand before ("CAT", "EAT")
# (the zones besides GMT and UTC: numbers.TIME_ZONES, read also by clock_before_zone)
# ... and the first clock time of a span whose "am" or "pm" is written on the second alone ("open
# 8.35-5pm", "10-4pm on Sundays", "6.20–11pm", "from 9 to 11 p.m."), as listings write opening hours
# (also joined by "and", "until" or "till": "between 7 and 9 a.m.", "from 6 until 10pm")
# (German copy's "Uhr", "noon" and "midnight" after a clock time too: "at 13.25 Uhr", "until 12 noon")
CLOCK_AFTER = (
    r"(?::\d\d|(?:[-–]|\s(?:to|and|until|till)\s)\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|\s?(?:am|pm|a\.m\.|p\.m\.|AM|PM|A\.M\.|P\.M\.|GMT|UTC|hrs|hours GMT|hours UTC|o'clock|Uhr|noon|midnight"
    rf"|{TIME_ZONES})(?!\w))"
)
RE_SPAN_DIGIT_AFTER = re.compile(r" (?:to|and|until|till) \d")  # a span's second number after a space
# what right after a number makes it a name, a code or a clock time: the three above, tried at once
# a golf club named by its number ("a 3-iron second shot", "off the tee with a 5-wood")
RE_CLUB_AFTER = re.compile(r"[-‑](?:iron|wood|hybrid)s?\b")
RE_NAME_CODE_CLOCK_AFTER = re.compile(f"{HYPHEN_NAME_AFTER}|{CODE_AFTER}|{CLOCK_AFTER}")
# the first characters those can start with
NAME_CODE_CLOCK_FIRST = "-‑/⁄:–. aApPGUhHoZzpCEBMJSHnm"
# after a first space, the characters those can go on with: a dash before a code's digits, the
# first letter of a code word (any case) or of a clock word
NAME_CODE_CLOCK_AFTER_SPACE = frozenset("-–aApPzZGUhoCEBMJSHnm")
# "49 Zorro Ranch Road", "9 E 71st St", "22 Ave Foch", "3 Rue Cler": a house number, then the street
RE_ADDRESS_AFTER = re.compile(
    rf"\s(?:(?:[A-Z0-9][\w'’.-]*\s){{1,3}}(?:{alternation(STREET_WORDS)})(?!\w)"
    rf"|(?:{alternation(STREET_WORDS_BEFORE_NAME)})\s[A-Z])"
)
# A US street's hundred block as police logs give an address ("the 300 block of Orchard Lane",
# "in the 2700 block of West Main"): a whole hundred before "block of" and a capitalised name is
# a place, not a count ("a 300-block estate", "12 blocks of flats" are counts)
RE_HUNDRED_BLOCK = re.compile(r"\d{0,3}00 block of [A-Z]")
# a market index's name right before its number: "S&P 500", "s p 500", "Euro Stoxx 50"
RE_INDEX_BEFORE = re.compile(r"(?<![\w&])((?:[A-Za-z]&|[A-Za-z] )?[A-Za-z]+)\s\Z")
INDEX_NUMBERS = frozenset().union(*MARKET_INDEX_NUMBERS.values())  # every number an index is named with
# the last run of letters of every index name ("p" of "s&p"): a name before a number ends with one
INDEX_NAME_ENDS = tuple(sorted({re.findall("[a-z]+", name)[-1] for name in MARKET_INDEX_NUMBERS}))
RE_HYPHEN_NAME_BEFORE = re.compile(r"[A-Za-z]+[-‑](?=$)")
# "34C-36C", "150mm-200mm", "40km/h-50km/h": a number with a unit glued, a hyphen, then a number
# with the same unit: a range in that unit, not a code
RE_UNIT_BEFORE_HYPHEN = re.compile(r"\d(?P<unit>[A-Za-z°/]{1,6})[-‑]\Z")
# prefixes that qualify the number after them ("sub-300 sq m" is under 300), not names
HYPHEN_PREFIXES_OK = (
    "mid-",
    "early-",
    "late-",
    "pre-",
    "post-",
    "around-",
    "sub-",
    "minus-",
    "then-",  # "the then-18-year-old": the age then, not a name
    "under-",  # "the under-73kg division", "under-16s pay": a limit, not a name (save a team's grade)
    "foot-",  # "the 6-foot-2 guard": the inches of a height
    "over-",
    "now-",
    "end-",  # "by end-2027": the end of that year
    "End-",
    "Mid-",
    "Early-",
    "Late-",
    "Sub-",
    "best-of-",  # "a best-of-11 final": the games, frames or sets a match is played over, a count
)
# a model code of capitals and digits joined by a hyphen to its variant's number ("A350-900",
# "A321-200", "ATR72-600"): the variant is part of the name
RE_MODEL_CODE_BEFORE = re.compile(r"(?<![\w.,-])[A-Z]{1,4}\d{2,4}[-‑]\Z")
# a road's code of a letter or two, one digit, a hyphen and its number, after "the" or a road's
# word ("the regional road R2-409", "closed the N7-22") or a preposition of travel with no article,
# as road copy writes it ("the crash on R2-409", "along N7-22"): both numbers are the road's name,
# never a rand range; a scale word, a unit or a share after it ("the R2-300 million fund") keeps the amount
RE_ROAD_CODE = re.compile(
    r"(?:[Tt]he|[Rr]oad|[Hh]ighway|[Mm]otorway|[Rr]oute|[Ee]xpressway|on|along|onto|off|via|near)"
    r"\s+[A-Z]{1,2}(\d)[-‑](\d{2,4})"
    r"(?![\w‑-]|[.,]\d|\s*(?:%|per\b|(?i:[mb]illion|bn|thousand|[mk]|km|kilomet(?:re|er)s?|miles?)\b))"
)
ROAD_CODE_REACH = 24  # characters either side of a number read for the road's code around it


def road_code(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are either number of a road's code (RE_ROAD_CODE)."""
    for m in RE_ROAD_CODE.finditer(
        body, max(0, start - ROAD_CODE_REACH), min(len(body), end + ROAD_CODE_REACH)
    ):
        if (start, end) in (m.span(1), m.span(2)):
            return True
    return False


# a ship's IMO or MMSI number, seven to nine digits ("the tanker, IMO 9321483,"): a code
RE_SHIP_NUMBER_BEFORE = re.compile(r"\b(?:IMO|MMSI)(?:\s+(?:number|No\.?))?\s\Z")
# a flight's number spaced from its airline's two-character code after "flight" ("Flight QR 901",
# "on flight BA 117", "flight number KQ 310"), or set off after it by a comma ("the return flight,
# AP 1403, departs"; there the code has a letter: "after the flight, 12 34" is no code): a name
RE_FLIGHT_NUMBER_BEFORE = re.compile(
    r"\b[Ff]light(?:\s+(?:number|[Nn]o\.)\s+|,\s+(?=\d?[A-Z])|\s+)[A-Z0-9]{2}\s\Z"
)
FLIGHT_REACH = 24  # characters before a number read for "flight" and its airline's code
# a tally of sport copy, made and tried ("12-of-20 shooting", "went 3-for-4"): the second number
# is a count too, not the end of a name
RE_TALLY_BEFORE = re.compile(r"(?<![\w.,-])\d{1,3}[-‑](?:of|for)[-‑]\Z")
# A capitalised word, then the number ("Nasdaq 100", "FTSE 250", "Game 3", "Mazda 3"); the capital
# before the look-behind that tests what precedes it, so the search skips to capitals
RE_CAPITALISED_BEFORE = re.compile(r"([A-Z](?<![\w.&].)[A-Za-z&]*[A-Za-z])\s\Z")
# ... and a name's word with an apostrophe inside it before a small letter, as romanised names are
# written ("China's Chang'e 6 probe", "the Tianwen 1 and Chang'e 5 missions"), not a possessive's "'s"
RE_APOSTROPHE_NAME_BEFORE = re.compile(r"([A-Z](?<![\w.&].)[A-Za-z]*['’](?!s\s)[a-z]+)\s\Z")
# After a name's number: the end of the clause, a verb or function word, never a counted noun.
# ... or a verb in "-s" with its object's determiner after it ("the Mazda 3 gets a new engine",
# "Silent Harbor 3 holds the record"): a plural noun is not followed by "a" or "the" ("2 goals
# the" is no English), save frequencies and rates ("Paris 3 times a year", "Brazil 2 goals a game")
RE_NAME_NUMBER_AFTER = re.compile(
    r"(?:\s*(?:[.,;:!?)”’\"']|\Z)|\s+(?:is|was|are|were|has|had|will|would|rose|fell|gained|lost|closed|index|"
    r"and|or|on|in|at|to|for|with|which|that|of|after|before|against|from|when|[A-Z]))"
    r"|\s+(?!(?:times|days|weeks|months|years|hours|minutes|nights|seconds|sessions|games|matches)\b)"
    r"[a-z]{2,}[^s\W]s\s+(?:the|its|their|his|her|an?(?!\s(?:day|week|month|year|hour|minute|second|"
    r"game|match|season|night|head|person|share|piece|unit|time)\b))\s"
    # ... or a verb a product takes in "-s" that no plural noun spells, before a preposition or a
    # price ("the Kora Vela 5 arrives in May", "the Zeta 5 goes on sale", "the Zeta 5 costs $999";
    # "the West Bank 40 homes in" counts the homes)
    r"|\s+(?:arrives|goes|launches|ships|debuts|retails|sells|comes|weighs|boasts|lands|costs)"
    r"\s+(?:in|on|at|for|from|with|to|more|less|about|around|under|over|[$£€¥]|\d)"
    # ... or "runs on" a named system ("the OnePlus 13 runs on Android", "the Zeta 5 runs on
    # Windows"; a weekday there is a cricket target's day: "set India 240 runs on Sunday")
    rf"|\s+runs\s+on\s+(?!(?:{'|'.join(WEEKDAYS)})\b)[A-Z]"
    # ... or a verb of a device's price or specification in "-s", then its amount ("the Pixel 9
    # starts at $799", "the RTX 4090 carries 24GB", "the Zeta 5 draws up to 450W"): a counted
    # noun has no amount right after it
    r"|\s+(?:starts\s+at|carries|packs|features|offers|draws|delivers|supports|needs|requires|uses)"
    r"\s+(?:(?:up\s+to|about|around|nearly|just|only)\s+)?(?:[$£€¥]|\d)"
    # ... or a verb in the past or in "-ing", then an amount, a number, its object's determiner or
    # "off" ("Hannover 96 paid €4.5 million", "Darmstadt 98 drew 17,400 fans", "a Falcon 9
    # carrying 23 satellites", "Ariane 6 lifted off"): a counted noun is no verb ("Germany 18
    # armoured vehicles" counts them)
    r"|\s+(?:[a-z]{2,}(?:ed|ing)|paid|drew|won|sold|beat|took|made|held|led|kept|left|sent|spent|bought|"
    r"built|flew|gave|got)\s+(?:[$£€¥\d]|(?:the|an?|its|their|his|her|off)[\s.,;]|off\Z)"
    # ... or a verb of reporting, as an outlet named with its number reports ("Nova 24 reported
    # that", "Sky News 24 said the ministry"): a counted noun is no such verb
    r"|\s+(?:said|says|reported|reports|quoted|quotes|wrote|writes|splashed|splashes|broadcast|aired)\b"
)
# Capitalised words that begin a sentence or quantify, so the number after them is a figure.
NOT_NAMES = frozenset(
    """A An The About Around Some Nearly Almost Over Under Only Just Another All Of In On At By For
    From To And But Or Than With Without Between Among Since Until After Before During Within Per
    Top Total Totalling Up Down Of Each Every Its Their His Her Our Your My These Those Either
    Serves Feeds Makes Yields""".split()
)  # (a recipe's yield opens its line: "Serves 4", "Makes 12")


# Words before a short number that name a school year or a grade ("Year 11 pupils", "Yr 9 pupils",
# "a grade 4 or above"); a longer number after "Year" is a calendar year ("the Year 2000 problem").
# A type of a virus, a disease or a thing named by a short number ("type 2 diabetes", "poliovirus
# type 2", "HPV types 16 and 18", "serotype 3") names the kind, as "Type 26 frigates" does.
# A clinical trial's or a project's numbered stage in lower case ("a phase 3 trial", "phase 2
# results") is a position, as "Phase 3" is (rules, table 8); "three phases" counts them.
# A greenhouse-gas inventory's scope ("Scope 3 emissions", "scope 1 and 2 emissions") names the kind
# of emissions, as a type does.
# A racer's bib before its number ("started with bib 7", "bibs 3 and 12") names the competitor, as
# "the No. 16 car" does (rules, table 8); "handed out 900 bibs" counts them.
# A garment's or a shoe's size on a size chart ("a size 12 dress", "UK sizes 3 to 9", "stocks up to
# a size 24") names the size, as "Grade 12" names a grade; a group's size is a count ("a class size
# 30", "household size 4": RE_COUNTED_SIZE_BEFORE).
# A vehicle emission standard, "Euro 6 diesels", "the Euro 7 rules": one digit after "Euro" names
# the standard, where "Euro 2024" is a tournament's year (rules, table 5) and "Euro 4 million" an
# amount
RE_SCALE_AFTER_DIGIT = re.compile(r"\s*(?:m|mn|bn|k|million|billion|thousand|trillion)\b", re.IGNORECASE)
SHORT_NAME_WORDS = frozenset(
    ("Year", "Yr", "grade", "grades", "type", "types", "Type", "serotype", "subtype", "genotype", "serotypes")
    + ("phase", "phases")
    + ("bib", "bibs")
    + ("Scope", "scope", "Scopes", "scopes")
    + ("size", "sizes")
    # a sports video game's yearly edition, two digits after its series ("FIFA 25 gets a patch",
    # "Madden 26"), where "the FIFA 2026 World Cup" keeps its year
    + ("FIFA", "Madden")
)
# An exam grade written as a bare digit after "a" or "graded", told by what follows it: "or above"
# ("a 4 or above", "graded 7 or higher") or "in" and a school subject ("a 9 in maths"): a grade
# named by its number, as "grade 4" is; "graded 40 schools" and "a 5 in 10 chance" are no grades
GRADE_WORDS_BEFORE = frozenset(("a", "an", "graded"))
RE_GRADE_AFTER = re.compile(
    r" (?:or (?:above|higher|better|below|lower)\b"
    r"|in (?:English|Welsh|maths|math|mathematics|science|physics|chemistry|biology|history|geography"
    r"|French|Spanish|German|Latin|art|music|computing|economics)\b)"
)
RE_COUNTED_SIZE_BEFORE = re.compile(
    r"(?<![\w-])(?i:class|sample|household|family|group|batch|party|team|squad|crowd|herd|litter|fleet|field"
    r"|crew|brood|cohort|ward|unit|board|panel|jury)\s+sizes?\s\Z"
)
# a launch countdown's mark, "T-minus 10 seconds", "T minus 40 minutes", "T-plus 2 minutes": a point
# on the countdown's clock, as a clock time is (rules, table 8), no span; its later part too ("at
# T-plus 2 minutes 40 seconds")
RE_COUNTDOWN_BEFORE = re.compile(
    r"(?<![\w-])[TL](?:-|\s)?(?:minus|plus)\s(?:\d{1,3}\s?(?:hours?|hrs?|minutes?|mins?)\s(?:and\s)?)?\Z"
)
# a car's insurance group in Britain's rating of 1 to 50 ("It sits in insurance group 29"): a band
# on the insurers' scale, named by its number, no count
RE_INSURANCE_GROUP_BEFORE = re.compile(r"(?<![\w-])(?i:insurance)\s+group\s\Z")
# a numbered day, week or month of a trial, a strike or a season after a preposition ("by week
# 68", "on day 3 of the strike"), or a numbered move, round or lap of a game or a race ("lost on
# move 97", "after round 9", "on lap 12", "in Game 7"): a position, like "game six" (rules, table
# 8); "last week 40 people" has no preposition right before the period word
# ... and a league's numbered week or round, a poll's wave and a ratings survey ("since matchweek
# 12", "in gameweek 9", "in wave 3", "in survey 6")
PERIOD_POSITION_WORDS = frozenset(
    ("week", "day", "month", "move", "round", "lap", "game")
    + ("matchweek", "gameweek", "matchday", "wave", "survey")
)
# (a week of the health authorities' calendar too: "in epidemiological week 12", "by epi week 12";
# and after "during", "since" or a report's "covering": "the bulletin, covering week 9, shows")
RE_PERIOD_POSITION_BEFORE = re.compile(
    r"(?<![\w-])(?i:by|at|in|on|from|until|through|after|before|during|since|covering)\s+"
    r"(?:(?i:epidemiological|epidemiologic|epi|reporting|calendar)\s+)?"
    r"(?i:week|day|month|move|round|lap|game|matchweek|gameweek|matchday|wave|survey)\s\Z"
)
SHORT_PERIOD_WORDS = frozenset(("wave", "survey"))  # numbered with one or two digits only
# a league's numbered week or day in one word names a round of fixtures wherever it stands
# ("Matchweek 12 saw three red cards")
LEAGUE_PERIOD_WORDS = frozenset(("matchweek", "gameweek", "matchday"))
# a period word in lower case after a body's or a product's name: a ratings body's week ("in BARC
# week 47", "Nielsen week 32 figures"), a station group's survey ("Radio survey 6"); not a word
# that sets a time, a feast's week among them ("Last week 40 people", "This week 12 schools",
# "Christmas week 30 flights"), nor persons counted after it ("Easter week 40 people died")
RE_NAMED_PERIOD_BEFORE = re.compile(r"(?<![\w&'’-])([A-Z][A-Za-z]+)\s(?:week|survey|wave)\s\Z")
TIME_SETTING_WORDS = frozenset(
    "This That Last Next Each Every Same Following Previous Final First Second Third Fourth One Any".split()
    + "Christmas Easter Holy Passover Ramadan Eid Diwali Thanksgiving Carnival Festival".split()
)
# ... or before "of" and the whole it is part of, its noun singular ("week 3 of the trial", "moves
# to round 16 of the competition", "wave 3 of the poll"), no determiner or time word before the period
# word ("in the week 3 of the crew", "last week 3 of the staff" count them)
RE_PERIOD_OF_AFTER = re.compile(
    r" of (?:the|this|its|their|a|an) (?:[a-z-]+ )?(?:[A-Z][\w-]*|[a-z-]+(?<!s))(?=[\s,.;:)]|\Z)"
)
RE_PERIOD_WORD_LEAD = re.compile(
    r"(?<![\w-])(?i:the|a|an|this|that|each|every|its|their|his|her|our|one|last|next|past|same|previous"
    r"|following|first|final)\s+(?:[a-z]+\s+)?\Z"
)
PERIOD_LEAD_REACH = 30  # characters before the period word read for a determiner or a time word


def period_position(body: str, before: str, word: str, start: int, end: int) -> bool:
    """Whether the number at start:end after a period word `word` (PERIOD_POSITION_WORDS) numbers
    a position in time: after a preposition ("by week 68"), a league's round in one word
    ("matchweek 12"), a period word in lower case after a name ("BARC week 47") or before the
    whole it is a part of ("week 3 of the trial")."""
    lower = word.lower()
    if lower not in PERIOD_POSITION_WORDS or lower in SHORT_PERIOD_WORDS and end - start > 2:
        return False  # "in survey 600 people said": a poll's waves and surveys run to two digits
    if RE_PERIOD_POSITION_BEFORE.search(before):
        return True
    if end - start > 2 or not body[start:end].isdigit() or body.startswith(PERCENT_AFTER, end):
        return False
    if lower in LEAGUE_PERIOD_WORDS:
        return True
    if word != lower:
        return False
    word_start = len(before) - 1 - len(word)
    named = RE_NAMED_PERIOD_BEFORE.search(before)
    if named is not None and named.group(1) not in TIME_SETTING_WORDS and named.group(1) not in NOT_NAMES:
        following = RE_PLACE_NEXT_WORD.match(body, end)
        after_word = following.group(1) if following else ""
        return not (
            after_word in PEOPLE_NOUNS
            or after_word in PLACE_COUNT_VERBS
            or after_word.endswith("ed")
            or after_word.lower() in PLACE_MEASURE_WORDS
        )
    return bool(RE_PERIOD_OF_AFTER.match(body, end)) and not RE_PERIOD_WORD_LEAD.search(
        before, max(0, word_start - PERIOD_LEAD_REACH), word_start
    )


# a numbered stage of a stage race or of a disease, a racehorse's starting stall in Australian
# and Asian racing, and a race of a meeting's card in lower case or as a results page's capitalised
# heading ("won stage 14", "the stage 9 time trial", "stage 3 cancer", "jumped from barrier 11",
# "took race 5 on Sugar Cane", "RACE 3 (2:30pm)"): a position (rules, table 8), as "Stage 4",
# "Gate 3" and "Race Seven" are; a noun or a unit after the number counts or measures ("the stage
# 20 minutes late", "a barrier 3 metres high", "ran the race 2 hours late"); a runner's "horse 14"
STAGE_POSITION_WORDS = frozenset(("stage", "barrier", "race", "RACE", "horse"))
# ... and a runner's saddlecloth number, after "horse" (above: "a ¥10,000 stake on horse 14 in the
# Tenno Sho") or between "the" and the singular "horse" ("after the 8 horse fell", "backed the 3
# horse"): a label, as a bib's number is; "the 12 horses" counts them
RE_SADDLECLOTH_AFTER = re.compile(r" horse\b(?![-‑'’]| [a-z]+s\b)")
RE_STAGE_NUMBER_END = re.compile(
    r"\s+(?:of|on|in|at|and|or|to|from|for|with|is|was|will|has|had|after|before|where|when|which"
    r"|time|team|finish|summit|win|winner|victory|result|results|climb|cancer|tumours?|restrictions"
    r"|by|[A-Z])\b|[,.;:)]|\s*\Z|\s\((?=\d{1,2}[:.]\d\d)|\s[–—]\s"
)
# a slot's word before its number (vocab.SLOT_POSITION_WORDS; vocab.SLOT_PLACED_WORDS only after a
# preposition and "the" or an owner's "'s", or with a seat's letter glued to the number: slot_number)
SLOT_PLACED_REACH = 30  # characters before the number read for the preposition before its word
RE_SLOT_PLACED_BEFORE = re.compile(
    r"(?:(?<![\w-])(?i:in|at|on|off|aboard|board|from|of|for|to|into|onto|near|behind|beside|outside|each|every)"
    r"\s+(?:the\s+)?|\w['’]s\s+)"
    rf"(?:{'|'.join(sorted(SLOT_PLACED_WORDS))})\s\Z"
)
# a seat's letter glued to its number ("assigned seat 22C"): a seat's, with or without a preposition
SEAT_LETTER_GLUED = r"[A-K](?![\w-])"
RE_SEAT_LETTER_GLUED = re.compile(SEAT_LETTER_GLUED)
RE_SLOT_NUMBER_END = re.compile(
    rf"\s*[,.;:)!?]|\s*\Z|\s+(?:is|was|has|as|this|its|his|her|their)\b|\s+[A-Z]|{SEAT_LETTER_GLUED}"
    r"|\s+[a-z]{2,}s\s+(?=\d)"
    r"|\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|metres?|meters?|feet|foot|inches|inch"
    r"|yards?|miles?|km|cm|mm|m|ft|per|percent|more|fewer|less|other|new|extra|additional)\b)[a-z]+\b(?<!s)"
)


# ... and inside a counted noun phrase, a count before the slot's word in lower case and a plural
# noun after its number ("12 cell 4 inmates", "30 wing 2 patients"): the noun after is counted
# (as "42 ward 6 residents" is), the slot's number names the slot
RE_COUNTED_SLOT_AFTER = re.compile(r" [a-z]{2,}s\b")
SLOT_COUNT_REACH = 24  # characters before the slot's word read for the count


def slot_number(body: str, word: str, start: int, end: int) -> bool:
    """Whether the short number at start:end after `word` numbers a slot (SLOT_POSITION_WORDS,
    SLOT_PLACED_WORDS), in lower case or in title case ("from Stand 3 every morning", "in Bay 4");
    after a determiner and the slot's word, a verb a count takes makes it the count of those there
    ("on the platform 12 were injured", "at the pier 20 died"), as for a numbered place; a plural
    with no "s" after the number counts ("in the car 3 men"); a count before the slot's word names
    the slot before a plural noun ("12 cell 4 inmates")."""
    lower = word.lower() if word[:1].isupper() and word[1:].islower() else word
    word_start = start - 1 - len(word)
    if not (
        (
            lower in SLOT_POSITION_WORDS
            or lower in SLOT_PLACED_WORDS
            and (
                lower != word
                or bool(RE_SLOT_PLACED_BEFORE.search(body, max(0, start - SLOT_PLACED_REACH), start))
                or bool(RE_SEAT_LETTER_GLUED.match(body, end))
            )
        )
        and (
            RE_SLOT_NUMBER_END.match(body, end)
            or lower == word
            and word_start > 0
            and RE_COUNTED_SLOT_AFTER.match(body, end)
            and RE_COUNT_BEFORE_NAME.search(body, max(0, word_start - SLOT_COUNT_REACH), word_start)
        )
    ):
        return False
    after = RE_PLACE_NEXT_WORD.match(body, end)
    following = after.group(1) if after else ""
    if following in IRREGULAR_SINGULARS:
        return False  # "in the car 3 men were found": persons counted, a plural with no "s"
    return not (
        (following in PLACE_COUNT_VERBS or following.endswith("ed"))
        and word_start > 0
        and RE_PLACE_DETERMINER_BEFORE.search(body, max(0, word_start - PLACE_DETERMINER_REACH), word_start)
    )


PERCENT_WORDS = frozenset(("percent", "per", "pct", "pc"))  # "2.1 Percent of voters", "2.1 Per Cent"
# a numbered place, unit of government or part of a process before its number
# (vocab.NUMBERED_PLACE_WORDS): a unit, a time, a share or a scale word after the number counts
# or measures ("the camp 30 kilometres away", "the district 4 per cent", "the region 5 million
# people"), as does a number glued to a hyphen, a mark or a decimal ("the sector 3-year plan")
PLACE_MEASURE_WORDS = (
    frozenset(DURATION_UNITS)
    | frozenset(SCALE_WORDS)
    | PERCENT_WORDS
    | frozenset("times more fewer less other others new extra additional".split())
)
# ... and after a determiner, a verb a count takes ("in the district 40 were killed", "in the
# region 12 died"): the place is where they are, not a name
PLACE_COUNT_VERBS = frozenset(
    "were are have had will would could can may might must did do remain live fled left went".split()
)
RE_PLACE_NUMBER_GLUED_AFTER = re.compile(r"\s*%|[-‑/:.,]\w|[-‑]")
RE_PLACE_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# a determiner (and one adjective) before the place's word: "in the district 12 people died"
RE_PLACE_DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?i:the|a|an|this|that|each|every|its|their|his|her|our|one)\s+(?:[a-z]+\s+)?\Z"
)
PLACE_DETERMINER_REACH = 30  # characters before the place's word read for its determiner
# ... a gapped clause of a region named by a compass adjective, the place's word after it and the
# number ending the clause ("The eastern district received 60 ambulances, the western district
# 35"): the region's share, its verb and noun left out, no numbered place
RE_GAPPED_REGION_PLACE_BEFORE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)the\s+(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+\Z"
)
RE_GAPPED_REGION_NUMBER_END = re.compile(r"\s*[,.;)]|\s*\Z|\s+and\s")


def numbered_place(body: str, word: str, start: int, end: int) -> bool:
    """Whether the number at start:end names a numbered place, unit of government or part of a
    process by the word before it (vocab.NUMBERED_PLACE_WORDS): a capitalised plural before a
    pair or a list ("Wards 3 and 7", "Precincts 41 and 44"), or the word in lower case before a
    number of up to three digits ("in precinct 14", "the module 2 hearings", "polling station
    17"); a ward, a district and their like after a determiner only with no plural noun after
    the number ("the ward 10 councillor"; "in the district 12 people died" counts them), and a
    capitalised singular as a head of its own ("Region 3 farmers", not "Volta Region 300 people")."""
    lower = word.lower()
    word_start = start - 1 - len(word)
    polling = lower in POLLING_PLACE_WORDS and body.endswith(("polling ", "Polling "), 0, word_start)
    if not (polling or lower in NUMBERED_PLACE_WORDS) or not body[start:end].isdigit():
        return False
    if word[0].isupper() and (lower.endswith("s") or lower in NUMBERED_PLACE_NAMING):
        return end - start <= 4  # "Wards 3 and 7", "Precinct 9", "Module 1 students"
    if word[0].isupper() and (
        lead := RE_CAPITALISED_BEFORE.search(body, max(0, word_start - 30), word_start)
    ):
        if lead.group(1) not in NOT_NAMES:
            return False  # "the Volta Region 300 people": a place's name, then a count (is_named_number)
    if end - start > 3 or RE_PLACE_NUMBER_GLUED_AFTER.match(body, end):
        return False
    after = RE_PLACE_NEXT_WORD.match(body, end)
    following = after.group(1).lower() if after else ""
    if following in PLACE_MEASURE_WORDS or following and units.unit_word(following) is not None:
        return False
    if polling or lower in NUMBERED_PLACE_NAMING:
        return True
    if word_start > 0 and RE_PLACE_DETERMINER_BEFORE.search(
        body, max(0, word_start - PLACE_DETERMINER_REACH), word_start
    ):
        if RE_GAPPED_REGION_NUMBER_END.match(body, end) and RE_GAPPED_REGION_PLACE_BEFORE.search(
            body, max(0, word_start - PLACE_DETERMINER_REACH), word_start
        ):
            return False  # "..., the western district 35": a gapped clause's count
        return (
            following not in IRREGULAR_SINGULARS
            and following not in PLACE_COUNT_VERBS
            and not following.endswith("ed")
            and bool(RE_SLOT_NUMBER_END.match(body, end))
        )
    return True


def plural_place_before(body: str, start: int) -> bool:
    """Whether a plural of a numbered place's word stands right before the number at start ("Wards
    3 and 7", "polling stations 12 and 15"): the numbers after it are a list of names, so "and 7 in
    Harare" is no count of its own."""
    word = previous_word(body[max(0, start - 24) : start])
    lower = word.lower()
    if not (lower.endswith("s") and body.endswith(f"{word} ", 0, start)):
        return False
    word_start = start - 1 - len(word)
    return lower in NUMBERED_PLACE_WORDS or (
        lower in POLLING_PLACE_WORDS and body.endswith(("polling ", "Polling "), 0, word_start)
    )


# ... and a starting position compared ("none has won from a gate wider than nine", "from a
# barrier higher than 10"): a position still, not a count
RE_POSITION_COMPARED_BEFORE = re.compile(
    r"\b(?:gate|barrier|draw)s?\s+(?:wider|higher|lower|further\s+out|closer\s+in)\s+than\s\Z", re.IGNORECASE
)
RE_POSITION_COMPARED_END = re.compile(
    r"\s*[,.;:)]|\s*\Z|\s+(?:of|on|in|at|and|or|to|from|for|with|is|was|has|had|since|until|this|last)\b"
)
POSITION_COMPARED_REACH = 40  # characters back to the position's word ("barrier further out than ")


def position_compared(body: str, start: int, end: int) -> bool:
    """Whether the number from `start` to `end`, in digits or words, is a starting position
    compared (see above)."""
    return bool(
        RE_POSITION_COMPARED_BEFORE.search(body, max(0, start - POSITION_COMPARED_REACH), start)
        and RE_POSITION_COMPARED_END.match(body, end)
    )


# A chart or a list named by its length, capitalised inside a sentence ("in the Top 40", "the
# midweek Top 20 is out", "a Top 40 show"): a name (rules, table 8); "Top" opening a sentence
# quantifies ("Top 5 priorities"), and so do the top of a list with its plural noun ("the Top 10
# films") and "the top 20" in lower case (counts of what is ranked).
RE_CHART_TOP_BEFORE = re.compile(r"(?<=[A-Za-z’'])\sTop\s\Z")
RE_CHART_TOP_AFTER = re.compile(
    r"\s+(?!(?:is|was|has|as|this|its|plus|across|thus|less|unless|always|whereas)\b)[a-z]+s\b(?!['’])|[-–]"
)
# A place in a music or sales chart reached by a move, as chart reports give it ("climbs three
# places to 12", "re-enters at 31", "a new entry at 7"): a position (rules, table 8); "cut 200
# places to 1,730" counts, and the place must end its clause or take a preposition.
RE_CHART_MOVE_BEFORE = re.compile(
    r"(?:\b(?:climb|rise|rose|risen|jump|fall|fell|fallen|drop|slip|move|leap|leapt|up|down)[a-z]*\s+"
    r"(?:\d{1,3}|[a-z]+)\s+places?\s+to|\bre-?enter(?:s|ed|ing)?\s+at|\bnew\s+entr(?:y|ies)\s+at"
    # ... or enters a chart named between ("re-entered the chart at 18", "entered the UK charts at 5")
    r"|\b(?:re-?)?enter(?:s|ed|ing)?\s+the\s+(?:[A-Za-z]+\s+){0,2}charts?\s+at)\s\Z",
    re.IGNORECASE,
)
RE_CHART_PLACE_END = re.compile(
    r"\s+(?:on|in|with|after|this|last|and|as|for|behind|while|despite)\b|[,.;:)]|\s*\Z"
)
# A work's title that opens with a number, after the word for its kind ("the musical 12 Chairs",
# "the film 28 Nights", "her single 7 Rings"): part of a name (rules, table 8); the title's next
# word is capitalised ("the film 12 critics liked" counts them)
TITLE_KIND_WORDS = frozenset(
    "musical film movie album single song play novel book show opera documentary sitcom series".split()
)
RE_TITLE_WORD_AFTER = re.compile(r" [A-Z][a-z]")
# a small body of the solar system by its catalogue designation, a kind noun in lower case before
# it and its name or provisional code after it ("asteroid 99942 Apophis", "minor planet 4179
# Toutatis", "asteroid 2024 YR4"): digits inside a name (rules, table 8); "asteroid 3,170 more",
# "41,900 asteroids" quantify
CATALOGUED_BODY_WORDS = frozenset(("asteroid", "comet", "planetoid", "planet"))
RE_CATALOGUED_BODY_BEFORE = re.compile(  # a planet only a minor or a dwarf one
    rf"(?:\b(?:{'|'.join(sorted(CATALOGUED_BODY_WORDS - {'planet'}))})|\b(?:minor|dwarf)\s+planet)\s\Z"
)
RE_DESIGNATION_AFTER = re.compile(r" (?:[A-Z][a-z]|[A-Z]{2}\d*\b)")
# a rank or a range of ranks after "ranked" ("the schools are ranked 1 to 120", "ranked 3 in the
# league", "it ranks 14 worldwide"): positions, no quantities (rules, table 8); "climbed 5 places"
# counts places (no "ranked" before), and a noun after the number ends no rank ("ranked 3 places
# higher" counts the places)
RE_RANK_BEFORE = re.compile(
    r"(?<![\w-])(?:ranked|ranks|rank|ranking)\s+(?:(?:from\s+)?\d{1,3}\s*(?:to|through|-|–)\s*)?\Z"
)
RE_RANK_END = re.compile(
    r"(?:[,.;:)]|\s+(?:to|through|and|or|in|on|of|out|among|by|for|with|worldwide|nationally|overall)\b|\s*\Z)"
)
RANK_TAILS = frozenset(("ranked", "ranks", "rank", "ranking", "to", "through"))
# a bus or ferry route's number in lower case ("minibuses on route 48 between the market
# and the hospital"): a name when no noun follows the number ("route 300 people" would count them)
# ... and a line's number in lower case the same way: a bus, tram or metro line, or a numbered line
# of a tax or benefit form, as filing-season copy cites them ("enter it on line 12100 of the return",
# "tram line 4 between the depot and the quay", "the bus line 77, which runs all night"), after "on"
# or a mode of transport; "25,000 lines" counts lines, "waited on line 3 hours" keeps its unit, "a
# tram line 12 kilometres long" measures it, "the front line 20" is no line's
TRANSIT_MODES = (
    "bus",
    "tram",
    "metro",
    "subway",
    "underground",
    "trolleybus",
    "ferry",
    "train",
    "rail",
    "coach",
)
RE_ROUTE_BEFORE = re.compile(rf"(?<![\w-])(?:route|(?:on|(?i:{'|'.join(TRANSIT_MODES)}))\s+line)\s\Z")
RE_ROUTE_NUMBER_END = re.compile(
    r"\s+(?:between|from|via|to|and|or|in|on|at|through|[A-Z]"
    # a verb after the route as its subject ("passengers on route 48 face delays", "route 7 will
    # be cut"): auxiliaries and the verbs a route takes
    r"|(?:is|was|are|were|will|would|can|could|may|might|must|should|has|have|had|face|faces|faced"
    r"|runs?|ran|serves?|served|links?|linked|connects?|connected|stops?|stopped|carries|carried"
    r"|say|says|said|charge|charges|charged|costs?|remains?|remained|gets?|got|uses?|used"
    r"|[a-z]{3,}ed)\b"  # a verb in the past after the route ("commuters on tram line 6 waited")
    # a singular noun the line's name modifies ("the tram line 4 extension", "the route 9 timetable")
    r"|(?:extension|upgrade|project|works|service|timetable|corridor|depot|contract|tender|closure)\b"
    # ... or the vehicles that run it, or an adverb before the route's verb ("route 44 buses", "route 9
    # trams", "route 25 now takes"): the vehicles are not counted by the route's number
    rf"|(?:{'|'.join(TRANSIT_MODES)}|minibus|matatu|taxi|shuttle)(?:e?s)?\b"
    r"|(?:now|also|still|usually|normally|currently|often|only)\s+[a-z]{3,}\b)"
    r"|[,.;:)]|\s*\Z"
)

# a bus, tram or train known by "the number N", before its vehicle's noun or a verb a route takes
# ("the number 9 runs hourly", "take the number 14 bus"): a route's name (rules, table 8); "the
# number 12 is too low" goes on with no such word and keeps its figure
RE_NUMBERED_ROUTE_BEFORE = re.compile(r"\b[Tt]he\s+number\s\Z")
RE_RANKED_NOUN_AFTER = re.compile(r"\s+(?:seed|seeded|ranked|spot|position|pick|draft\s+pick)\b")
# a player's shirt known by "the number N" ("wears the number 7 shirt", "in his number 10 jersey"):
# a number naming the shirt, as "the No. 10 shirt" (rules, table 8: numbered positions)
RE_SHIRT_NUMBER_BEFORE = re.compile(r"\b(?i:the|his|her|their|its|a)\s+number\s\Z")
RE_SHIRT_AFTER = re.compile(r"\s+(?:shirts?|jerseys?)\b")
RE_NUMBERED_ROUTE_AFTER = re.compile(
    rf"\s+(?:(?:{'|'.join(TRANSIT_MODES)})(?:e?s)?|route|service|runs|ran|stops|stopped|leaves"
    r"|left|serves|served|departs|departed|terminates|terminated"
    r"|(?:will|would|does|did|should|can|could|must|used\s+to)\s+(?:(?:no\s+longer|still|not)\s+)?"
    r"(?:run|stop|leave|serve|depart|terminate)"
    # ... or its timetable's word before the verb ("The number 7 is meant to run every 90 minutes")
    r"|(?:is|was|are|were)\s+(?:(?:still|not)\s+)?(?:meant|supposed|due|scheduled|timetabled)\s+to\s+"
    r"(?:run|stop|leave|serve|depart|call|come|arrive))\b"
)
# a bus, tram or ferry route's number set off after its vehicle's noun ("A local bus, the 282, makes
# two runs a day", "the ferry (the 14) leaves at noon"): the route's name (rules, table 8); "the
# bus, the 40 passengers said," counts the passengers (a noun after the number)
RE_APPOSED_ROUTE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(TRANSIT_MODES)}|minibus|streetcar)(?:e?s)?\s*[,(]\s*the\s\Z", re.IGNORECASE
)
RE_APPOSED_ROUTE_END = re.compile(r"\s*[,)]")

# ... and a route ridden, after a rider's noun and "on the", its bare number before a verb or the
# end of a clause ("a trip on the 52 costs me $4", "Passengers on the 73 wait", "a return on the
# 19 takes"); "commuters on the 300 trains" counts the trains
RE_RIDER_ROUTE_BEFORE = re.compile(
    r"\b(?i:trips?|rides?|journeys?|commutes?|passengers|commuters|riders|returns?|singles?|fares?|tickets?)"
    r"\s+on\s+the\s\Z"
)
RE_RIDER_ROUTE_AFTER = re.compile(
    r"(?:[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?:costs?|takes?|took|is|was|are|were|runs?|ran|waits?|waited|has|have"
    r"|had|will|would|can|could|now|still|used|goes|went|leaves?|left|arrives?|arrived|rises?|rose|falls?"
    r"|fell|says?|said|faces?|faced|gets?|got)\b)"
)
RIDER_ROUTE_REACH = 40  # characters before a route's number read for the rider's noun

# a meeting's agenda item named by its number in lower case, as council and school-board copy
# writes it ("the budget, item 9 on the agenda", "deferred agenda items 4 and 5", "under item 12,
# councillors ..."): a numbered position (rules, table 8); "bought the item 3 times", "each item
# 20% off" and "of the 30 items 12 were sold" quantify
# (or its sub-item glued to it: "deferred item 4(b) to May"; or what it was, its verb gapped:
# "Item 4 was the budget and item 7 the new depot")
RE_AGENDA_ITEM_END = re.compile(
    r"(?:\([a-z\d]{1,4}\)|\s+(?:and|to|through|or)\s+(?:items?\s+)?\d|\s+(?:on|of|in|at|was|is|were|will|would|the)\b(?!\s+\d)|[,;:)]|\.(?!\d)|\s*\Z)"
)
RE_COUNTED_ITEMS_BEFORE = re.compile(r"\d\s+items?\s\Z")  # "the 30 items 12 ...": a count's noun
# the later number of a list of items ("items 4 and 5", "items 9 to 11") or of a road's numbered
# junctions ("closed between junctions 10 and 11": positions, as "junction 14" is)
# ("items" before the look-behinds on what precedes it: the search skips to the word)
RE_AGENDA_ITEMS_BEFORE = re.compile(
    r"(?:items(?<!\d items)(?<![\w-]items)|(?<![\w-])junctions)\s+\d{1,3}\s+(?:and|to|through|or)\s\Z"
)

# a bus, tram or streetcar route known by its bare number after "the": the vehicle's noun in the
# singular, then the end of a clause, a verb or a preposition ("the 14 bus was late", "took the 38
# tram to work", "the 25 bus between Stratford and Bow"), or the route's own verb "runs" and where or how often it runs ("the 501 runs
# downtown", "the 7 runs every 10 minutes"); "the 14 bus routes" and "the 501 runs he scored" count
RE_ROUTE_VEHICLE_AFTER = re.compile(
    r" (?:(?:bus|tram|streetcar|trolleybus|trolley|minibus)"
    r"(?=[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?:is|was|will|would|has|had|runs|ran|route|line|service|stop|to|from|into"
    r"|at|on|in|along|past|via|through|between|linking|serving|and|or|down|up)\b)"
    r"|runs\s+(?:downtown|uptown|crosstown|every|along|past|via|hourly|daily|nightly|half-hourly"
    r"|north|south|east|west|[a-z]+bound)\b)"
)

# ... and a route ridden, after a preposition or a verb of riding and "the", its vehicle's singular
# followed by any word but a plural noun ("Fares on the 38 bus rise", "caught the 7 tram home"; "on
# the 14 bus routes" counts routes)
RE_RIDDEN_ROUTE_BEFORE = re.compile(
    r"(?<![\w-])(?:on|onto|off|took|take|takes|taking|catch|catches|caught|ride|rides|rode|board|boarded)"
    r"\s+the\s\Z"
)
RE_RIDDEN_VEHICLE_AFTER = re.compile(
    r" (?:bus|tram|streetcar|trolleybus|trolley|minibus)(?![\w'’-]|\s+[a-z]+s\b)"
)

# the numbers a lottery draws, listed after "winning numbers" or "numbers drawn": labels of balls,
# not quantities ("The winning numbers were 7, 19, 33 and 41")
# (... or a results line's, "Winning numbers: 03 – 11 – 17 – 26", the numbers joined by dashes)
RE_DRAWN_NUMBERS_BEFORE = re.compile(
    r"\b(?:(?:[Ww]inning|[Ll]ucky|[Dd]rawn)\s+numbers|numbers\s+drawn)(?:\s+(?:were|are|was|is)\b|\s*:)?\s*"
    r"(?:\d{1,2}(?:,?\s+(?:and\s+)?|\s[-–—]\s))*\Z"
)
DRAWN_REACH = 80  # characters before a drawn number read for the words that open the list
# a run of three or more numbers of one or two digits joined by spaced dashes, as results lines
# print a draw ("Midday (1.00 pm): 7 – 4 – 1", "05 – 14 – 19 – 22 – 30"): labels of balls, no
# figure (a range or a score joins two)
RE_DASHED_RUN = re.compile(r"(?<![\w.,])\d{1,2}(?:\s[-–—]\s\d{1,2}){2,}(?![\w%]|[.,]\d)")
DASHED_RUN_REACH = 40  # characters either side of a number read for its run
# a drawn ball named before a colon in a results line ("Bonus ball: 21", "Powerball: 17", "Bonus
# number: 8"), the number ending its line or its item, with a draw's word before it
RE_BALL_LABEL_BEFORE = re.compile(r"(?:\b[A-Z]\w*\s?[Bb]all|\b[Bb]onus\s(?:ball|number)):\s\Z")
RE_BALL_NUMBER_END = re.compile(r"[ \t]*(?:[,;)\n]|\Z)|\s{2}|\.(?!\d)")
RE_DRAW_WORDS = re.compile(r"(?i:numbers|draw|lott|jackpot)")
DRAW_WORD_REACH = 200  # characters before a ball's label read for a word of the draw


def previous_word(before: str) -> str:
    """The word (letters and dots) just before trailing white space, or ""."""
    stripped = before.rstrip()
    if not stripped or not (stripped[-1].isalpha() or stripped[-1] == "."):
        return ""  # no word ends right there
    token = stripped.rsplit(None, 1)[-1]
    if token.replace(".", "").isalpha():  # letters and dots only (the common case): the whole token
        return token.lstrip(".")
    i = len(token)
    while i and (token[i - 1].isalpha() or token[i - 1] == "."):
        i -= 1
    word = token[i:]
    while word and not word[0].isalpha():
        word = word[1:]
    return word


URL_LOOKBACK = 200  # how far back a number's token is read for a web address (bounded: linear time)


def in_web_address(body: str, start: int) -> bool:
    """Whether a number sits inside a web address ("https://example.com/?q=30%25", "www.x.com/2020")."""
    token = body[max(0, start - URL_LOOKBACK) : start].rsplit(None, 1)[-1:]
    return bool(token) and ("://" in token[0] or token[0].lower().startswith("www."))


def is_phone_number_start(body: str, end: int) -> bool:
    """Whether the number ending at `end` opens a phone number of three hyphenated groups."""
    return body[end : end + 1] in "-." and bool(RE_PHONE_GROUPS_AFTER.match(body, end))


# two four-digit groups joined by a hyphen that are no span of years: a batch, lot or reference
# number ("batch 2025-0408", "lot 2025-1184"); "2019-2024" and "1,200-1,500" read as ranges
RE_FOUR_FOUR = re.compile(r"(?<![\w.,-])(\d{4})-(\d{4})(?![\w-]|[.,]\d)")


def is_batch_code(body: str, start: int, end: int) -> bool:
    """Whether a four-digit number is a group of a code "dddd-dddd" whose later group has a
    leading zero or is smaller than the first: no range of years or counts is written so."""
    if end - start != 4:
        return False
    if body[end : end + 1] == "-":
        m = RE_FOUR_FOUR.match(body, start)
    elif body[start - 5 : start - 4].isdigit() and body[start - 1 : start] == "-":
        m = RE_FOUR_FOUR.match(body, start - 5)
    else:
        return False
    return m is not None and (m.group(2)[0] == "0" or int(m.group(2)) < int(m.group(1)))


# The high end of a range joined by a hyphen, of three digits, then a percent or a lower-case word
# ("100-150 people", "80-120 minutes", "80-100% of the price"): no code's later group
RE_RANGE_HIGH_AFTER = re.compile(
    r"[-–](\d{3})(?![\w\-–/]|[.,]\d)(?=\s?(?:%|per ?cent\b|percent\b)|\s[a-z]{2,})"
)


def _round_range(low: str, after: str) -> bool:
    """Whether a number and the hyphened three digits after it are a range of round numbers, low
    to high ("100-150 people"): both multiples of five, as estimates are, unlike a phone number's
    groups ("555-1234") or an aircraft's variant ("737-800 jets")."""
    m = RE_RANGE_HIGH_AFTER.match(after)
    if m is None or not low.isdigit():
        return False
    lo, hi = int(low), int(m.group(1))
    return lo < hi and lo % 5 == 0 and hi % 5 == 0


def _unit_range(before: str, after: str) -> bool:
    """Whether the text before a number ends in another number with a unit glued and a hyphen, and
    the same unit follows the number ("34C-" before "36C")."""
    m = RE_UNIT_BEFORE_HYPHEN.search(before)
    return (
        m is not None
        and after.startswith(m.group("unit"))
        and not after[len(m.group("unit")) :][:1].isalnum()
    )


# the time zones wire copy writes after a 24-hour clock time ("closes at 2200 GMT"), on their own
RE_ZONE_AFTER = re.compile(rf" (?:GMT|UTC|{TIME_ZONES})(?!\w)")


def clock_before_zone(body: str, start: int, end: int) -> bool:
    """Whether four digits are a 24-hour clock time before a time zone ("at 2200 GMT", "by 1930
    CET"), which a year never stands before: hours to 23, minutes to 59."""
    number = body[start:end]
    return (
        len(number) == 4
        and number.isdigit()
        and int(number[:2]) <= 23
        and int(number[2:]) <= 59
        and RE_ZONE_AFTER.match(body, end) is not None
    )


def _clock_digits(body: str, start: int, end: int) -> bool:
    """Whether a number before "hrs" is a clock time, as military and police copy writes one ("at
    0600 hrs", "18.00hrs"): four digits, or hours and minutes; "48 hrs" is a span of hours."""
    number = body[start:end]
    return len(number) == 4 and number.isdigit() or len(number) == 5 and number[2] in ".:"


# The number of an item in a numbered list: one or two digits opening a line, then a full stop or
# a closing bracket and a space ("1. The bank raised ...", "2) Sales rose ...", "(3) Exports"); a
# label, not a quantity. Not "1.5 million people ..." (a digit after the stop) nor "12 people ..."
# (no mark after the number).
RE_LIST_MARK_AFTER = re.compile(r"[.)] +\S")
LIST_MARK_LEAD = " \t("  # what may stand between a line's start and its item number
LIST_MARKS = (".", ")")  # what follows an item's number
LIST_MARK_REACH = 8  # the most characters of indent and bracket read back before it


# A numbered section of minutes, an agenda, a report or a contract opening its line before its
# heading ("3.1 Waste management: ...", "4.2.1 Drainage works"): a label, a numbered position (rules,
# table 8); a figure opening a line goes on with a lower-case word, a unit, a percent or a scale
# word ("3.4 per cent of voters ...", "2.1 Percent of ...", "2.5 Million tonnes ...").
RE_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.? +([A-Z][a-z]+)\b")


def is_section_number(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] numbers a section opening its line (see above)."""
    heading = RE_SECTION_NUMBER.match(body, start)
    if heading is None or not body[end : heading.start(1)].strip(". ") == "":
        return False
    word = heading.group(1)
    if word.lower() in SCALE_WORDS or word.lower() in PERCENT_WORDS or units.unit_word(word) is not None:
        return False
    i = start
    while i and body[i - 1] in " \t":
        i -= 1
    return i == 0 or body[i - 1] == "\n"


# A provision's subsection or an item's part glued in brackets to its number, as laws and contracts
# cite them ("Section 12(3)", "Article 41(2)", "s.14(2)(b)"), or a provision's own number in
# brackets after its word ("Section (3) of the act", "Article (2)"): part of the citation, no figure.
RE_PROVISION_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+) \(\Z")


def is_subsection(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] stands in brackets glued to a citation's number, or
    in brackets after a provision's word (PROVISION_WORDS)."""
    if end - start > 3 or start < 2 or body[start - 1] != "(" or body[end : end + 1] != ")":
        return False
    if body[start - 2].isalnum():
        return True
    word = RE_PROVISION_WORD_BEFORE.search(body, max(0, start - 20), start)
    return word is not None and word.group("word").lower() in PROVISION_WORDS


# A telephone extension ("(664) 491-2365, ext. 2214", "call extension 4410 during office hours"):
# part of a phone number (rules, table 8); after the word "extension" only three digits or more
# that end the clause or go on with a preposition or a name ("extension 4410 during office hours",
# "extension 2290, Mr Tui"), so "an extension 12 months long" and "the line extension 400 households
# await" keep their figure.
RE_EXTENSION_BEFORE = re.compile(r"\b(?:[Ee]xtn?|EXTN?)\.?\s?\Z|\b(?P<word>[Ee]xtension)\s\Z")
RE_EXTENSION_END = re.compile(
    r"[.,;:!?)]|\s*\Z|\s+(?:during|between|from|to|for|or|and|on|at|in|if|before|after|until|weekdays)\b|\s+[A-Z(]"
)
# ... and an extension of any length right after a phone number's last group ("on 555-0142
# extension 3.", "020 7946 0321, ext. 4 or"): a phone number's part, as above (the phone number's
# last group right before the extension's word that RE_EXTENSION_BEFORE found)
RE_PHONE_BEFORE_EXTENSION = re.compile(r"\d{3,4}[-. ]\d{3,4},?\s\Z")
PHONE_EXTENSION_REACH = 28  # characters before an extension's digits read for the phone number


def is_extension(body: str, start: int, end: int) -> bool:
    """Whether the digits at body[start:end] are a telephone extension (see above)."""
    if not body[start:end].isdigit():
        return False
    window = body[max(0, start - 12) : start]
    if "xt" not in window and "XT" not in window:  # (what every match of the pattern holds)
        return False
    before = RE_EXTENSION_BEFORE.search(body, max(0, start - 12), start)
    if before is None:
        return False
    if RE_EXTENSION_END.match(body, end) and RE_PHONE_BEFORE_EXTENSION.search(
        body, max(0, start - PHONE_EXTENSION_REACH), before.start()
    ):
        return True  # "555-0142 extension 3": after a phone number, any length
    if end - start < 2:
        return False
    return before.group("word") is None or (
        end - start >= 3 and RE_EXTENSION_END.match(body, end) is not None
    )


def is_list_number(body: str, start: int, end: int) -> bool:
    """Whether the digits at body[start:end] number an item of a list that opens a line."""
    if end - start > 2 or not body[start:end].isdigit() or not RE_LIST_MARK_AFTER.match(body, end):
        return False
    i = start
    while i > start - LIST_MARK_REACH and i and body[i - 1] in LIST_MARK_LEAD:
        i -= 1
    if body[i:start].count("(") > (body[end] == ")"):
        return False  # "(3)", "3)" or "3.", not "(3." nor "((3)"
    return i == 0 or body[i - 1] == "\n"


# A finishing place in a results line, as sports pages print them after the report ("Men: 1 Ana
# Costa 2:09:14, 2 Li Wei (Chn) 2:10:02"): one or two digits after a colon, a comma, a semicolon or
# a line's start, then a name of capitalised words (a country's code in brackets may follow) and a
# race time in h:mm:ss or m:ss; a position, not a quantity (rules, table 8). "and 3 Kenyans 2:10"
# names no one, and "3 Fed Ex trucks" carry no time.
# (a results line set in title case is read lower-cased, so the name's words may be either case)
# Cycling and motor-racing lines put the rider's team after the country's code and print the
# others' gaps to the winner with "at" or "+" ("1 Ana Costa (Por) Team Lusa 4:12:09; 2 Li Wei
# (Chn) Orbis at 0:35"): a gap ends its entry, and the line has printed a time before it ("By
# noon, 40 people at 12:30 had left" and "; 4 police at 3:40 arrived" are counts).
RE_RESULT_PLACE_AFTER = re.compile(
    r"(?P<team> (?:(?!at\s)[^\W\d_][\w'’.-]*\s){1,4}(?:\([A-Za-z]{2,4}\)\s)?(?:(?!at\s)[^\W\d_][\w'’&.-]*\s){0,3})"
    r"(?P<gap>at\s|\+\s?)?\d{1,2}:\d\d(?::\d\d)?(?:\.\d{1,3})?(?![\d:])(?!\s?(?i:am|pm|a\.m|p\.m)\b)"
    r"| (?P<name>(?:[^\W\d_][\w'’.-]*\s){1,4})(?:\([A-Za-z]{2,4}\)\s)?"
    r"\d{1,2}:\d\d(?::\d\d)?(?:\.\d{1,3})?(?![\d:])"
)
RE_RESULT_PLACE_BEFORE = re.compile(r"(?:[:;,]\s|\n|\A)\Z")
RE_RESULT_GAP_END = re.compile(r"\s*(?:[;,.)\n]|\Z)")
RE_RESULT_TIME_BEFORE = re.compile(r"\d:\d\d[;,]")
RESULT_TIME_REACH = 80  # characters before a place with a gap read for the line's earlier time
# words no runner's name is made of: a clock time or a count's clause ("3 finished by 2:10")
NOT_NAME_WORDS = frozenset(
    "at by in on until till from to before after was were is are and or the a an of for with finished"
    " runners riders athletes".split()
)


# A finishing place before a horse's name, its jockey in brackets and its starting price, as a
# racing results page prints each entry ("1 Coral Dancer (J. Husbands) 5-2", "2 Silver Sands (P.
# Wiltshire, 8st 9lb) 3-1 fav", "3 Lady Carlisle (K. Boyce) evens"): the price makes it an entry,
# on its own line or run on after the purse or the last entry's price (rules, table 8: a place is
# a position; the odds get no row, p172). (A line set in title case is read lower-cased, so the
# name's and the jockey's words may be either case.)
RE_ODDS_ENTRY = re.compile(
    r" (?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,4})(?: \([A-Za-z]{2,3}\))? \([^\W\d_][^()\n]{1,40}\)"
    r" (?:\d{1,3}[-/]\d{1,2}|[Ee]vens|[Ee]vs)(?: (?:[Jj]t-?)?[Ff]av(?:ourite)?)?(?![\w/-])"
)


def is_result_place(body: str, start: int, end: int) -> bool:
    """Whether the digits at body[start:end] are a finishing place before a name and a time in a
    results line, a place before a horse's name, jockey and price, or one of a run of places in
    order (below)."""
    if not (end - start <= 2 and body[start:end].isdigit()):
        return False
    if (
        (start == 0 or body[start - 1].isspace())
        and int(body[start:end]) <= PLACE_RUN_MAX
        and (entry := RE_ODDS_ENTRY.match(body, end, end + 100)) is not None
        and not any(word.lower() in NOT_NAME_WORDS for word in entry.group("name").split())
    ):
        return True  # "1 Coral Dancer (J. Husbands) 5-2": a racing result's entry
    if RE_RESULT_PLACE_BEFORE.search(body[max(0, start - 2) : start]) is None:
        return False
    line = RE_RESULT_PLACE_AFTER.match(body, end, end + 60)
    if line is None:
        return _place_in_run(body, start, end)
    return (
        not line.group("gap")
        or RE_RESULT_GAP_END.match(body, line.end()) is not None
        and RE_RESULT_TIME_BEFORE.search(body, max(0, start - RESULT_TIME_REACH), start) is not None
    ) and not any(
        word.lower() in NOT_NAME_WORDS for word in (line.group("team") or line.group("name")).split()
    )


# Places in order in one results line, each before a capitalised name, whatever mark follows it
# (odds, a time in "min" and "sec", a distance): "1 Silver Arrow (5/2 fav), 2 Northern Lad (9-1)",
# "1 Dara Obi 8.14m; 2 Lars Ek 8.02m": a place is one when the next place ("2 " after "1 ") or the
# one before it opens another entry of the same line, after a comma or a semicolon, or opens the
# next or the last line (entries one a line), within PLACE_RUN_REACH characters, and the name is
# followed by a bracket, a number or the entry's end;
# "1 Chelsea fan, 3 Arsenal fans" and "1 British tourist, 2 French nationals" are no run, nor golf
# scores in order ("66 A. Lindqvist (Sweden); 67 M. Tanaka").
RE_PLACE_NAME = re.compile(r" [A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|da|al|bin))*(?= ?[(\d]|[,;]|\Z)")
# ... and the same in either case, for entries one a line (below)
RE_PLACE_NAME_ANY_CASE = re.compile(
    r" [^\W\d_][\w'’.-]*(?: (?:[^\W\d_][\w'’.-]*|de|van|von|da|al|bin))*(?= ?[(\d]|[,;]|\Z)"
)
PLACE_RUN_REACH = 120
PLACE_RUN_MAX = 30  # places printed in a results line; golf's round scores (59 and up) are none


def _place_in_run(body: str, start: int, end: int) -> bool:
    """Whether the place at body[start:end] before a name has its neighbour in the line, or on the
    next or the last line (above)."""
    name = RE_PLACE_NAME.match(body, end, end + 60) or RE_PLACE_NAME_ANY_CASE.match(body, end, end + 60)
    if name is None or any(word.lower() in NOT_NAME_WORDS for word in name.group().split()):
        return False
    place = int(body[start:end])
    if place > PLACE_RUN_MAX:
        return False  # "66 A. Lindqvist (Sweden); 67 M. Tanaka": golf scores, no places
    line_start = body.rfind("\n", max(0, start - PLACE_RUN_REACH), start) + 1
    line_end = body.find("\n", end, end + PLACE_RUN_REACH)
    capitalised = name.re is RE_PLACE_NAME  # every word capitalised
    if capitalised:
        before = body[max(line_start, start - PLACE_RUN_REACH) : start]
        after = body[end : line_end if line_end >= 0 else end + PLACE_RUN_REACH]
        if (
            re.search(rf"[;,] {place + 1} [A-Z]", after)
            or place > 1
            and re.search(rf"(?:[;,:] |\A){place - 1} [A-Z]", before)
        ):
            return True
    last_line = body.rfind("\n", max(0, line_start - 1 - PLACE_RUN_REACH), max(0, line_start - 1)) + 1
    return (
        line_end >= 0
        and _line_entry(body, line_end + 1, place + 1, capitalised)
        or place > 1
        and line_start > 0
        and _line_entry(body, last_line, place - 1, capitalised)
    )


def _line_entry(body: str, at: int, place: int, capitalised: bool) -> bool:
    """Whether the line at `at` opens with the given place before a name, as one of a results
    page's entries one a line; one of the two names, this or its neighbour's, is capitalised (a
    title-case line is read lower-cased; "1 onion, chopped" and "2 carrots, diced" are no places)."""
    head = f"{place} "
    if not body.startswith(head, at):
        return False
    start = at + len(head) - 1
    if capitalised:
        return RE_PLACE_NAME_ANY_CASE.match(body, start, start + 60) is not None
    return RE_PLACE_NAME.match(body, start, start + 60) is not None


# A boat's, a rider's or a team's places in a series of races, as sailing, rowing and motorsport
# reports list them after "finished" or "placed" ("the crew finished 3, 1, 2 in the day's races",
# "placed 4, 2 and 1 over the weekend"): three or more places of one or two digits, then a
# preposition or the clause's end; positions, not quantities (rules, table 8). "finished 3, 5 and
# 8 seconds behind" and "placed 12, 14, 20 orders" quantify the word after them.
RE_PLACINGS = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|plac(?:ed|es|ing)|placings\s+of|went)\s+"
    r"\d{1,2}(?:,\s?\d{1,2}){1,}(?:,?\s(?:and|then)\s\d{1,2})?"
    r"(?=\s+(?:in|on|over|across|at|for|to|after|before|during|from|that|this|last)\b|[,.;:)]|\s*\Z)"
)
PLACINGS_REACH = 40  # characters read either side of a place for its list


def is_series_place(body: str, start: int, end: int) -> bool:
    """Whether the digits at body[start:end] are one of a list of places in a series of races."""
    if not (
        body[end : end + 1] == ","
        or body[max(0, start - 2) : start] == ", "
        or body[max(0, start - 1) : start] == ","
        or body[max(0, start - 4) : start] in ("and ", "hen ")
    ):
        return False  # the cheap test first: a list's comma or its "and" right beside the number
    lo = max(0, start - PLACINGS_REACH)
    for m in RE_PLACINGS.finditer(body, lo, min(len(body), end + PLACINGS_REACH)):
        if m.start() <= start and end <= m.end():
            return m.group().count(",") + m.group().count(" and ") + m.group().count(" then ") >= 2
    return False


# A triathlon named by its distance, as the sport and its race series name them: "70.3" and
# "140.6" (miles of a half and a full long-distance race), "113" and "226" (the same in km) after
# a capitalised name ("the Lakeside 226", "Ironman 70.3") or before a word of the event ("the 70.3
# half-distance race"); read only where the text speaks of triathlon (a swim and a bike leg, a
# half-distance, or the word itself), so "Route 226" or "a 70.3 reading" elsewhere are left to the other rules
TRIATHLON_DISTANCE_NAMES = frozenset(("70.3", "140.6", "113", "226"))
RE_TRIATHLON_EVENT_AFTER = re.compile(
    r"\s+(?:half-distance|full-distance|race|races|event|events|triathlon|title|series|world|men's|women's)\b"
)
RE_TRIATHLON_CUE = re.compile(
    r"(?i:triathl|ironman|half-distance|\bswim\b.{0,200}\bbike\b|\bbike\b.{0,200}\bswim\b)"
)
TRIATHLON_REACH = 600  # characters either side read for the cue
RE_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b(?!['’])")


def is_triathlon_name(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] names a triathlon by its distance (above)."""
    if body[start:end] not in TRIATHLON_DISTANCE_NAMES:
        return False
    before = body[max(0, start - 24) : start]
    named = RE_CAPITALISED_BEFORE.search(before) is not None or before.endswith(("'s ", "’s "))
    if not named and RE_TRIATHLON_EVENT_AFTER.match(body, end, end + 20) is None:
        return False
    counted = RE_PLURAL_AFTER.match(body, end, end + 24)
    if counted is not None and RE_TRIATHLON_EVENT_AFTER.match(body, end, end + 20) is None:
        return False  # "Some 226 athletes": a count of a plural noun
    window = body[max(0, start - TRIATHLON_REACH) : end + TRIATHLON_REACH]
    return RE_TRIATHLON_CUE.search(window) is not None


# a word that puts a time of day before four digits and "hours" ("at 1545 hours", "until 0615
# hours"): a clock time; "1,730 hours" and "1630 hours of flying" are spans
RE_CLOCK_HOURS_BEFORE = re.compile(
    r"\b(?:at|by|until|till|from|before|after|around|since)\s\Z", re.IGNORECASE
)
RE_HOURS_OF_AFTER = re.compile(r"\s+hours\s+of\b")


def _clock_hours(body: str, before: str, start: int, end: int) -> bool:
    """Whether four digits before " hours" are a clock time (see above)."""
    number = body[start:end]
    if len(number) != 4 or not number.isdigit() or int(number[:2]) > 23 or int(number[2:]) > 59:
        return False
    return bool(RE_CLOCK_HOURS_BEFORE.search(before)) and not RE_HOURS_OF_AFTER.match(body, end)


# a baseball or softball line score's row: a team's runs by inning in groups of three ("010 002
# 00x"; an extra inning after them, "000 201 100 1"), a dash, then its runs, hits and errors
# ("Santurce 010 002 002 — 5 9 0", also run into prose: "...; Caguas 000 300 000 — 3 7 2.")
RE_LINE_SCORE_RUNS_BEFORE = re.compile(r"(?<![\w,.])(?:\d{3} ){2,}\d\d[\dxX](?: \d{1,3}x?)? ?[—–-] ?\Z")
RE_LINE_SCORE_HITS_ERRORS_AFTER = re.compile(r" \d{1,2} \d{1,2}(?![\w,.]|[-–]\d)")
LINE_SCORE_REACH = 32  # characters before the runs read for the innings


def line_score_runs(body: str, start: int, end: int) -> bool:
    """Whether the number is the runs column of a line score's row (RE_LINE_SCORE_RUNS_BEFORE): the
    final score's side, no row (rules, table 8: scores), while the hits and errors after it are the
    team's statistics (table 4)."""
    return (
        end - start <= 2
        and bool(RE_LINE_SCORE_HITS_ERRORS_AFTER.match(body, end))
        and bool(RE_LINE_SCORE_RUNS_BEFORE.search(body[max(0, start - LINE_SCORE_REACH) : start]))
    )


# A pollutant's or a gas's name written with a space before its number ("PM 2.5", "PM 10", "CO 2",
# "NO 2"): a name, as "PM2.5" and "CO2" are (rules, table 8); "at 5 PM 10 officers" is a clock's
POLLUTANT_HEADS = ("PM ", "CO ", "NO ", "SO ")
RE_SPACED_POLLUTANT = re.compile(r"(?<![\w.-])(?<!\d )(?:PM (?:2\.5|10|1)|(?:CO|NO|SO) 2)(?![\w.,%]|\.\d)")


# a newspaper's, a channel's or a station's name that opens with its number, set off by the noun of
# what it is ("24 URE, the tabloid, splashes on", "20 Minutes, the free daily, says"): the number
# is the name's
RE_NUMBERED_OUTLET_AFTER = re.compile(
    r" [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,2}, (?:the|a|an) (?:[\w'’-]+ ){0,3}?"
    r"(?:tabloid|daily|dailies|newspaper|paper|weekly|broadsheet|magazine|broadcaster|channel|station"
    r"|network|website|news\s+site|portal|radio|television)\b"
)
NUMBERED_OUTLET_REACH = 90  # characters after the number read for the name and its noun


def numbered_outlet(body: str, end: int) -> bool:
    """Whether a number ending at `end` opens an outlet's name (RE_NUMBERED_OUTLET_AFTER)."""
    return RE_NUMBERED_OUTLET_AFTER.match(body, end, end + NUMBERED_OUTLET_REACH) is not None


def is_name_or_code(body: str, start: int, end: int) -> bool:
    """Digits inside names, clock times, phone numbers, codes, web addresses ("Covid-19", "Section 144"),
    and the numbers of a list's items."""
    if start and not body[start - 1].isspace() and in_web_address(body, start):
        return True
    if end - start <= 2 and body[end : end + 1] in LIST_MARKS and is_list_number(body, start, end):
        return True  # "1. The bank ...": an item's number (the cheap tests first)
    if (
        3 <= end - start <= 11
        and body[start + 1 : start + 3].find(".") >= 0
        and is_section_number(body, start, end)
    ):
        return True  # "3.1 Waste management": a section's number opening its line
    if end - start <= 2 and drawn_run_or_ball(body, start, end):
        return True  # "Winning numbers: 03 – 11 – 17", "Bonus ball: 21": a draw's balls, labels
    if body[end : end + 1] == " " and body[end + 1 : end + 2].isupper() and numbered_outlet(body, end):
        return True  # "24 URE, the tabloid, splashes on": a newspaper's or a channel's name
    if end - start <= 2 and body[end : end + 2].startswith(" ") and is_result_place(body, start, end):
        return True  # "Women: 1 Ana Costa 2:09:14, 2 ...": a finishing place in a results line
    if end - start <= 2 and is_series_place(body, start, end):
        return True  # "the crew finished 3, 1, 2 in the day's races": places in a series
    if end - start <= 2 and body[end : end + 1] == " " and line_score_runs(body, start, end):
        return True  # "Santurce 010 002 002 — 5 9 0": the runs, a side of the final score
    if end - start == 4 and body[start] == "1" and club_founding_year(body, start, end):
        return True  # "1860 Munich sold", "TSG 1899 Hoffenheim": a club's founding year, its name
    if 3 <= end - start <= 5 and is_triathlon_name(body, start, end):
        return True  # "the Lakeside 226", "Ironman 70.3": a race named by its distance
    if end - start == 4 and is_batch_code(body, start, end):
        return True  # "batch number 2025-0408": a code
    if (
        end - start <= 4
        and (body[end : end + 1] in "-‑" or body[start - 1 : start] in "-‑")
        and road_code(body, start, end)
    ):
        return True  # "the regional road R2-409": a road's code
    before = body[max(0, start - 24) : start]
    after = body[end : end + 12]
    last = before[-1:]
    # the word before the number and its white space, read once for the tests below that ask it
    word = previous_word(before) if last.isspace() else ""
    if last == "(" and is_subsection(body, start, end):
        return True  # "Section 12(3)": a subsection's number
    if last == " " and ("minus " in before or "plus " in before) and RE_COUNTDOWN_BEFORE.search(before):
        return True  # "At T-minus 10 seconds the countdown was halted": a mark on a launch's clock
    if (last == " " or last == ".") and is_extension(body, start, end):
        return True  # "ext. 2214": a telephone extension
    if last == " " and before.endswith(POLLUTANT_HEADS) and RE_SPACED_POLLUTANT.match(body, start - 3, end):
        return True  # "PM 2.5 levels", "CO 2 emissions": a pollutant's name with a space (as "PM2.5")
    if last == " " and before.endswith(("Box ", "Bag ")) and RE_POSTAL_BOX_BEFORE.search(before):
        return True  # "P.O. Box 30099", "Private Bag 12": a postal address (rules, table 8)
    if (
        (last == " " or before[-2:-1] == ":")
        and ":" in body[max(0, start - 48) : start]  # (the cheap test first: every label ends in a colon)
        and RE_PHONE_LABEL_BEFORE.search(body, max(0, start - 48), start)
    ):
        return True  # a fact box's "Tel: 116 123", "Helpline: 999", "Fax: 020 7946": a phone number
    if end - start == 1 and after[:1].isupper() and is_call_sign(body, start, end):
        return True  # "Sydney's 2GB lost 1.3 points": a radio station's call sign
    if (
        before.endswith(" on the ")
        and end - start <= 3
        and body[start:end].isdigit()
        and RE_RIDER_ROUTE_AFTER.match(body, end)
        and RE_RIDER_ROUTE_BEFORE.search(body, max(0, start - RIDER_ROUTE_REACH), start)
    ):
        return True  # "Passengers on the 73 wait": a bus route's number
    if (
        last == " "
        and before[-2:-1] == "/"
        and end - start >= 4
        and RE_PHONE_SLASH_BEFORE.search(body, max(0, start - PHONE_REACH), start)
    ):
        return True  # "Tel: 443-2-560912 / 560913": the other line of a phone number
    if (
        after[:1] == " "
        and before.endswith(("the ", "The "))
        and end - start <= 4
        and body[start:end].isdigit()
        and RE_ROUTE_VEHICLE_AFTER.match(body, end)
    ):
        return True  # "the 501 runs downtown", "the 14 bus was late": a route's number
    if (
        after[:1] == " "
        and end - start <= 4
        and body[start:end].isdigit()
        and RE_RIDDEN_ROUTE_BEFORE.search(before)
        and RE_RIDDEN_VEHICLE_AFTER.match(body, end)
    ):
        return True  # "Fares on the 38 bus rise", "took the 7 tram home": the route ridden, whatever verb follows
    if (
        before.endswith("the ")
        and end - start <= 4
        and body[start:end].isdigit()
        and RE_APPOSED_ROUTE_END.match(body, end)
        and RE_APPOSED_ROUTE_BEFORE.search(body, max(0, start - 32), start)
    ):
        return True  # "A local bus, the 282, makes two runs": a route's number set off after its vehicle
    if before.endswith(("under-", "over-")) and RE_AGE_GRADE_TEAM_AFTER.match(
        body, end + (body[end : end + 1] == "s")
    ):
        return True  # "the under-21 side", "at under-19 level": an age-grade team's name, not a limit
    if last and last in "-‑" and RE_HYPHEN_NAME_BEFORE.search(before):
        return not (
            before.endswith(HYPHEN_PREFIXES_OK)
            or RE_TALLY_BEFORE.search(before)
            or _unit_range(before, after)
        )
    if last and last in "/:#+№⁄" and RE_CODE_BEFORE.search(before):
        # "+0.2%" is a signed change, "the +87kg class" a limit with a unit glued: no codes
        return not (last == "+" and (after.startswith(("%", " per", "pc")) or after[:1].isalpha()))
    if (
        last == "-"
        and before[-2:-1].isdigit()
        and "," not in body[start:end]  # no group of a phone number or code has a thousands comma
        and (end - start >= 5 or RE_LATER_GROUP_BEFORE.search(before))
    ):
        return True  # "+92-51-9201234": a later group of a phone number or code
    if last == "-" and RE_MODEL_CODE_BEFORE.search(before):
        return True  # "an Airbus A350-900", "the F-35A-2": a model's variant, part of its name
    if last == " " and before[-2:-1].isdigit() and RE_PHONE_GROUPS_BEFORE.search(before):
        return True  # "0300 123 1000": a later group of a phone number
    if (
        last == " "
        and before[-2:-1] in ")0123456789"
        and RE_BRACKET_PREFIX_BEFORE.search(before)
        and (before[-2] != ")" or end - start >= 6 or RE_GROUP_AFTER.match(body, end))
    ):
        # "(+44 20) 7946 0000": a group after a phone number's bracketed prefix (the first one
        # with another group after it or long: "(+3) 40 seats" is a change and a count)
        return True
    if (
        last == " "
        and before[-2:-1].isdigit()
        and RE_SHORT_TRUNK_BEFORE.search(before)
        and RE_GROUP_AFTER.match(body, end)
    ):
        return True  # "02 8173 404": the group after a phone number's short trunk group
    if end - start == 1 and body[start] == "0" and RE_TWO_GROUPS_AFTER.match(body, end):
        return True  # "0 800 12 345": a lone trunk "0" before two groups
    if (
        last == " "
        and before[-2:-1].isalpha()
        and (word in VERSION_NAME_WORDS or before.endswith(("Glass ", "Victus ", "Wi-Fi ")))
        and RE_VERSION_NAME_BEFORE.search(before)
    ):
        return True  # "Bluetooth 5.3", "iOS 18.1", "HDMI 2.1 ports": a standard's or a system's version
    if (
        last == " "
        and body.find(".", start, end) > 0
        and before[-2:-1].isalpha()
        and RE_RELEASE_AFTER.match(body, end, end + 16)
        and RE_PRODUCT_BEFORE.search(before)
    ):
        return True  # "the Vela 3.1 update", "its Nimbus 17.3 patch": a named release's version
    if last == " " and body.find(".", start, end) > 0 and _release_version(body, before, start, end):
        return True  # "Update 2.4 fixes the bug", "firmware 3.2.1": a release's version after its noun
    if last == "*" and (after[:1] in ("#", "*") or RE_STAR_CODE_BEFORE.search(before)):
        return True  # "*151#", "*120*3#", "on *462": a mobile network's or a utility's service code
    if last == "(" and RE_VANITY_BEFORE.search(before):
        return True  # "555-HELP (4357)": a vanity number in digits
    spaced = after[:1] == " " and after[1:2].isdigit() or last == " " and before[-2:-1].isdigit()
    if spaced and end - start <= 8 and three_spaced_groups(body, start, end):
        return True  # "report it on 1300 555 019": a phone number's groups
    if _spaced_phone_group(body, before, start, end):
        return True  # "call 800 7315": the groups of a phone number
    if spaced and end - start <= 4 and paired_digit_groups(body, start, end):
        return True  # "(13 43 25 84)": a phone number's groups, a later one of two digits
    if end - start == 3 and after[:1] == " " and RE_SERVICE_NUMBER.match(body, start):
        return True  # "the city's 311 app": a service line's number
    if (
        end - start == 3
        and after.startswith(" call")
        and RE_EMERGENCY_DIGITS.fullmatch(body, start, end)
        and (calls := RE_EMERGENCY_CALLS_AFTER.match(body, end))
        and (
            calls.group("one") or RE_CALLS_COUNT_BEFORE.search(body, max(0, start - CALLS_COUNT_REACH), start)
        )
    ):
        return True  # "3,200 999 calls", "a 911 call": an emergency line's number
    if (
        end - start == 3
        and RE_CALLS_TO_BEFORE.search(before[-10:])
        and RE_EMERGENCY_NUMBER.match(body, start)
    ):
        return True  # "calls to 999 doubled": an emergency number called
    if end - start in (4, 5) and last in " -–" and point_clock_time(body, before, start, end):
        return True  # "normally at 21.55": a clock time
    if end - start <= 5 and last in " -–" and is_clock_hour(body, start, end):
        return True  # "doors at 7", "open 8 to 6", "at 9 sharp": a time of day
    if last == "(" and RE_AREA_CODE_AFTER.match(body, end):
        return True  # "(716) 555-0142": the area code of a phone number
    if before.endswith(DOI_BEFORE):
        return True  # "DOI: 10.1016/j.x.2025.104417": a document identifier
    if (
        last == " "
        and ("line" in (window := body[max(0, start - HOTLINE_REACH) : start]) or "number" in window)
        and RE_HOTLINE_BEFORE.search(window)  # (the cheap test first)
        and not after.startswith(PERCENT_AFTER)  # "calls to the hotline, 15% more": a change
    ):
        return True  # "the hotline, 1471,", "the hotline for tenants, 1471,": a phone line's number
    if (
        last == " "
        and any(word in before for word in GREEN_LINE_WORDS)  # (the cheap test first)
        and (not after[1:2].isalpha() or after.startswith(" or ") or before[-2:-1].isdigit())
        and RE_GREEN_LINE_BEFORE.search(before)
    ):
        return True  # "call the green line 13 13": a free line's number
    if (
        last == " "
        and before[-5:-1].lower() in DIAL_TAILS
        and RE_DIAL_BEFORE.search(before)
        and (RE_NO_NOUN_AFTER.match(body, end) or RE_VANITY_WORD_AFTER.match(body, end))
    ):
        return True  # "call 311 to report it": a number to dial
    if (
        before.endswith((" on ", " at "))
        and end - start >= 3
        and body[start:end].isdigit()
        and RE_DIAL_WHOM_ON_BEFORE.search(body, max(0, start - DIAL_ON_REACH), start)
        and RE_NO_NOUN_AFTER.match(body, end)
    ):
        return True  # "call the agency on 41275.": a short line's number to dial
    if (
        last == " "
        and end - start >= 3
        and body[start:end].isdigit()
        and (
            before.endswith(" to ")
            and RE_TEXT_KEYWORD_BEFORE.search(body, max(0, start - TEXT_KEYWORD_REACH), start)
            or before.endswith(" on ")
            and RE_LINE_ON_BEFORE.search(before)
        )
        and RE_NO_NOUN_AFTER.match(body, end)
    ):
        return True  # "text HELP to 85258", "the forecast line is on 27100": a short line's number
    if (
        last == " "
        and end - start >= 3
        and body[start:end].isdigit()
        and (
            before.endswith((" on ", " at "))
            and RE_TOLL_FREE_ON_BEFORE.search(before)
            or end - start >= 4
            and before.endswith(" to ")
            and RE_SMS_TO_BEFORE.search(before)
        )
        and RE_NO_NOUN_AFTER.match(body, end)
    ):
        return True  # "toll-free on 1199", "an SMS to 55444": a short line's number
    if (
        last == " "
        and end - start >= 4
        and before.endswith(" to ")
        and body[start:end].isdigit()
        and RE_SENT_CODE_TO_BEFORE.search(body, max(0, start - SENT_CODE_REACH), start)
        and RE_NO_NOUN_AFTER.match(body, end)
    ):
        return True  # "sending their reference number to 4455", "send the code EXAM to 6060": a short code
    if (
        last == " "
        and 3 <= end - start <= 5
        and before.endswith("line ")
        and body[start:end].isdigit()
        and RE_OWNED_LINE_BEFORE.search(before)
        and not RE_OWNED_LINE_PLURAL_AFTER.match(body, end)
        and not after.startswith(PERCENT_AFTER)
    ):
        return True  # "call the ministry's line 5050 between 8 a.m.": a line's number
    if (
        last == " "
        and 3 <= end - start <= 5
        and before.endswith(("the ", "The ", "a ", "its ", "their "))
        and RE_EMERGENCY_LINE_AFTER.match(body, end)
    ):
        return True  # "the 101 non-emergency number": an emergency or non-emergency line's number
    if (
        before.endswith((" at ", " on "))
        and (line := RE_LINE_AFTER_PHONE.search(body, max(0, start - PHONE_REACH), start))
        and (line.group("name") or RE_NO_NOUN_AFTER.match(body, end))
    ):
        return True  # "at 555-210-8127 or Parks Line at 311", "on 061 290 2000 and the ambulance on 211 111"
    first = after[:1]
    if after.startswith(" or ") and RE_PHONE_AFTER_OR.match(body, end):
        return True  # "at 311 or (716) 555-0142": another line to call
    if (
        first
        and first in NAME_CODE_CLOCK_FIRST
        and (
            first != " "
            or after[1:2] in NAME_CODE_CLOCK_AFTER_SPACE
            or after.startswith((" to ", " and ", " until ", " till "))
            and RE_SPAN_DIGIT_AFTER.match(after) is not None  # "from 9 to 11 p.m.", "between 7 and 9 a.m."
        )
        and (found := RE_NAME_CODE_CLOCK_AFTER.match(after))
        and not (found.group(0).lstrip().startswith("hrs") and not _clock_digits(body, start, end))
        and not _round_range(body[start:end], after)
    ):
        return True
    if after.startswith(" hours") and _clock_hours(body, before, start, end):
        return True  # "the raid began at 1545 hours": a clock time, as military and police copy writes it
    if last.isspace() and _named_by_word_before(body, before, word, start, end):
        return True
    if (
        last == " "
        and end - start <= 4
        and (
            body[end : end + 1] in "(,"
            or before.endswith(PROVISION_LIST_TAILS)
            or after.startswith(PROVISION_LIST_TAILS[1:])
        )
        and cited_provision(body, start, end)
    ):
        return True  # "Sections 115(2) and 351(3) of the Penal Code": the provisions cited
    if (
        last == " "
        and end - start <= 4
        and before[-2:-1].isalnum()
        and airline_flight_number(body, start, end)
    ):
        return True  # "BA 2490 was diverted", "passengers on EK 601": a flight's name
    if last == " " and body[start:end] in AIRLINER_MODEL_NUMBERS and airliner_model(body, start, end):
        return True  # "Boeing showed a 787 on display": an airliner's model, a name
    if (
        last == " "
        and end - start <= 3
        and before.endswith(" level ")
        and body.startswith(" of ", end)
        and RE_FLOOR_OF_BUILDING_AFTER.match(body, end)
    ):
        return True  # "moved to level 3 of the car park": a floor, a numbered position
    if last == " " and _place_name_number(body, before, start, end):
        return True
    if (
        last == " "
        and (before[-2:-1].isalpha() or before[-2:-1] == ".")
        and street_house_number(body, before, word, start, end)
    ):
        return True  # "the town hall, Kirchgasse 7,": a house number after the street's name
    if last == " " and end - start <= 2 and street_date_name(body, start, end):
        return True  # "a house on Rue du 11 Novembre", "Avenida 9 de Julio": a street named for a date
    if last == " " and before[-2:-1] == "," and postcode(body, before, start, end):
        return True  # "Kirchgasse 7, 6020 Innsbruck": a postcode
    if first == " " and after.startswith(" level") and RE_NUMBERED_LEVEL.match(body, start - 3, end + 8):
        return True  # "collapsed on 21 level": a mine's numbered level, a position (rules, table 8)
    if (
        first == " "
        and after[1:2] in MODEL_WORD_FIRSTS
        and (model := RE_MODEL_WORD_AFTER.match(body, end, end + 16))
        and model.group(1) in MODEL_WORDS
        and not before.endswith(("Min ", "min ", "MIN "))  # "Min 19 Max 27": a forecast's two readings
    ):
        return True  # "two new 737 Max jets", "its 787 Dreamliner", "the 11 Pro Max": a model's name
    if first in "pi" and body[start:end] in VIDEO_LINE_COUNTS and RE_SCAN_LINES_END.match(body, end):
        return True  # "its 1080p tier", "streams in 720p": a video format's lines, not pence
    if (
        first.isupper()
        and end - start >= 3
        and body[start:end].isdigit()
        and RE_CHIP_CODE_END.match(body, end)
        and RE_CHIP_SERIES_BEFORE.search(before)
    ):
        return True  # "the Core i9 14900K", "Core Ultra 9 285K": a processor's model code
    if (
        last == " "
        and end - start <= 2
        and first.isspace()
        and RE_CHIP_CODE_AFTER.match(body, end)
        and RE_CAPITALISED_BEFORE.search(before)
    ):
        return True  # "Core Ultra 9 285K": the number of the series the model code is of
    if (
        first in "Kk"
        and end - start <= 2
        and (not last or last in " (\"'“")
        and RE_RESOLUTION_AFTER.match(body, end, end + 24)
    ):
        return True  # "8K video", "a 4K TV": a resolution's name
    if (
        first == "K"
        and end - start == 1
        and before.endswith((" in ", " to "))
        and RE_RESOLUTION_END.match(body, end)
        and RE_RESOLUTION_CUE_BEFORE.search(body, max(0, start - RESOLUTION_CUE_REACH), start)
    ):
        return True  # "renders games in 4K", "upscales games to 4K using": the format shown in
    if first in "-‑" and RE_CLUB_AFTER.match(after):
        return True  # "a 3-iron", "his 5-wood": a golf club's name
    if (first == " " and after[1:3] == "to" or last == " " and before[-3:-1] == "to") and _odds(
        body, start, end
    ):
        return True  # "odds of 14 to 1": a ratio (rules, table 8)
    if first == " " and after.startswith(" block of ") and RE_HUNDRED_BLOCK.match(body, start, end + 12):
        return True  # "the 300 block of Orchard Lane": an address in US police copy, no count
    if (
        last == " "
        and before[-2:-1] == ":"
        and after[1:2].isalpha()
        and RE_ADDRESS_LABEL_BEFORE.search(body, max(0, start - 24), start)
    ):
        # "Venue: 221 Kingsway, Vancouver": a fact box's address line, a house number (its street
        # may be lowered with a headline-style line)
        return True
    if (
        end - start <= 3
        and (first == " " and after.startswith(" y ") or last == " " and before.endswith(" y "))
        and grid_corner(body, start, end)
    ):
        return True  # "the 19 y B market", "at 23 y 12": a corner of two streets
    if end - start <= 2 and last == " " and first in '"”.,!?' and quoted_hour(body, before, start, end):
        return True  # 'it would start "at 6".': an hour quoted alone
    if first == "+" and end - start == 1 and RE_FLAT_LAYOUT_AFTER.match(body, end, end + 40):
        return True  # "a 2+kk flat", "3+1 apartments": a flat's layout of rooms, a name
    return first.isspace() and _address_after(body, end)


# a corner of two numbered or lettered streets joined by the Spanish "y", as Havana's grid names
# its corners and markets ("the 19 y B market", "at 23 y 12 in Vedado"): both are the streets' names
RE_GRID_CORNER = re.compile(r"(?<![\w,.-])(?:\d{1,3}|[A-Z]) y (?:\d{1,3}|[A-Z])(?![\w-]|[.,]\d)")
GRID_CORNER_REACH = 8  # characters either side of a number read for the corner around it


def grid_corner(body: str, start: int, end: int) -> bool:
    """Whether the number at start:end is either street of a grid's corner (RE_GRID_CORNER)."""
    for m in RE_GRID_CORNER.finditer(
        body, max(0, start - GRID_CORNER_REACH), min(len(body), end + GRID_CORNER_REACH)
    ):
        if m.start() <= start and end <= m.end():
            return True
    return False


# an hour quoted alone with the word that places it ('would start "at 6"', '"by 10."'): a time of day
RE_QUOTED_HOUR_BEFORE = re.compile(r"[\"“](?i:at|by|from|until|till|after|before|around)\s\Z")
RE_QUOTED_HOUR_END = re.compile(r"[.,!?]?[\"”]")


def quoted_hour(body: str, before: str, start: int, end: int) -> bool:
    """Whether a whole hour (1 to 24) is quoted alone after the word that places it."""
    return (
        body[start:end].isdigit()
        and 1 <= int(body[start:end]) <= 24
        and bool(RE_QUOTED_HOUR_END.match(body, end))
        and bool(RE_QUOTED_HOUR_BEFORE.search(before))
    )


# a flat's layout of rooms, as Czech, Slovak and Turkish listings write it: rooms plus a kitchenette
# ("a 2+kk flat") or plus a living room before a dwelling's word ("3+1 apartments", "a 4+1 villa")
RE_FLAT_LAYOUT_AFTER = re.compile(
    r"\+(?:kk|KK)(?![\w+])"
    r"|\+1(?![\w+.,])[ -](?:[\w-]+ ){0,2}(?:flats?|apartments?|units?|homes?|houses?|villas?|studios?|dwellings?|layouts?)\b"
)


# a postal box or bag before its number ("P.O. Box 30099", "PO Box 7731", "Private Bag X12")
RE_POSTAL_BOX_BEFORE = re.compile(
    r"\b(?:P\.?\s?O\.?|Post\s+Office|Private|Postal)\s+(?:Box|Bag)\s\Z", re.IGNORECASE
)
# a fact box's line labelled with a telephone line, then the number's groups so far ("Tel: 020
# 7946 0321", "Helpline: 999", "Fax: +27 11 555 0199", "Emergency line: 112"): no figure
# (... and another line after a slash: "Tel: 443-2-560912 / 560913")
RE_PHONE_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–•*·][ \t]+)?(?:(?:[A-Z][a-z]*[ \t]+)?(?:Tel|Telephone|Phone|Fax|Helpline|Hotline"
    r"|WhatsApp|Freephone)|(?:Emergency|Contact|Phone|Tip|Crisis|Support)[ \t]+(?:line|number))"
    r"\.?(?:[ \t]+\([^()\n]{1,20}\))?:[ \t]*(?:\+?[\d() /-]*[ \t/-])?\Z",
    re.IGNORECASE,
)
# another line after a slash and a phone number of three hyphenated groups ("443-2-560912 / 560913")
RE_PHONE_SLASH_BEFORE = re.compile(r"(?<![\w.,-])\d{1,4}[-‑]\d{1,4}[-‑]\d{4,} ?/ \Z")
# a fact box's label of a place opening its line, right before a house number and a street's name
RE_ADDRESS_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Address|Venue|Office|Offices|Showroom):\s\Z")

ODDS_REACH = 60  # characters before a pair of odds read for the word "odds" (bounded: linear time)
# the pair of numbers of betting odds or a chance, "N to M", the number read at its start or end
# (only a stop or a small word after the pair: "to 60 per cent" and "to 30 riders" are no odds)
ODDS_TAIL = r"(?=[,.;:)!?]|\Z|\s(?:against|on|for|in|and|or|that|with|each|a|an|the)\b)"
RE_ODDS_HIGH_AFTER = re.compile(rf" to \d[\d,]*(?<!,){ODDS_TAIL}")
RE_ODDS_LOW_BEFORE = re.compile(r"(?<![\d,.])\d[\d,]* to \Z")
RE_ODDS_TAIL = re.compile(ODDS_TAIL)
RE_ODDS_WORD = re.compile(r"\b[Oo]dds\b[^.;!?]*\Z")
# ... or between "a" and a betting noun, the word "odds" unwritten ("a 5 to 2 favourite", "a 33 to
# 1 shot"; vocab.BETTING_NOUNS); "rose from 5 to 7 shots" counts shots
BET_NOUN = rf"\s(?:{'|'.join(BETTING_NOUNS)})\b(?!-)"  # not "a 2 to 4 pop-up"
RE_BET_PAIR_AFTER = re.compile(rf" to \d[\d,]*(?<!,){BET_NOUN}")
RE_BET_NOUN = re.compile(BET_NOUN)
RE_BET_LOW_BEFORE = re.compile(r"\b[Aa]n? \d[\d,]* to \Z")
# ... or before the word "odds" itself ("at 10 to 1 odds", "10-to-1 odds")
RE_ODDS_PAIR_AFTER = re.compile(r" to \d[\d,]*(?<!,) odds\b(?!-)")
RE_ODDS_NOUN_AFTER = re.compile(r" odds\b(?!-)")


def _odds(body: str, start: int, end: int) -> bool:
    """Whether a number is one of a pair of odds, "N to M", after the word "odds" in its sentence
    ("the odds are 36,500 to 1 against", "at odds of 7 to 2"): a ratio, no quantity (rules, table
    8); "rose from 5 to 7" and "odds of winning rose to 20%" keep their numbers."""
    if (RE_BET_PAIR_AFTER.match(body, end) and body.endswith(("a ", "A ", "an ", "An "), 0, start)) or (
        RE_BET_NOUN.match(body, end) and RE_BET_LOW_BEFORE.search(body, max(0, start - 20), start)
    ):
        return True  # "a 5 to 2 favourite": the odds a bookmaker offers
    if RE_ODDS_PAIR_AFTER.match(body, end) or (
        RE_ODDS_NOUN_AFTER.match(body, end) and RE_ODDS_LOW_BEFORE.search(body, max(0, start - 20), start)
    ):
        return True  # "at 10 to 1 odds"
    if RE_ODDS_HIGH_AFTER.match(body, end):
        anchor = start
    elif (
        low := RE_ODDS_LOW_BEFORE.search(body, max(0, start - 20), start)
    ) is not None and RE_ODDS_TAIL.match(body, end):
        anchor = low.start()
    else:
        return False
    return RE_ODDS_WORD.search(body, max(0, anchor - ODDS_REACH), anchor) is not None


# A video format named by its lines and its scan, progressive or interlaced ("1080p", "720p",
# "1080i", "1440p60"): the standard line counts, as no price in pence is written with them
VIDEO_LINE_COUNTS = frozenset({"480", "576", "720", "1080", "1440", "2160", "4320"})
RE_SCAN_LINES_END = re.compile(r"[pi](?![A-Za-z])(?!\s+(?:a|an|per|each)\b)")


# A processor's model code, digits and capitals ("14900K", "285K", "9800X3D"), after its series'
# code or a series' number after a capitalised word ("Core i9 14900K", "Core Ultra 9 285K"): a
# name (rules, table 8); "285K fans" with no series before keeps its number, and so does a unit
# glued in capitals ("the Hornsea 2 1,300MW farm")
CHIP_SUFFIX = r"(?:K[FS]?|X(?:T|3D)?|H[XSK]?|U|G)(?![\w.,-])"  # Intel's and AMD's ("14900KF", "7800X3D")
RE_CHIP_CODE_END = re.compile(CHIP_SUFFIX)
RE_CHIP_SERIES_BEFORE = re.compile(r"(?:(?<![\w-])[a-z]\d{1,2}|[A-Z][A-Za-z]+\s\d{1,2})\s\Z")
RE_CHIP_CODE_AFTER = re.compile(r"\s\d{3,5}" + CHIP_SUFFIX)


# A screen's or a video's resolution named by its width in thousands of pixels ("a 4K television",
# "shoots 8K at 30 frames per second", "8K-capable"): a format's name, like "5G" (rules, table 8),
# only after a space or a bracket (so "$8K at" stays money) and before a word of screens and video;
# "a 10K race", "4K staff" and "8K at the gate" keep their numbers
RE_RESOLUTION_AFTER = re.compile(
    r"[Kk](?:[-‑](?:capable|ready|resolution)\b|\s+(?:(?i:UHD|HDR\d*|OLED|QLED|Ultra\s+HD)\b|(?:video|videos"
    r"|TV|TVs|television|televisions|screen|screens|display|displays|resolution|monitor|monitors|footage"
    r"|recording|recordings|projector|projectors|streaming|content|camera|cameras|panel|panels"
    # ... or a plan, a tier or a mode of a streaming service or a console ("its 4K plan", "8K playback")
    r"|plan|plans|tier|tiers|package|packages|subscription|subscriptions|playback|output|mode|gaming"
    r"|graphics|upscaling|streams?)\b"
    r"|at\s+\d))"
)
# ... or the format a screen or a game is shown in, after "in" or "to" and before the clause's end
# or a joining word ("renders games in 4K", "upscales games to 4K using"), with a word of video or
# games before it: "grew to 4K." of members keeps its number
RE_RESOLUTION_END = re.compile(
    r"K(?=\s*(?:[.,;:!?)]|\Z)|\s+(?:and|but|or|using|with|via|on|at|while|when)\b)"
)
RE_RESOLUTION_CUE_BEFORE = re.compile(
    r"(?i:\b(?:games?|gaming|video|videos|films?|movies?|footage|render|renders|rendered|rendering|upscales?"
    r"|upscaled|upscaling|stream|streams|streamed|streaming|shoots?|shot|records?|recorded|recording"
    r"|plays?|played|playback|displays?|screens?|TVs?|consoles?|resolution|output|outputs)\b)"
)
RESOLUTION_CUE_REACH = 60  # characters before "in 4K" read for a word of video or games


# A bed of the darts board a dart lands in or a player aims at ("missed three darts at double 16",
# "a treble 20", "into the single 12"): a numbered place (rules, table 8), in copy about darts
RE_DARTS_BED_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]ouble|[Tt]reble|[Tt]riple|[Ss]ingle) \Z")
# the last letters of the words the patterns above end in (cheap tests before the patterns)
DARTS_BED_TAILS = ("ouble ", "reble ", "riple ", "ingle ")
MILE_MARKER_TAILS = ("arker ", "post ", "Post ")
US_ROUTE_TAILS = ("U.S. ", "US ", "Route ", "Highway ", "Hwy ", "Hwy. ")
DARTS_REACH = 300  # characters either side of a bed's number read for "dart" (bounded: linear time)
# A US highway or a mile marker on it, named by its number ("U.S. 40 was closed", "near mile
# marker 243", "milepost 112"): a name (rules, table 8: "Route 66"); only before a verb, a
# direction, a preposition or a stop, as "U.S." before a number may also open an amount
RE_US_ROUTE_BEFORE = re.compile(r"(?<![\w.])(?:U\.S\.|US)(?: (?:Route|Highway|Hwy\.?))? \Z")
RE_ROUTE_TAIL = re.compile(
    r"(?:[,.;:)]|\s(?:was|is|were|are|has|had|remains?|remained|reopened|closed|between|near|at|in|and"
    r"|from|to|through|over|east|west|north|south|eastbound|westbound|northbound|southbound)\b)"
)
RE_MILE_MARKER_BEFORE = re.compile(r"(?<![\w-])(?:[Mm]ile (?:[Mm]arker|[Pp]ost)|[Mm]ilepost) \Z")
# ... and a road's kilometre marker after a preposition of place ("the crash near km 45", "at
# kilometre 112 of the N1"): a name as a mile marker is; "km 45" read elsewhere is no figure either
KM_MARKER_TAILS = ("km ", "Km ", "KM ", "kilometre ", "kilometer ", "Kilometre ", "Kilometer ")
RE_KM_MARKER_BEFORE = re.compile(
    r"(?<![\w-])(?i:at|near|past|beyond|before|after|around|from|to)\s+(?:(?i:km|kilomet(?:re|er))) \Z"
)
# A British National Grid reference: the two letters of a 100-km square, then the easting and the
# northing in groups of equal length ("grid reference SJ 492 124", "at NY 2154 0721")
# ("grid ref NY 2154 0721"), named as one: "TV 300 000 viewers" counts viewers
RE_GRID_SQUARE_BEFORE = re.compile(r"(?i:\bgrid\s+(?:reference|ref\.?)|\bOS\s+grid)[\s:,]+[HNOST][A-HJ-Z] \Z")
GRID_REACH = 32  # characters before the grid square read for the words that name a reference


# A house number written after the street's name, as continental European, Latin American and
# Southeast Asian desks write an address ("the town hall, Kirchgasse 7,", "Rua Augusta 120 in
# Lisbon", "Jalan Thamrin 9"): the street's name ends in a street's ending (vocab), or a street's
# word opens it up to five words before or closes it right before; only before a stop, a clause
# mark, a postcode, a preposition, a verb or a word in the singular ("Kirchgasse 7 reopens",
# "Kirchgasse 7 start") or a verb taking its object ("Kirchgasse 7 holds 90 cars"), as "Kirchgasse
# 7 stalls" and "Kirchgasse 4 people" count; a year is no house number ("on
# the Ringstrasse 2025 saw")
# (the small words a street's name may hold between its capitalised ones: "Rue de la Paix")
STREET_NAME_PARTICLES = frozenset(
    "da das de del dei della des di do dos du e i la las le les los van von der den y".split()
)
RE_HOUSE_NUMBER = re.compile(r"\d{1,4}(?:[a-zA-Z]|/\d{1,3})?")
RE_HOUSE_NUMBER_TAIL = re.compile(
    r"(?:[,.;:)]|\s*\Z|\s+(?:in|on|at|and|or|near|from|to|until|with|is|are|was|were|will|has|have|houses?"
    r"|hosts?|employs?|opens?|closes?|reopens?|remains?|stands?|lies|\d{4,5}\s[A-Z]|[A-Z])(?!\w*-)"
    r"|\s+[a-z]{3,}s\s+(?:\d|(?:the|a|an|its|their|about|some|up|more)\b)"
    r"|\s+(?!(?:million|billion|trillion|thousand|hundred|percent|per)\b)(?P<word>[a-z]{4,})(?<!s)\b(?!-))"
)
STREET_REACH = 60  # characters before a house number read for a street's opening word
# ... or a one-word street's name of any ending, after a word that gives an address ("at", "the head
# office,", "address:"), the house number then a comma and the town's capitalised name closing the
# clause ("at the head office, Brekkutún 5, Klaksvík.", "at Kongensgade 4, Odense, from May");
# a score's or a table's "Arsenal 3, Chelsea 1" has a number after the second name
RE_ADDRESS_LEAD_BEFORE = re.compile(
    r"(?:(?i:office|offices|address|premises|headquarters|secretariat|showroom)[,:]?|\bat)"
    r" [A-ZÀ-ÖØ-Þ][\w'’-]+ \Z"
)
RE_ADDRESS_TOWN_AFTER = re.compile(
    r", [A-ZÀ-ÖØ-Þ][\w'’-]*[^\W\d_](?:[.;)]|\s*\Z|, (?:by|from|on|in|until|and|or)\b)"
)
RE_YEAR = re.compile(YEAR)


def street_house_number(body: str, before: str, word: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a house number after a street's name (see above);
    `word` is previous_word(before)."""
    if not word or word[0].islower() and word not in STREET_WORDS_CLOSING_NAME:
        return False  # (the cheap test first: most numbers follow a word in lower case)
    tail = RE_HOUSE_NUMBER_TAIL.match(body, end)
    if tail is None or not RE_HOUSE_NUMBER.fullmatch(body, start, end):
        return False
    if tail.group("word") and (
        tail.group("word") in PEOPLE_NOUNS or tail.group("word") in IRREGULAR_SINGULARS
    ):
        return False  # "at Kirchgasse 4 people were hurt": a count of people, whose plural has no "s"
    if end - start == 4 and RE_YEAR.fullmatch(body, start, end):
        return False
    if word in STREET_WORDS_CLOSING_NAME or word.lower().endswith(STREET_NAME_ENDINGS):
        return True
    if RE_ADDRESS_TOWN_AFTER.match(body, end) and RE_ADDRESS_LEAD_BEFORE.search(
        body, max(0, start - STREET_REACH), start
    ):
        return True  # "the head office, Brekkutún 5, Klaksvík.": an address, its town after it
    # a street's opening word, then up to five words of its name, capitalised or small ones
    words = body[max(0, start - STREET_REACH) : start].split()[-6:]
    for at in range(len(words) - 1, 0, -1):
        if words[at - 1] in STREET_WORDS_OPENING_NAME:
            return True
        name_word = words[at - 1]
        if not (name_word[0].isupper() or name_word in STREET_NAME_PARTICLES):
            return False
    return False


# A postcode before its town in an address: five digits ("the head office, 75008 Paris.") or four
# right after a house number ("Kirchgasse 7, 6020 Innsbruck", "Laan 3, 2514 AB Den Haag", with a
# Dutch postcode's two letters), after a comma and before the town's
# name and a stop or a clause mark; "2,000 Parisians" has its comma, and four digits after another
# clause ("In May, 2000 Parisians") count
RE_POSTCODE_AFTER = re.compile(
    r"(?: [A-Z]{2})? [A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?(?:[,.;:)]|\s*\Z)"
)
RE_HOUSE_NUMBER_BEFORE = re.compile(r"[A-Za-zÀ-ÿ.]\s\d{1,4}[a-zA-Z]?,\s\Z")


# A street or a square named for a date, as French, Spanish, Portuguese and Italian places are
# ("Rue du 11 Novembre", "Avenida 9 de Julio", "Calle 5 de Mayo", "Plaza 25 de Mayo", "Boulevard du
# 30 Juin"): the street's opening word, "du" or "de" perhaps, the day, then the month in that
# language (vocab.STREET_DATE_MONTHS), capitalised: the day is the name's, no figure
RE_STREET_DATE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{alternation(STREET_DATE_OPENING_WORDS)})\s+(?:(?:du|de|del|do|da)\s+)?\Z"
)
RE_STREET_DATE_AFTER = re.compile(rf"\s+(?:de\s+)?(?:{alternation(STREET_DATE_MONTHS)})(?!\w)")
STREET_DATE_REACH = 24  # characters before the day read for the street's opening word


def street_date_name(body: str, start: int, end: int) -> bool:
    """Whether the day at start:end is part of a street's name that is a date (see above)."""
    return bool(RE_STREET_DATE_AFTER.match(body, end)) and bool(
        RE_STREET_DATE_BEFORE.search(body, max(0, start - STREET_DATE_REACH), start)
    )


def postcode(body: str, before: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a postcode before its town's name (see above)."""
    if not before.endswith(", ") or not body[start:end].isdigit() or not RE_POSTCODE_AFTER.match(body, end):
        return False
    return end - start == 5 or end - start == 4 and RE_HOUSE_NUMBER_BEFORE.search(before) is not None


def _place_name_number(body: str, before: str, start: int, end: int) -> bool:
    """Whether a number after a space names a place: a bed of the darts board, a US highway, a mile
    or kilometre marker, or a part of a grid reference (see above)."""
    digits = body[start:end]
    if before.endswith(DARTS_BED_TAILS) and RE_DARTS_BED_BEFORE.search(before):
        return (
            digits.isdigit()
            and (1 <= int(digits) <= 20 or digits == "25")
            and "dart" in body[max(0, start - DARTS_REACH) : end + DARTS_REACH].lower()
        )
    if before.endswith(MILE_MARKER_TAILS) and RE_MILE_MARKER_BEFORE.search(before):
        return True
    if before.endswith(KM_MARKER_TAILS) and RE_KM_MARKER_BEFORE.search(before):
        return digits.isdigit() and bool(RE_SLOT_NUMBER_END.match(body, end))
    if before.endswith(US_ROUTE_TAILS) and RE_US_ROUTE_BEFORE.search(before):
        return digits.isdigit() and len(digits) <= 3 and bool(RE_ROUTE_TAIL.match(body, end))
    lo = max(0, start - 2 * GRID_REACH)
    if not 3 <= len(digits) <= 11 or (body.find("rid", lo, start) < 0 and body.find("RID", lo, start) < 0):
        return False  # no "grid" close before: no grid reference (the cheap test first)
    easting, _, northing = digits.partition(" ")
    if northing:  # read as one number grouped by a space ("SJ 492 124"): both groups at once
        return (
            easting.isdigit()
            and northing.isdigit()
            and len(easting) == len(northing)
            and RE_GRID_SQUARE_BEFORE.search(body, max(0, start - GRID_REACH), start) is not None
        )
    if not digits.isdigit() or not 3 <= len(digits) <= 5:
        return False
    if RE_GRID_SQUARE_BEFORE.search(
        body, max(0, start - GRID_REACH), start
    ):  # the easting, then the northing
        return (
            re.match(rf" \d{{{len(digits)}}}(?![\w,.]\d|\w)", body[end : end + len(digits) + 2]) is not None
        )
    square = RE_GRID_SQUARE_BEFORE.search(
        body, max(0, start - len(digits) - 1 - GRID_REACH), start - len(digits) - 1
    )
    return (
        square is not None
        and body[square.end() : start - 1].isdigit()
        and len(body[square.end() : start - 1]) == len(digits)
    )


def _not_a_year(group: str) -> bool:
    """Whether a group of digits cannot read as a year (1800 to 2199)."""
    return len(group) != 4 or not 1800 <= int(group) <= 2199


# A phone number in three groups written apart by spaces, the first of four digits ("1300 555
# 019", an Irish or Australian freephone line; "0161 496 0123"): thousands grouped by spaces
# lead with at most three digits ("1 300 555"), so a four-digit group before two more is no amount
# (also with a middle group of two, "1890 22 4636", which no grouping of thousands has)
RE_THREE_SPACED_GROUPS = re.compile(r"(?<![\w,.\-‑])\d{4} \d{2,3} \d{3,4}(?![\w\-‑]|[,.]\d)")
THREE_GROUPS_REACH = 9  # characters before a group read for the first group of its number
# ... but a first group that reads as a year after a word placing a year, before thousands grouped
# by a space, is that year and a count after it, as local desks write a year opening a clause
# without a comma ("In 2019 12 200 homes", "By 2030 250 000 young people"; "call 2019 555 019",
# "on 1300 555 019" and a last group of four digits stay phone numbers)
RE_YEAR_PLACED_BEFORE = re.compile(
    r"(?<![\w-])(?i:in|by|since|until|till|from|before|after|during|through)\s\Z"
)


# the standards and operating systems technology copy names with a version number after them
# ("Bluetooth 5.3", "Wi-Fi 7", "USB 3.2 ports", "iOS 18.1", "Android 16"), and the benchmarks
# reviews run in their versions (vocab.BENCHMARK_NAMES: "Geekbench 6", "PCMark 10"): the number is the
# version's name, never a count or an amount; the one-word names are also a cheap test of the word
# before a number, ahead of the pattern
VERSION_NAME_WORDS = frozenset(
    """Bluetooth USB HDMI WiFi iOS iPadOS macOS watchOS Android PCIe DisplayPort Thunderbolt Qi LPDDR
    DDR UFS""".split()
) | frozenset(BENCHMARK_NAMES)
RE_VERSION_NAME_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(VERSION_NAME_WORDS))}|Wi-Fi|Gorilla\s+Glass(?:\s+Victus)?)\s\Z"
)


# a software or game release named by its product and its dotted version ("the Vela 3.1 update",
# "a Nimbus 17.3 patch"): a capitalised word right before the number and a release noun right after
# ("grew 3.1 percent" has no release noun, "Team 2.4 kills" no capitalised product before a release)
RE_RELEASE_AFTER = re.compile(r"\s(?:patch|patches|update|updates|release|build|firmware|version)\b")
RE_PRODUCT_BEFORE = re.compile(r"(?<![\w.-])[A-Z][\w'’-]*\s\Z")
# ... and a release named by its noun, then its dotted version ("Update 2.4 fixes the bug", "patch
# 1.7", "firmware 3.2.1", "version 17.2 of the app"): the version's name, never a figure; a unit or
# a scale word after the number measures or counts ("a patch 2.5 metres wide", "update 1.5 million")
RELEASE_WORDS_BEFORE = frozenset(
    "Update Patch Version Release Build Firmware Hotfix update patch version firmware hotfix".split()
)
RE_RELEASE_VERSION = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}")


def _release_version(body: str, before: str, start: int, end: int) -> bool:
    """Whether a dotted number right after a release noun (RELEASE_WORDS_BEFORE) is the release's
    version ("Update 2.4", "patch 1.7"): no unit or scale word after it."""
    if RE_RELEASE_VERSION.fullmatch(body, start, end) is None or RE_FREQUENCY_AFTER.match(body, end) is None:
        return False
    if previous_word(before) not in RELEASE_WORDS_BEFORE:
        return False
    after = RE_WORD_AFTER.match(body, end)
    return after is None or (
        units.unit_word(after.group(1)) is None and after.group(1).lower() not in SCALE_WORDS
    )


# A phone number in three or more spaced groups with a later group of two digits ("13 43 25 84",
# "0412 55 61 20", as Australian and European numbers are grouped): thousands grouped by spaces
# have three digits in every later group ("1 450 posts", "12 400 homes"), so a later pair of
# digits is no amount's; "13 or 43 people" and "aged 13 to 43" are no run of groups
RE_PAIRED_DIGIT_GROUPS = re.compile(r"(?<![\w,.\-‑])\d{2,4}(?: \d{2,4}){2,5}(?![\w\-‑]|[,.]\d)")
PAIRED_GROUPS_REACH = 16  # characters either side of a group read for the rest of its number


def paired_digit_groups(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are a group of a phone number spaced in three or more
    groups, a later one of two digits (above)."""
    for found in RE_PAIRED_DIGIT_GROUPS.finditer(
        body, max(0, start - PAIRED_GROUPS_REACH), min(len(body), end + PAIRED_GROUPS_REACH)
    ):
        if found.start() <= start < found.end():
            return any(len(group) == 2 for group in found.group(0).split()[1:])
    return False


# A vanity number called or dialled, its digits and then a word in capitals ("call 13 HEALTH",
# "dial 1300 ROSES"): the number names the line; "call 13 NATO allies" has a noun after the word
RE_VANITY_WORD_AFTER = re.compile(r" [A-Z]{4,}(?=[.,;:)]| \(| or | to |\s*\Z)")
# A three-digit service line named by its number before the line's word ("the city's 311 app",
# "the 988 line", "a 211 helpline"): a name, as "Route 66" is (rules, table 8); "311 calls" and
# "911 people" are left to the counts
# ... also the emergency numbers other countries dial, with "emergency" before the line's word
# ("the 999 emergency line", "a 112 emergency number", "the 000 service"), or up to two other
# words saying what a line or helpline is for ("the 988 suicide crisis helpline", "the 211
# community line"; not "the 999 new service staff", whose service is no line)
EMERGENCY_NUMBERS = r"(?:[1-9]11|988|999|112|000|119)"
RE_SERVICE_NUMBER = re.compile(
    rf"(?<![\w,.$£€-]){EMERGENCY_NUMBERS}\s+(?:(?:[a-z]+(?:-[a-z]+)?\s+){{1,2}}(?=(?:help|hot)?line\b)|emergency\s+)?"
    r"(?:app|line|helpline|hotline|number|service"
    r"|system|website|portal|centre|center|operators?|dispatchers?)\b(?!\s+[a-z]{3,}s\b|[-‑])"
)  # not "the 511 service members"
# ... and one of those before the calls made to it, after a count or a word no count follows
# ("3,200 999 calls", "most 112 calls", "hoax 999 calls"), or before one call or caller ("a 911
# call", "the 999 caller"): the number names the line; "received 112 calls" and "the 112 calls"
# may count them
RE_EMERGENCY_CALLS_AFTER = re.compile(r" (?:(?P<one>call|caller)|calls|callers)\b(?![-‑])")
RE_CALLS_COUNT_BEFORE = re.compile(
    rf"(?:(?<![\w.,])\d[\d,]*|(?<![\w-])(?i:{WORD_NUMBER}|most|many|all|some|any|such|more|fewer|hoax|false"
    r"|prank|fake|nuisance|silent|genuine|abandoned|accidental|unnecessary|repeat))\s\Z"
)
CALLS_COUNT_REACH = 16  # characters before an emergency number read for its count or quantifier
RE_EMERGENCY_DIGITS = re.compile(EMERGENCY_NUMBERS)
# ... and one of those called, after "calls to" ("calls to 999 rose", "200 calls to 112 failed"): no
# noun after it ("calls to 300 homes" counts the homes)
RE_CALLS_TO_BEFORE = re.compile(r"\b[Cc]alls?\s+to\s\Z")
RE_EMERGENCY_NUMBER = re.compile(rf"{EMERGENCY_NUMBERS}(?!\s+[a-z]{{3,}}s\b)\b")
# A 24-hour clock time written with a point ("leaves at 21.55", "the 07.45 from the city"): hours
# to 23 in two digits, minutes to 59, after "at", "from", "until" or "by" or before "from" or
# "service", in a sentence of a timetable (a departure, a train, a bus, a ferry, a flight, a
# kick-off) or of an event's hours (its gates or doors, polls, a curfew, a match, a concert, the
# curtain: "doors open at 18.30"); "shares closed at 21.55" has no such word near it and keeps its
# number
# (... or "between", or the second of two such times after "to", "and" or a dash: "from 9.00 to
# 16.00", "between 7.55 and 11.30", "7.10-16.35", and an office's or a shop's opening hours are
# such a sentence too: "open from 8.00 to 15.30", "opens at 7.55", "on weekdays", "opening hours";
# "the open market" opens no hours, and "bought at 6.48" there is a price)
# (... or a rough time's word after one of those, "rises at about 19.45", "ends at around 22.15";
# or a verb that moves hours and "to", "extended to 22.00", "brought forward to 17.30"; or an
# almanac's word right before it, "sunrise 09.52, sunset 15.04", "moonrise: 19.02")
RE_POINT_CLOCK_BEFORE = re.compile(
    r"(?:\b(?:at|from|until|till|by|before|after|the|between)\s(?:(?:about|around|approximately|roughly)\s)?"
    r"|\b(?:extended|moved|brought\s+forward|pushed\s+back|put\s+back|switched|changed)\s+(?:to|until)\s"
    r"|(?i:sunrise|sunset|moonrise|moonset|first\s+light|last\s+light|lighting-up\s+time):?\s"
    r"|\d[.:][0-5]\d(?:\s(?:to|and|until)\s|\s?[-–]\s?)"
    # ... or the time it replaces, after a first one ("leaves at 22.15 instead of 23.45")
    r"|\d[.:][0-5]\d,?\s(?:instead\s+of|rather\s+than)\s)\Z"
)
RE_TIMETABLE_CUE = re.compile(
    r"(?i:departures?|depart(?:s|ing)?|arriv(?:al|als|es?|ing)|train|bus|buses|ferry|ferries|flight"
    r"|timetable|kick-off|kickoff|kicks off|tip-off|service|gates|doors|polls|polling|curfew|curtain"
    r"|match|concert|ceremony|parade|opening hours|office hours|weekdays|weekends|shifts?\b"
    r"|(?:sun|moon)(?:rise|set)(?!\s+(?:clauses?|provisions?|reviews?|dates?|periods?|rules?|years?|industr))"
    r"|\b(?:rises|sets)\s(?:in\s+the\s+[\w-]+\s+)?(?:at|about|around|shortly|just)\b"
    r"|\bopens?\s(?:from|at|between|until|till|daily|on|every|\d)"
    # ... or a closing hour a venue must keep ("bars must close by 23.30", "shops will shut at
    # 22.00"; not a market's "closed at", a price), or licensing hours
    r"|\b(?:close|shut)\s+(?:by|at|before|from)\s|licensing\s+(?:rules|laws|hours)|last\s+orders)"
)
# "the 18.30 shift", "the 06.00 pilot shift", "the 21.00 news bulletin", "the 7.30 sitting", "the
# 4.15 ceremony": a clock time naming what starts at it, after "the" (a word of its kind perhaps
# between); "the 20.00 mark", "the 12.50 fare"
# name a level or a price
RE_POINT_CLOCK_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:shifts?|news|bulletin|departure|sailing|crossing|kick-off|start|watch|sitting"
    r"|ceremony|screening|performance|matinee)\b(?!-)"
)
# a tide table's line, a clock time and then a height in metres ("high 04.12 3.9m and 16.40 4.1m",
# "at 06.33, 6.4m"), high or low water or tides named before it
RE_TIDE_HEIGHT_AFTER = re.compile(r",?\s\d{1,2}(?:\.\d{1,2})?\s?m(?!\w|\.\w)")
RE_TIDE_CUE = re.compile(r"(?i:\bhigh\b|\blow\b|\btides?\b|\btidal\b)")
# what may follow such a clock time: a clause mark, a function word or a timetable's noun
RE_POINT_CLOCK_AFTER = re.compile(
    r"(?:[,;:)]|\.(?!\d)|\s+(?:on|from|to|and|or|each|every|daily|until|in|at|the|for|will|would|is|was|has"
    r"|had|service|departure|train|bus|ferry|flight|sailing|kick-off"
    r"|instead|rather|under|during|sharp|tonight)\b|\s*\Z)"
)
TIMETABLE_REACH = 90  # characters either side of a clock time read for a timetable's word
# a bulletin's head, a date and then the clock time of its readings, ending the line ("WAITING
# TIMES, Tuesday 1 December, 9.00", "ROAD CONDITIONS, Dec. 2, 06.30"): the time of day, no figure
_MONTH = alternation(MONTHS)
RE_HEAD_DATE_BEFORE = re.compile(
    rf"(?:\b\d{{1,2}}\s+(?:{_MONTH})\.?|\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?,\s\Z"
)
RE_HEAD_CLOCK_END = re.compile(r"[ \t]*(?:\n|\Z)")
# (... and a race known by its off time at its course, as racing copy names it: "won the 2.30 at
# Kempton", "the 12.40 at Cheltenham")
RE_TRAIN_BY_HOUR_AFTER = re.compile(r"\s+(?:from|to|at)\s+[A-Z]")


def point_clock_time(body: str, before: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a 24-hour clock time written with a point (above)."""
    number = body[start:end]
    if len(number) == 4 and number[1] == "." and (number[0] + number[2:]).isdigit():
        # a train known by its hour, one digit before the point, "the 8.15 from Brighton", "the 7.52
        # to Leeds": a time (the place after it capitalised)
        if before.endswith(("the ", "The ")) and RE_TRAIN_BY_HOUR_AFTER.match(body, end):
            return True
        hour = number[0]
    elif len(number) == 5 and number[2] == "." and (number[:2] + number[3:]).isdigit():
        hour = number[:2]
    else:
        return False
    if int(hour) > 23 or int(number[-2:]) > 59:
        return False
    if before.endswith(", ") and RE_HEAD_CLOCK_END.match(body, end) and RE_HEAD_DATE_BEFORE.search(before):
        return True  # "WAITING TIMES, Tuesday 1 December, 9.00": a bulletin head's clock time
    if before.endswith(("the ", "The ")) and RE_TRAIN_BY_HOUR_AFTER.match(body, end):
        return True  # "the 12.40 at Cheltenham", "the 17.45 to Leeds": a race or a train by its time
    if len(number) == 5 and RE_TIDE_HEIGHT_AFTER.match(body, end):
        return RE_TIDE_CUE.search(body, max(0, start - TIMETABLE_REACH), start) is not None
    if before.endswith(("the ", "The ")) and RE_POINT_CLOCK_NOUN_AFTER.match(body, end):
        return True  # "the 18.30 shift": what starts at that time
    if not RE_POINT_CLOCK_BEFORE.search(before):
        return False
    if not RE_POINT_CLOCK_AFTER.match(body, end):
        return False  # "at 18.35 euros", "21.55km": a unit or a noun follows
    lo, hi = max(0, start - TIMETABLE_REACH), min(len(body), end + TIMETABLE_REACH)
    return RE_TIMETABLE_CUE.search(body, lo, hi) is not None


# "half past 7", "quarter to 10", "ten past 3": a clock's words before it make any number a time.
# A time of day in the hours news copy gives an event, a shop or a timetable: whole hours 1 to 12,
# hours and minutes ("7.20", "14.40", "14h30") or four digits ("1415"), alone or as a span ("open 8
# to 6", "from 11 until 2", "between 6 and 8"). It is a clock time (rules, table 8) when
#  - a word that places a time leads it ("at", "from", "until", "by", "between", "later than",
#    "open"; a span of hours that runs backwards, "8 to 6", "10 to 4", may follow any word), and
#  - a clock's words close it or the span: "at 9 sharp", "at 1415 local time", "10.00 WIB", "14.40
#    WITA", "from 6 until 11 at night", "between 6 and 8 in the evening", "at 11 this morning";
#  - or nothing but a clause mark or a function word follows it or the span, and the words near it
#    name a time of day's business: opening, closing, arriving, leaving or starting, doors,
#    kick-off, trains, shops, the morning or the evening ("doors at 7,", "the museum closes at 5 on
#    Sundays"), or the span, of hours and minutes, runs backwards ("from 8.35 to 3.05"), or a day
#    is named near a span that runs backwards or a time on the hour ("from 9 to 5 on Saturday",
#    "by 11.00 on Monday"; "the toll stood at 9 on Monday" is neither: a count).
# Not: a unit or a noun after it ("open 8 to 10 new stores", "from 9 to 5 percent", "rose 9 to
# 5,370", "at 11.00 euros", "7.35 metres"), a change from one level to another ("shifts rose from 6
# to 8 in the year"), an age's or a tally's words before it ("aged 9 to 11", "voted 9 to 5"), a
# market's close ("the stock closed at 5.70 on Monday", "the rouble sold at 9.48": a price; hours
# and minutes near a market's word), hours past 12 without minutes.
RE_CLOCK_SHAPE = re.compile(r"(?:1[0-2]|[1-9])(?:[.:][0-5]\d)?|(?:[01]\d|2[0-3])(?:[.:h]?[0-5]\d)")
RE_CLOCK_WORDS_AFTER = re.compile(
    r"\s+(?:sharp|local\s+time|WIB|WITA|WIT|tonight|at\s+night"
    r"|(?:in\s+the|this|that|on\s+\w+|each|every)\s+(?:morning|afternoon|evening|night)\b"
    r"(?!\s+(?!(?:on|and|at|to|when|for|with|from|before|after|until|in|the)\b)[a-z])"
    r"|the\s+(?:next|following)\s+(?:morning|afternoon|evening|night|day)\b)"
)  # not "in the evening league", where the words name a noun's kind ("by 10 the next day" is a time)
# "about" or "around" before an hour those words close, opening the sentence or after a time's verb
# ("Around 3 in the afternoon the crowd", "arrived about 7 that evening"); not after a count's
# verb ("killed about 9 in the morning, police said")
RE_CLOCK_ROUGHLY_BEFORE = re.compile(r"(?:\A|[.!?]\s+|,\s+|\n)(?i:about|around)\s\Z")
RE_CLOCK_ROUGHLY_LEAD = re.compile(r"\b(?i:about|around)\s\Z")
RE_CLOCK_WORDS_BEFORE = re.compile(
    r"\b(?:half\s+past|quarter\s+(?:past|to)|(?:five|ten|twenty|twenty-five)\s+past"
    r"|at\s+(?:five|ten|twenty|twenty-five)\s+to)\s\Z",
    re.IGNORECASE,
)
# the word that places a time before the first (or only) number
RE_CLOCK_LEAD = re.compile(
    r"\b(?:at|from|until|till|by|between|before|after|(?:later|earlier)\s+than|open|opens|reopens?)\s\Z",
    re.IGNORECASE,
)
# the ends of those words, the ends of a span's first half or a clock's words, the starts of a
# span's second half: one of them stands next to every time read here
CLOCK_LEAD_TAILS = (
    " at ",
    " from ",
    " until ",
    " till ",
    " by ",
    " between ",
    " before ",
    " after ",
    " than ",
    " open ",
    " opens ",
    " reopen ",
    " reopens ",
    " about ",
    " around ",
    " roughly ",
)
CLOCK_SPAN_TAILS = (" to ", " and ", " until ", " till ", "-", "–", "- ", "– ", " past ")
CLOCK_SPAN_HEADS = (" to ", " and ", " until ", " till ", "-", "–", " -", " –")
# the second time of a span, and what follows the span
RE_CLOCK_SPAN_AFTER = re.compile(r"\s?[-–]\s?|\s+(?:to|and|until|till)\s+(?=\d)")
# the first time of a span, before the second
RE_CLOCK_OPENER = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.:h][0-5]\d)?)(?:\s?[-–]\s?|\s+(?:to|and|until|till)\s+)\Z"
)
RE_CLOCK_END = re.compile(
    r"(?:[,;:)]|\.(?!\d)|\s+(?:on|from|to|and|or|each|every|daily|until|in|at|the|for|will|would|is|was"
    r"|are|were|with|when|but|after|before|sharp|local|tonight|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|weekdays|weeknights|weekends|most|some|nightly|this|today|tomorrow"
    r"|near|outside|inside|behind|opposite|beside|along)\b|\s*\Z)"
)  # ("open until 9 most nights", "at 7 this morning": when in the week or the day; "at 10.20 near the
# station": where)
# the words near it that name a time of day's business
RE_CLOCK_CUE = re.compile(
    r"(?i:\b(?:open(?:s|ed|ing)?|reopen(?:s|ed)?|clos(?:e|es|ing)|shuts?|starts?|started|begins?|began"
    r"|arriv(?:e|es|ed|al|ing)|leav(?:e|es|ing)|left|departs?|departed|resum(?:e|es|ed)|sets?\s+off"
    r"|doors|gates|kick-off|kicks?\s+off|trains?|bus|buses|ferry|flights?|shops?|stores?|curfew"
    r"|morning|afternoon|evening|night|lunch|daily|weekdays|weekends|timetable|service"
    r"|voting|turnout|work|works|worked|working|shifts?|meet|meets|meeting)\b)"
)  # (a working day's hours, "work from 9 to 5"; a poll's, "voting ends at 6"; a meeting's)
# a market's words: a price closes or opens at a number
RE_CLOCK_MARKET = re.compile(
    r"(?i:\b(?:shares?|stocks?|index|yields?|prices?|markets?|rates?|exchange|currency|traded|trading|sold"
    r"|bought|dollars?|euros?|pounds?|rupees?|roubles?|rand|cents?)\b)"
)
# ... and for whole hours, the words of a price alone ("shares opened at 7 on Tuesday")
RE_CLOCK_PRICE = re.compile(r"(?i:\b(?:shares?|yields?|prices?|traded|sold|bought)\b)")
# the words before a time's leading word that make the number another figure: an age, a vote or a
# score's tally, a price traded at ("aged 9 to 11", "voted 9 to 5", "won 9 to 5", "sold at 9")
# the words after a change's verb that lead the levels it runs between ("rose from 6 to 8", "cut by
# 5"); a change at a time ("the ban was lifted at 9 on Monday") is none
CHANGE_LEVEL_LEADS = frozenset(("from", "by", "between"))
CHANGE_REACH = 4  # words before such a lead read for the change's verb ("lifted its squad from 6 to 8")
CLOCK_VETO_WORDS = frozenset(
    (
        "aged",
        "ages",
        "voted",
        "won",
        "lost",
        "beat",
        "led",
        "sold",
        "bought",
        "traded",
        "fetched",
        "quoted",
        "priced",
        "valued",
    )
)
RE_CLOCK_DAY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|each day|every day|today|tomorrow)\b"
)
RE_MINUTES = re.compile(r"\d[.:h][0-5]\d")  # a time written with its minutes
# a time's words that place an hour near it or roughly ("shortly after 11 the police arrived", "just
# after 9", "at about 4 the storm reached the coast", "by around 10"): a time of day with no
# business word near it, where a clause's end follows (not "at about 10 sites", "shortly after 6
# weeks"); not after a level's verb ("the toll stood at about 9") or near a market's words ("the
# index closed at about 10"), nor two digits past 12
RE_CLOCK_NEAR_LEAD = re.compile(
    r"(?i:(?:shortly|just|soon|sometime|some\s+time|moments|minutes|a\s+little|not\s+long)\s+(?:after|before)"
    r"|(?:at|from|until|by)\s+(?:about|around|roughly))\s\Z"
)
CLOCK_NEAR_REACH = 24  # characters before the number read for those words
LEVEL_VERBS = LEVEL_AT_VERBS | frozenset(("put", "estimated"))  # "the toll was put at about 9"
# a sentence opened by "At 10," ("At 10, the meeting was adjourned"): an hour of the day where the
# clause after it reads no level ("At 12, the toll is the highest since 2019" restates a count) and
# no person by a pronoun ("At 3, the youngest, she was reading": an age); an age the ages module
# reads after it ("At 10, she left school") keeps its row
RE_OPENING_AT_HOUR_BEFORE = re.compile(r"(?:\A|[.!?\n][\"”’']?\s+|\n)At\s\Z")
RE_PERSON_CLAUSE = re.compile(r"[^.!?;\n]{0,80}?\b(?:he|she|I|his|her|him)\b")
RE_LEVEL_CLAUSE = re.compile(
    r"[^.!?;\n]{0,80}?\b(?:highest|lowest|most|least|biggest|largest|smallest|more|fewer|less|greater"
    r"|higher|lower|record|total|toll|tally|number|figure|count|rate|level|score|points?|per\s+cent"
    r"|percent)\b"
)
# ... and where the clause's verb is a proceeding's, which happens at an hour, not in a life ("At 11,
# the judge called a short recess", "At 10, he adjourned the hearing"; "At 11, she left school" is an
# age), not after a verb of being ("At 11, she was called up")
PROCEEDING_VERBS = frozenset(
    """adjourned adjourns called calls convened reconvened resumed suspended announced declared addressed
    ordered briefed halted""".split()
)
RE_EVENT_CLAUSE = re.compile(
    r"[^.!?;\n]{0,40}?(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )\b(?:"
    + "|".join(sorted(PROCEEDING_VERBS))
    + r")\b"
)
CLOCK_REACH = 60  # characters either side of a time read for its business
# hours and minutes ("7.45", "10.20") after a word that places a time, a clause's end or a place after
# them: a clock time with no business word near it ("the committee will meet at 7.45 on Monday", "at
# 10.20 near the station"); not after a level's verb ("the ratio stood at 2.30") nor near a market's
# words ("the index closed at 7.45")
MINUTES_LEADS = frozenset(("at", "by", "until", "till", "before", "after", "from"))
# a whole hour after "until" or "till" that ends its clause ("fought the blaze until 7."): a time
UNTIL_LEADS = frozenset(("until", "till"))
RE_UNTIL_HOUR_END = re.compile(
    r"[,;:)]|\.(?!\d)|\s*\Z|\s+(?:on|in|at|when|each|every|tonight|today|tomorrow|the\s+next)\b"
)


def _hour(number: str) -> int:
    """The hour of a clock-shaped number ("7.20" -> 7, "1415" -> 14, "8" -> 8)."""
    if number.isdigit():
        return int(number[:2]) if len(number) == 4 else int(number)
    return int(re.split(r"[.:h]", number, maxsplit=1)[0])


def _clock_span_end(body: str, start: int, end: int) -> tuple[int, bool]:
    """The end of the span a clock-shaped number opens ("8 to 6", "6 and 8"), or `end` itself, and
    whether the span's hours run backwards."""
    span = RE_CLOCK_SPAN_AFTER.match(body, end)
    if span is None:
        return end, False
    second = RE_CLOCK_SHAPE.match(body, span.end())
    if second is None or body[second.end() : second.end() + 1].isdigit():
        return end, False
    return second.end(), _hour(second.group(0)) < _hour(body[start:end])


def event_clause(body: str, at: int) -> bool:
    """Whether the clause from `at` has a proceeding's verb (RE_EVENT_CLAUSE): an hour's business."""
    return RE_EVENT_CLAUSE.match(body, at) is not None


def is_clock_hour(body: str, start: int, end: int, *, spans: bool = True) -> bool:
    """Whether the number at start:end is a time of day, alone or opening or closing a span of
    hours (see above); `spans` False reads it as a span's first time without looking further back
    (a chain "1 to 2 to 3" is read once per number)."""
    number = body[start:end]
    shape = RE_CLOCK_SHAPE.fullmatch(number)
    if shape is None and not (
        number.isdigit()
        and len(number) == 2
        and body[end : end + 1] == "h"
        and RE_CLOCK_SHAPE.fullmatch(body, start, end + 3)
    ):
        return False
    before = body[max(0, start - 40) : start]
    if not (
        (" " + before[-10:].lower()).endswith(CLOCK_LEAD_TAILS)
        or before.endswith(CLOCK_SPAN_TAILS)
        or body.startswith(CLOCK_SPAN_HEADS, end)
    ):
        return False  # no word that places a time, no span and no clock's word before it (the cheap test)
    opener = RE_CLOCK_OPENER.search(before) if spans else None
    if opener is not None and RE_CLOCK_SHAPE.fullmatch(opener.group(1)):
        # the second time of a span: read the span from its first number
        first_start = start - len(opener.group(0))
        return is_clock_hour(body, first_start, first_start + len(opener.group(1)), spans=False)
    if before.endswith((" past ", " to ")) and RE_CLOCK_WORDS_BEFORE.search(before):
        return True
    span_end, backwards = _clock_span_end(body, start, end)
    closed = RE_CLOCK_WORDS_AFTER.match(body, span_end) is not None
    if not closed and not RE_CLOCK_END.match(body, span_end):
        return False  # "open 8 to 10 new stores", "at 11.00 euros": a noun or a unit follows
    lo, hi = max(0, start - CLOCK_REACH), min(len(body), span_end + CLOCK_REACH)
    if (len(number) <= 2 or not number.isdigit()) and _hour(number) <= 12:
        near = RE_CLOCK_NEAR_LEAD.search(before, max(0, len(before) - CLOCK_NEAR_REACH))
        if near is not None:
            word = previous_word(before[: near.start()]).lower()
            return (
                word not in CLOCK_VETO_WORDS
                and word not in LEVEL_VERBS
                and RE_CLOCK_MARKET.search(body, lo, hi) is None
            )  # "shortly after 11 the police arrived", "at about 4 the storm"
        if (
            body.startswith(",", span_end)
            and before.endswith("At ")
            and RE_OPENING_AT_HOUR_BEFORE.search(before)
            and not RE_LEVEL_CLAUSE.match(body, span_end + 1)
            and (not RE_PERSON_CLAUSE.match(body, span_end + 1) or RE_EVENT_CLAUSE.match(body, span_end + 1))
        ):
            return True  # "At 10, the meeting was adjourned": an hour opening the sentence
    lead = RE_CLOCK_LEAD.search(before, max(0, len(before) - 20))
    if lead is None and closed and (roughly := RE_CLOCK_ROUGHLY_LEAD.search(before)):
        return bool(
            RE_CLOCK_ROUGHLY_BEFORE.search(before)
            or RE_CLOCK_CUE.fullmatch(previous_word(before[: roughly.start()]))
        )  # "Around 3 in the afternoon the crowd dispersed", "arrived about 7 that evening"
    if lead is None and not (backwards and before[-1:] == " "):
        return False  # ("killed 9 in the morning raid" has no word that places a time)
    word = previous_word(before[: lead.start()] if lead is not None else before).lower()
    levels = lead is None or lead.group(0).split()[0].lower() in CHANGE_LEVEL_LEADS
    if word in CLOCK_VETO_WORDS or (
        levels
        and any(
            w.lower().strip(",") in CHANGE_WORDS
            for w in (before[: lead.start()] if lead else before).split()[-CHANGE_REACH:]
        )
    ):
        return False  # "rose from 6 to 8", "aged 9 to 11", "voted 9 to 5", "sold at 9" (not "lifted at 9")
    if closed:
        return True
    minutes = RE_MINUTES.search(body, start, span_end) is not None
    lead_word = lead.group(0).split()[0].lower() if lead is not None else ""
    if minutes and lead_word in MINUTES_LEADS and word not in LEVEL_VERBS:
        # "meet at 7.45 on Monday", "at 10.20 near"; near a market's words, only after a proceeding's
        # verb ("trading was halted at 2.15 after the index fell")
        return word in PROCEEDING_VERBS or RE_CLOCK_MARKET.search(body, lo, hi) is None
    if lead_word in UNTIL_LEADS and span_end == end and RE_UNTIL_HOUR_END.match(body, end):
        return RE_CLOCK_PRICE.search(body, lo, hi) is None  # "fought the blaze until 7."
    if (
        RE_CLOCK_CUE.search(body, lo, hi) is None
        and not (backwards and minutes and lead is not None)
        and not ((backwards or number.endswith("00")) and RE_CLOCK_DAY.search(body, lo, hi))
    ):
        return False
    if "." in number or ":" in number:
        return RE_CLOCK_MARKET.search(body, lo, hi) is None
    # ("shares opened at 7": a price; "markets open at 9": a time)
    return RE_CLOCK_PRICE.search(body, lo, hi) is None


def three_spaced_groups(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are a group of a phone number in three spaced groups."""
    found = RE_THREE_SPACED_GROUPS.search(body, max(0, start - THREE_GROUPS_REACH), end + THREE_GROUPS_REACH)
    return (
        found is not None and found.start() <= start < found.end() and not _year_before_thousands(body, found)
    )


def _year_before_thousands(body: str, found: re.Match[str]) -> bool:
    """Whether three spaced groups are a year a word places and a number grouped by a space after
    it (see RE_YEAR_PLACED_BEFORE), not a phone number."""
    first, _, last = found.group(0).split(" ")
    return (
        len(last) == 3
        and not _not_a_year(first)
        and RE_YEAR_PLACED_BEFORE.search(body, max(0, found.start() - 8), found.start()) is not None
        and not _dialled(body, found.start())
    )


def _spaced_phone_group(body: str, before: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are one of two groups of a phone number written apart by a
    space, the later group of four digits and the first of three or four that is no year ("800
    7315", "4172 6050"), or any such first group right after a verb of calling ("call 2041 7730",
    as eight-digit lines are written); thousands grouped by spaces ("62 000") have three-digit
    groups."""
    digits = body[start:end]
    if not digits.isdigit() or not 3 <= len(digits) <= 4:
        return False
    if len(digits) == 4 and before[-1:] == " " and RE_GROUP_END.match(body, end):
        first = RE_SPACED_GROUP_BEFORE.search(before)
        if first is not None and (_not_a_year(first.group(1)) or _dialled(body, start - len(first.group(0)))):
            return True
    return (
        (_not_a_year(digits) or _dialled(body, start))
        and bool(RE_SPACED_GROUP_AFTER.match(body, end))
        and (start == 0 or not (body[start - 1].isalnum() or body[start - 1] in ",.-‑"))
    )


def dialled_spaced_groups(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end open a phone number of two spaced groups right after a verb
    of calling ("call 2041 7730"), though they read like a year."""
    return bool(RE_SPACED_GROUP_AFTER.match(body, end)) and _dialled(body, start)


def _dialled(body: str, start: int) -> bool:
    """Whether a verb of calling and one space stand right before `start` ("call ", "dial ",
    "phoning "), or such a verb, whom it calls and "on" or "at" ("call the desk on "): what follows
    is a number to dial, even when its first group reads like a year."""
    return bool(
        body[start - 1 : start] == " "
        and body[start - 2 : start - 1] in DIAL_LAST_LETTERS  # (the cheap test first)
        and RE_DIAL_BEFORE.search(body, max(0, start - DIAL_REACH), start)
        or body.endswith((" on ", " at "), 0, start)
        and RE_DIAL_ON_BEFORE.search(body, max(0, start - DIAL_ON_REACH), start)
    )


def catalogued_body(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are an asteroid's or a comet's catalogue designation (see
    RE_CATALOGUED_BODY_BEFORE), a year in it too ("asteroid 2024 YR4")."""
    return (
        body[start:end].isdigit()
        and bool(RE_CATALOGUED_BODY_BEFORE.search(body, max(0, start - 16), start))
        and bool(RE_DESIGNATION_AFTER.match(body, end))
    )


def _registry_number(word: str, digits: str) -> bool:
    """Whether five digits or more, ungrouped, after an abbreviation in two to four capitals are
    a registry's or a file's number ("registered as RC 731905", "case CR 55012"): news groups
    the thousands of a count ("2,860 people"), and a currency's code is an amount's sign."""
    return (
        2 <= len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and digits.isdigit()
        and not is_currency_code(word)
    )


# "the House" with its article before a tally "N to M" is a legislature's chamber, its seats split
# ("Democrats control the House 233 to 202"), where an address's "House 14" takes no article
RE_TALLY_AFTER = re.compile(r" to \d{1,3}(?![\w.,]\d|\w)")
# a vote's tally after a bill's name and number, as a headline in title case gives it ("Senate
# Passes Bill 58 To 41"): the number is the ayes, not the bill's; the tally ends the line or its
# clause ("Bill 58 to the Senate", "Bills 58 to 61" are no tallies)
RE_BILL_TALLY_AFTER = re.compile(r" [Tt]o \d{1,3}(?=[\n,;:!?]|\.(?!\d)|\s*\Z|\s+(?i:votes?|in|on|after)\b)")


def _tally_after_name(body: str, word: str, start: int, end: int) -> bool:
    """Whether the number at start:end after a name word is the first side of a vote's tally that
    ends its clause (RE_BILL_TALLY_AFTER): after "Bill" any, after another name word a larger side
    first ("Council Backs Housing Plan 7 To 4"), as names numbered in a span rise ("Phases 2 to 4")."""
    after = RE_BILL_TALLY_AFTER.match(body, end)
    if after is None:
        return False
    return word == "Bill" or body[start:end].isdigit() and int(body[start:end]) > int(after.group(0)[4:])


def _named_by_word_before(body: str, before: str, word: str, start: int, end: int) -> bool:
    """Whether the words before a number and its white space make it part of a name, a code, a
    numbered position or a drawn number ("Section 144", "Year 11", "ZIP code 90210", "S&P 500",
    "by week 68", "winning numbers were 7"): `word` is the word before (previous_word(before))."""
    short = end - start <= 2
    return (
        word in NAME_WORDS
        and not (word == "House" and before.endswith("the House ") and RE_TALLY_AFTER.match(body, end))
        and not _tally_after_name(body, word, start, end)
        or word in PROVISION_WORDS
        and _provision_number(body, end)
        and not (word.startswith("resolution") and RE_PLURAL_NOUN_AFTER.match(body, end))
        and not (word[0] == "a" and RE_PIECE_OF_WRITING_BEFORE.search(before))
        or word == "part"
        and bool(RE_ARTICLE_PART_BEFORE.search(before))
        or word == "Euro"
        and end - start == 1
        and not RE_SCALE_AFTER_DIGIT.match(body, end)
        or short
        and word in SHORT_NAME_WORDS
        and not body.startswith(PERCENT_AFTER, end)  # "lower grades 6 percent": a rise, not a grade
        and not (word[:4] == "size" and RE_COUNTED_SIZE_BEFORE.search(before))
        or end - start == 1
        and word in GRADE_WORDS_BEFORE
        and bool(RE_GRADE_AFTER.match(body, end))
        or short
        and word == "group"
        and bool(RE_INSURANCE_GROUP_BEFORE.search(before))
        or _code_word_before(before)
        or is_index_number(body, start, end)
        or word.lower() in PERIOD_POSITION_WORDS
        and period_position(body, before, word, start, end)
        or word in ("item", "items")
        and not RE_COUNTED_ITEMS_BEFORE.search(before)
        and bool(RE_AGENDA_ITEM_END.match(body, end))
        or word in ("and", "to", "through", "or")
        and bool(RE_AGENDA_ITEMS_BEFORE.search(before))
        or word in RANK_TAILS
        and "rank" in before[-24:]  # the cheap test first
        and bool(RE_RANK_BEFORE.search(before[-24:]))
        and bool(RE_RANK_END.match(body, end))
        or word == "Top"
        and bool(RE_CHART_TOP_BEFORE.search(before))
        and not RE_CHART_TOP_AFTER.match(body, end)
        or end - start <= 3
        and word in ("to", "at", "To", "At")
        and ("place" in before or "ent" in before or "chart" in before)  # the cheap test first
        and bool(RE_CHART_MOVE_BEFORE.search(body, max(0, start - 40), start))
        and bool(RE_CHART_PLACE_END.match(body, end))
        or end - start <= 4
        and word in TITLE_KIND_WORDS
        and bool(RE_TITLE_WORD_AFTER.match(body, end))
        or end - start >= 5
        and _registry_number(word, body[start:end])
        or word in CATALOGUED_BODY_WORDS
        and catalogued_body(body, start, end)
        or short
        and word in STAGE_POSITION_WORDS
        and bool(RE_STAGE_NUMBER_END.match(body, end))
        or short
        and word in ("the", "The")
        and body[start:end].isdigit()
        and bool(RE_SADDLECLOTH_AFTER.match(body, end))
        or (short or word == "channel" and end - start <= 4)  # "DStv channel 204": a TV platform's
        and slot_number(body, word, start, end)
        or end - start <= 4
        and before.endswith(f"{word} ")
        and numbered_place(body, word, start, end)
        or word == "than"
        and position_compared(body, start, end)
        or word == "number"
        and end - start <= 3
        and (
            bool(RE_NUMBERED_ROUTE_BEFORE.search(before))
            and bool(RE_NUMBERED_ROUTE_AFTER.match(body, end))
            # ... or ridden: "on the number 38" before a verb or a clause's end, a route's number
            or before.endswith(("on the number ", "aboard the number ", "board the number "))
            and bool(RE_ROUTE_NUMBER_END.match(body, end))
            # a place in a chart or a table "at number N" ("debuts at number 7", "sits at number 3 in
            # the table"): a position (rules, table 8), no noun after it
            or before.endswith(" at number ")
            and bool(RE_CHART_PLACE_END.match(body, end))
            # ... or a seed's or a player's rank "the number 3 seed" (rules, table 8: "the No. 5 seed")
            or bool(RE_NUMBERED_ROUTE_BEFORE.search(before))
            and bool(RE_RANKED_NOUN_AFTER.match(body, end))
            or bool(RE_SHIRT_AFTER.match(body, end))
            and bool(RE_SHIRT_NUMBER_BEFORE.search(before))
        )
        or word in ("route", "line")
        and "," not in body[start:end]  # no line or route is numbered with a thousands comma
        and bool(RE_ROUTE_BEFORE.search(before))
        and (bool(RE_ROUTE_NUMBER_END.match(body, end)) or word == "line" and body.startswith(" of ", end))
        or short
        and _drawn_number(body, start)
        or before.endswith(POSITION_OR_CODE_TAILS, 0, len(before) - 1)  # the cheap test first
        and bool(RE_POSITION_OR_CODE_BEFORE.search(before))
        or end - start >= 7
        and bool(RE_SHIP_NUMBER_BEFORE.search(before))
        or end - start <= 4
        and "light" in before  # the cheap test first
        and bool(RE_FLIGHT_NUMBER_BEFORE.search(before))
        or word == "flight"
        and end - start <= 4
        and body[start:end].isdigit()
        and _flight_name_end(body, end)
        or word in ("number", "bib")
        and bool(RE_LABEL_NUMBER_BEFORE.search(before))
        and _provision_number(body, end)
        or word == "lot"
        and end - start <= 5
        and auction_lot(body, before, end)
    )


# a thing labelled by its number, in lower case or opening a sentence (vocab.LABEL_NUMBER_NOUNS)
# before "number" ("wearing bib number 71", "Runner number 1045"), and a runner's "bib" alone
# ("wore bib 214")
RE_LABEL_NUMBER_BEFORE = re.compile(rf"(?<![\w-])(?i:(?:{alternation(LABEL_NUMBER_NOUNS)})\s+number|bib)\s\Z")
# an auction's lot in lower case set off by commas or brackets ("the sketch, lot 412, sold", "(lot
# 88)"), or before a sale's verb ("lot 12 sold for €4,000", "lot 7 fetched"): a label, not a count
RE_LOT_SET_OFF_BEFORE = re.compile(r"[,(]\s*lot\s\Z")
RE_LOT_SET_OFF_END = re.compile(r"\s*[,)]")
RE_LOT_SALE_AFTER = re.compile(
    r"\s+(?:sold|fetched|made|realised|realized|achieved|went\s+for|went\s+under|was\s+sold|was\s+knocked)\b"
)
RE_NOT_LOT_BEFORE = re.compile(r"\b(?i:a|parking|car)\s+lot\s\Z")  # "a lot", "the parking lot"


def auction_lot(body: str, before: str, end: int) -> bool:
    """Whether a number after a lower-case "lot" (`before` ends with it) names an auction's lot:
    set off by commas or brackets, or before a sale's verb (RE_LOT_SALE_AFTER)."""
    if RE_NOT_LOT_BEFORE.search(before):
        return False
    return bool(
        RE_LOT_SET_OFF_BEFORE.search(before)
        and RE_LOT_SET_OFF_END.match(body, end)
        or RE_LOT_SALE_AFTER.match(body, end)
    )


def _flight_name_end(body: str, end: int) -> bool:
    """Whether the number ending at `end` after a lower-case "flight" is the flight's name
    ("United flight 155 at 2:45", "on flight 1289 from Atlanta"): no unit, time unit or "times"
    follows it ("a flight 40 minutes late", "took the flight 3 times")."""
    after = RE_WORD_AFTER.match(body, end)
    return after is None or after.group(1).lower() != "times" and _provision_number(body, end)


# a floor of a building named by its number after "on", "above" or "below" ("a restaurant on level 64",
# "shops on levels 1 to 4", "offices above level 40"), a runway by its bearing ("landed on runway
# 27"), and the code an aircraft's transponder is set to ("squawked 7600", "set the transponder to
# 7500"): numbered positions and codes, no quantities (rules, table 8)
RE_POSITION_OR_CODE_BEFORE = re.compile(
    r"(?:\b(?:on|above|below)\s+levels?|\b[Rr]unways?|\bsquawk(?:s|ed|ing)?|\btransponder\s+(?:code\s+)?to)\s\Z"
)
# the words that end RE_POSITION_OR_CODE_BEFORE's matches before their white space
POSITION_OR_CODE_TAILS = tuple("level levels unway unways squawk squawks squawked squawking to".split())
# the word right after a number
RE_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
RE_MODEL_WORD_AFTER = re.compile(r" ([A-Za-z]+)(?![\w-])")
# "on 21 level": a numbered level of a mine, named without an article (not "to 18,000 level", an
# index's level in some desks' English, nor "on the 21st level")
RE_NUMBERED_LEVEL = re.compile(r"on \d{1,3} level(?![\w-])")
# capitalised words that, right after a number, make it a product model's name (rules, table 8:
# digits inside names, "Boeing 737"), not joined to a word after them ("40 Pro-Kremlin deputies")
MODEL_WORDS = frozenset("Max MAX Dreamliner Pro Ultra Mini".split())
MODEL_WORD_FIRSTS = frozenset(word[0] for word in MODEL_WORDS)  # a cheap test before the pattern


# a numbered part of an article cited after its number, in lower case ("under Article 194, part 2"):
# a provision, as post-Soviet criminal codes are cited; "took part 3 times" has no article before
RE_ARTICLE_PART_BEFORE = re.compile(r"(?i:\barticles?\s+\d+[\w.]*,\s+part\s)\Z")


# "article" after a determiner or a possessive is a piece of writing, not a provision: "the
# article 300 readers shared", "an article 900 words long", "her article 40 times"
RE_PIECE_OF_WRITING_BEFORE = re.compile(
    r"\b(?i:a|an|the|this|that|these|those|each|every|his|her|its|their|our|my|your|whose)\s+articles?\s\Z"
)


# a plural noun right after a number that follows "resolution": the number counts it ("the
# resolution 12 members backed"), where "under resolution 2231, the curbs" names a resolution
RE_PLURAL_NOUN_AFTER = re.compile(r" [a-z]{2,}s\b")


def _provision_number(body: str, end: int) -> bool:
    """Whether the number after a provision word ending at `end` names a provision: no unit or
    time unit follows it ("a section 65 inquiry", not "a section 12 metres long")."""
    after = RE_WORD_AFTER.match(body, end)
    if after is None:
        return True
    word = after.group(1)
    return word.lower() not in DURATION_UNITS and units.unit_word(word) is None


def _drawn_number(body: str, start: int) -> bool:
    """Whether a number is one of a lottery's drawn numbers listed after "winning numbers"."""
    reach = max(0, start - DRAWN_REACH)
    return body.find("umbers", reach, start) >= 0 and bool(RE_DRAWN_NUMBERS_BEFORE.search(body[reach:start]))


def drawn_run_or_ball(body: str, start: int, end: int) -> bool:
    """Whether a number of one or two digits is in a dashed run of drawn numbers (RE_DASHED_RUN) or
    is a drawn ball named before a colon (RE_BALL_LABEL_BEFORE), as results lines print them."""
    if end - start > 2:
        return False
    lo, hi = max(0, start - DASHED_RUN_REACH), min(len(body), end + DASHED_RUN_REACH)
    if "–" in body[lo:hi] or " - " in body[lo:hi] or "—" in body[lo:hi]:  # the cheap test first
        for run in RE_DASHED_RUN.finditer(body, lo, hi):
            if run.start() <= start < run.end():
                return True
    return (
        body.endswith(": ", 0, start)
        and bool(RE_BALL_LABEL_BEFORE.search(body, max(0, start - 24), start))
        and bool(RE_BALL_NUMBER_END.match(body, end))
        and RE_DRAW_WORDS.search(body, max(0, start - DRAW_WORD_REACH), start) is not None
    )


def _code_word_before(before: str) -> bool:
    """Whether a word naming a code (CODE_WORDS, each ending in "code") and one white-space
    character end `before` ("ZIP code 90210")."""
    tail = before[-5:-1]  # ASCII letters match only their own two cases: other text cannot be "code"
    return (tail.lower() == "code" or not tail.isascii()) and bool(RE_CODE_WORD_BEFORE.search(before))


def _address_after(body: str, end: int) -> bool:
    """Whether a street's name follows a house number (RE_ADDRESS_AFTER, whose every branch needs
    a capital ASCII letter or a digit right after the white space), or a lower-case street word
    and the street's name (RE_LOWER_STREET_AFTER: "7 rue Alcide de Gasperi")."""
    following = body[end + 1 : end + 2]
    if following in LOWER_STREET_FIRSTS:
        return bool(RE_LOWER_STREET_AFTER.match(body, end, end + 40))
    return (
        following.isascii()
        and (following.isupper() or following.isdigit())
        and bool(RE_ADDRESS_AFTER.match(body, end, end + 60))
    )


# a lower-case street word of French, Spanish or Portuguese addresses, then the street's name with
# up to three particles before its capital ("7 rue de la Paix", "12 avenue Foch", "3 calle del Sol")
RE_LOWER_STREET_AFTER = re.compile(
    rf"\s(?:{alternation(STREET_WORDS_LOWER_BEFORE_NAME)})\s(?:(?:de|du|des|la|le|les|del|do|da|dos|das)\s|[dl]['’]){{0,3}}"
    r"[A-ZÀ-Ý]"
)
LOWER_STREET_FIRSTS = frozenset(word[0] for word in STREET_WORDS_LOWER_BEFORE_NAME)


def beside_code_word(body: str, start: int, end: int) -> bool:
    """Whether a number stands right after or right before a word naming a code (CODE_WORDS):
    "ZIP code 90210", "the 2000 postcode"."""
    return bool(
        body[start - 1 : start].isspace()
        and body[start - 2 : start - 1] in ("e", "E")  # (the cheap test first: each ends in "code" or "line")
        and RE_CODE_WORD_BEFORE.search(body, max(0, start - 24), start)
        or RE_CODE_WORD_AFTER.match(body, end)
    )


# a club named with its founding year before its town, as German football names clubs ("1860
# Munich sold 15,000 season tickets", "beat 1860 Munich 3-0", "TSG 1899 Hoffenheim signed"): one
# capitalised word after the year, then a lower-case word, its possessive or a score ("the 1908
# London Olympics" is an event's year and "1958 Brazil, 1962 Brazil" a list of years and winners,
# both labelled: rules, table 5)
RE_CLUB_YEAR = re.compile(r"1(?:8\d|9[0-5])\d [A-Z][a-zß-ÿ]+(?:['’]s\b|(?= [a-z\d]))")
# the words before a year that make it the time of what follows ("In 1860 Munich had 100,000 people")
TIME_LEADS = frozenset(
    """in since by until till from to before after during of circa around about c. between and or
    through the a an early late mid summer winter spring autumn fall year""".split()
)
# the opening of a sentence or a line before a number, with its quote marks or bracket
RE_SENTENCE_OPENING_BEFORE = re.compile(r"(?:\A|[.!?]\s|\n)[\s\"'“‘(]*\Z")


def club_founding_year(body: str, start: int, end: int) -> bool:
    """Whether a year from 1800 to 1959 is part of a club's name (RE_CLUB_YEAR), opening its
    sentence or its line, or after a word that is no time lead (TIME_LEADS), or after a club's
    letters ("TSG", "TSV", "VfB")."""
    if end - start != 4 or not RE_CLUB_YEAR.match(body, start):
        return False
    if RE_SENTENCE_OPENING_BEFORE.search(body, max(0, start - 8), start):
        return True
    word = previous_word(body[max(0, start - 24) : start])
    if not word or body[start - 1 : start] != " ":
        return False
    if word[0].isupper():
        return 2 <= sum(c.isupper() for c in word) <= 4 and word.isalpha() and len(word) <= 4
    return word.lower() not in TIME_LEADS


# a provision's number in a citation of a law's sections, articles or clauses, with its
# subsection glued after it or after another number of the list ("Sections 115(2) and 351(3) of
# the Penal Code", "under sections 302, 307(1) and 34", "Articles 12 and 14 of the treaty"):
# every number of the list names a provision, as "Section 144" does (rules, table 8)
RE_CITED_PROVISIONS_BEFORE = re.compile(
    r"(?<![\w-])(?P<word>(?i:sections?|articles?|clauses?|ss?\.|arts?\.))\s+"
    r"(?P<list>(?:\d{1,4}[A-Z]?(?:\([\da-z]{1,4}\))*(?:,\s*|\s+(?:and|or|&)\s+))*)\Z"
)
RE_SUBSECTION_AFTER = re.compile(r"\([\da-z]{1,4}\)(?![\w-])")
PROVISION_LIST_TAILS = (", ", " and ", " or ", " & ")
CITED_REACH = 80  # characters before a number read for the provision's word and the list after it
# what follows a provision's number at the end of a citation ("and 14 of the treaty", "or 119.")
RE_CITATION_GOES_ON = re.compile(r"(?:,\s*|\s+(?:and|or|&)\s+)\d")  # "sections 302, 307(1)"
RE_CITATION_END = re.compile(r"[,;:)]|\.(?!\d)|\s*\Z|\s+(?:of|and|or|&|in|under|were|was|is|are)\b")


def cited_provision(body: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a provision cited after its word (RE_CITED_PROVISIONS_BEFORE):
    its subsection glued after it, or, after a plural word ("Sections", "ss."), any number of the list
    before the citation goes on or ends."""
    cited = RE_CITED_PROVISIONS_BEFORE.search(body, max(0, start - CITED_REACH), start)
    if cited is None:
        return False
    if RE_SUBSECTION_AFTER.match(body, end):
        return True
    word = cited.group("word").lower()
    if not (word.endswith("s") or word == "ss."):
        return False  # "Under section 3, 40 officers": one provision, then a count
    if cited.group("list"):
        return RE_CITATION_END.match(body, end) is not None
    return RE_CITATION_GOES_ON.match(body, end) is not None


# a building's floor named "level N of the ..." (vocab.FLOORED_BUILDING_NOUNS), up to two words
# between "the" and the building's noun ("level 3 of the new multi-storey car park")
RE_FLOOR_OF_BUILDING_AFTER = re.compile(
    rf" of (?:the|its|a|an) (?:[\w'’-]+ ){{0,2}}?(?:{alternation(FLOORED_BUILDING_NOUNS)})(?![\w-])"
)


# an airline's two-character code spaced before a flight's number without the word "flight", as desks
# write them ("BA 2490 was diverted", "passengers on EK 601 from Karachi", "KQ 101 landed"): a name,
# in a sentence of flying (vocab.AVIATION_WORDS); not a period's label ("Q3 2025", "H1 2024"), a
# year's shape, nor a number a noun follows ("the EU 27 countries")
RE_AIRLINE_CODE_BEFORE = re.compile(r"(?<![\w&/.'’-])(?:[A-Z][A-Z0-9]|[0-9][A-Z]) \Z")
PERIOD_LABEL_CODES = frozenset("Q1 Q2 Q3 Q4 H1 H2 FY".split())
# what ends a flight's name or a model's number: a clause's mark, a function word or a verb
RE_NAMED_CRAFT_END = re.compile(
    r"[,;:)]|\.(?!\d)|\s*\Z|\s+(?:and|or|from|to|via|out|in|at|on|over|with|was|were|is|are|has|had|have"
    r"|will|would|could|can|carrying|bound|took|touched|returned|turned|made|declared|[a-z]+ed)\b"
)
RE_AVIATION_WORD = re.compile(rf"\b(?:{alternation(AVIATION_WORDS)})\b", re.IGNORECASE)
AVIATION_REACH = 120  # characters either side of a flight's or a model's number read for flying
# a determiner before an airliner's model number ("a 787", "The 737", "its 747")
RE_MODEL_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat) \Z")


def _flying_near(body: str, start: int, end: int) -> bool:
    """Whether a word of flying (vocab.AVIATION_WORDS) stands near the number at start:end."""
    return (
        RE_AVIATION_WORD.search(body, max(0, start - AVIATION_REACH), min(len(body), end + AVIATION_REACH))
        is not None
    )


def airline_flight_number(body: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a flight's after its airline's code, without the word
    "flight" (RE_AIRLINE_CODE_BEFORE), near a word of flying."""
    number = body[start:end]
    if not number.isdigit() or len(number) == 4 and number[:2] in ("19", "20"):
        return False
    return (
        body[start - 3 : start - 1] not in PERIOD_LABEL_CODES
        and RE_AIRLINE_CODE_BEFORE.search(body, max(0, start - 5), start) is not None
        and RE_NAMED_CRAFT_END.match(body, end) is not None
        and _flying_near(body, start, end)
    )


def airliner_model(body: str, start: int, end: int) -> bool:
    """Whether an airliner's model number (vocab.AIRLINER_MODEL_NUMBERS) after a determiner, with no
    noun after it, near a word of flying, names the aircraft ("a 787 on display", "The 737 was
    grounded"; "the 737 passengers" counts them)."""
    return (
        RE_MODEL_DETERMINER_BEFORE.search(body, max(0, start - 7), start) is not None
        and RE_NAMED_CRAFT_END.match(body, end) is not None
        and _flying_near(body, start, end)
    )


def flight_number(body: str, start: int, end: int) -> bool:
    """Whether a number of four digits or fewer is a flight's after its airline's code ("flight AI
    2016", RE_FLIGHT_NUMBER_BEFORE): a name, even where a year's shape and a letter before it read
    as "in 2016" does."""
    return (
        end - start <= 4
        and "light" in body[max(0, start - FLIGHT_REACH) : start]  # (the cheap test first)
        and bool(RE_FLIGHT_NUMBER_BEFORE.search(body, max(0, start - FLIGHT_REACH), start))
    )


# a court's or an agency's file number that opens with its year, then a code in letters and a
# serial joined by hyphens ("Case number 2024-CR-1187", "docket 2023-CV-0412"): the year is part of
# the code, a name (rules, table 8), whatever word stands before it
RE_DOCKET_TAIL = re.compile(r"[-‑][A-Za-z]{1,5}[-‑]\d")


def docket_number(body: str, end: int) -> bool:
    """Whether the year ending at `end` opens a file number (RE_DOCKET_TAIL follows it)."""
    return RE_DOCKET_TAIL.match(body, end) is not None


def _word_just_before(body: str, start: int) -> bool:
    """Whether an ASCII letter, then one white-space character, stand right before `start` (a
    cheap test that the name patterns before a number need)."""
    return (
        start >= 2 and body[start - 1].isspace() and body[start - 2].isascii() and body[start - 2].isalpha()
    )


def is_index_number(body: str, start: int, end: int) -> bool:
    """The number in a market index's name: "S&P 500", "FTSE 250", "Nikkei 225" (not "Nasdaq 16,000")."""
    text = body[start:end]
    if not (text.isdecimal() and int(text) in INDEX_NUMBERS) or not _word_just_before(body, start):
        return False  # not a number any index is named with, or no name's letters right before it
    if not body[max(0, start - 12) : start - 1].lower().endswith(INDEX_NAME_ENDS):
        return False  # the word before ends no index's name (a cheap test before the pattern)
    found = RE_INDEX_BEFORE.search(body, max(0, start - 12), start)
    if found is None:
        return False
    numbers = MARKET_INDEX_NUMBERS.get(found.group(1).lower())
    return numbers is not None and int(text) in numbers


# the word before a month's name that makes the two a name, so the number after is the name's
# ("Long March 5", China's rockets), no day of the month
NAMES_BEFORE_MONTH = ("Long ",)


# a decimal after a capitalised word, then a verb of a price and the price ("the Saga 1.3 sells for
# RM34,990", "the Vios 1.5 costs ฿609,000"): a model named by its engine's size, as car copy names
# them; a reading or a rating has no price after it
RE_DECIMAL_NAME_PRICE_AFTER = re.compile(
    r"\s+(?:sells\s+for|costs|retails\s+(?:for|at)|starts\s+at|is\s+priced\s+at)\s+"
    r"(?:(?:about|around|just|only|under|from)\s+)?[^\s\d]{0,4}\s?\d"
)


# A TV channel's number on a platform in brackets after the channel's name, as listings print it
# ("Sky Sport 2 (channel 52)", "SuperSport 4 (DStv channel 204)", "Nine (LCN 9)"): the name's
# number is part of the name
RE_CHANNEL_NUMBER_AFTER = re.compile(r" \((?:[A-Z][\w+-]*\s)?(?:[Cc]hannel|[Cc]h\.?|LCN)\s?\d{1,4}\)")
# what ends an address after a postal district's number: a clause's mark or the line's end
RE_POSTAL_DISTRICT_END = re.compile(
    r"[ \t]*(?:[,.;)]|\n|\Z)"
    # ... or a word that opens no counted noun: a verb, an adverb or a joiner ("a flat in Dublin 8
    # now rents for €2,350", "Dublin 4 and Dublin 6"; "in Dublin 8 people died" counts people)
    r"|[ \t]+(?:now|and|or|is|was|are|were|has|have|had|will|would|can|could|still|where|which|rents?"
    r"|costs?|sells?|sold|fetch(?:es|ed)?|went|goes)\b"
)


# a prize tier of a lottery's results line, "Match 5: 14 winners", "Match 5 + Bonus: 1 winner",
# "Match 6: no winner": the number matched, then the tier's winners
RE_PRIZE_TIER_AFTER = re.compile(
    r"(?:\s?\+\s?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)?:\s(?:no|one|an?|\d[\d,]*)\s(?:winners?|tickets?)\b"
)


def is_named_number(body: str, start: int, end: int, sentence_start: int) -> bool:
    """A bare number right after a capitalised word inside a sentence, with no counted noun after
    it or a count before the word, is part of a name: "The Nasdaq 100 rose", "Game 3 is on
    Tuesday", "the Mazda 3", "105 Leopard 2 tanks"; not after a tab, a table's cell break
    ("Blantyre<TAB>986": a place's row, then its count)."""
    if not _word_just_before(body, start) or body[start - 1] == "\t":
        return False
    before = RE_CAPITALISED_BEFORE.search(body, max(sentence_start, start - 30), start)
    if before is None and body[start - 2 : start - 1].islower():
        before = RE_APOSTROPHE_NAME_BEFORE.search(body, max(sentence_start, start - 30), start)
    if before is None:
        return _letter_name_number(body, start, end, sentence_start)
    word = before.group(1)
    if word == "Match" and RE_PRIZE_TIER_AFTER.match(body, end):
        return False  # "Match 5: 14 winners": the numbers a ticket matched, a count (rules, table 4)
    if word in MONTHS and body.endswith(NAMES_BEFORE_MONTH, max(0, before.start(1) - 6), before.start(1)):
        return True  # "the Long March 5 rocket": a name holding a month's word, no date
    if (
        word not in NOT_NAMES
        and word not in MONTHS
        and RE_PAIRED_NAME_BEFORE.search(body, max(0, start - PAIRED_NAME_REACH), start)
    ):
        return end - start <= 4  # "the Zeta 5 and Zeta 7 models": a later name of a list, its noun shared
    if (
        end - start == 1
        and body[start].isdigit()
        and word not in NOT_NAMES
        and word not in MONTHS
        and RE_APPOSITION_END.match(body, end)
        and RE_APPOSED_NOUN_BEFORE.search(body, max(0, before.start(1) - APPOSED_REACH), before.start(1))
    ):
        return True  # "The satellite, Hikari 3, belongs to": a name set off after the noun it names
    if (
        word in POSTAL_DISTRICT_CITIES
        and body[start:end].isdigit()
        and int(body[start:end]) <= POSTAL_DISTRICT_CITIES[word]
        and RE_POSTAL_DISTRICT_END.match(body, end)
    ):
        return True  # "apartment, Dublin 8, €2,150", "PO Box 4512, Kingston 5.": a postal district
    if (
        end - start <= 3
        and body[start:end].isdigit()
        and vessel_prefixed(body, before.start(1))
        and _vessel_name(body, before.start(1), end)
    ):
        return True  # "the inter-atoll ferry, MV Mataliki 2.": a ship's name after its prefix
    if word in NOT_NAMES or word in MONTHS or body[before.start(1) - 2 : before.start(1)] == ", ":
        return False  # "In London, 25 people"; "Boston 48, Chicago 30" lists teams after commas
    if (
        end - start <= 3
        and word[1:].islower()
        and RE_LISTED_TEAM_BEFORE.search(body, max(0, before.start(1) - 30), before.start(1))
        and RE_TEAM_LIST_END.match(body, end)
    ):
        return False  # "Rebounds: Utah 48, Golden State 30.": a team of two words, listed last
    if (
        end - start <= 3
        and word[1:].islower()
        and RE_TALLIED_TEAM_BEFORE.search(body, max(0, before.start(1) - 40), before.start(1))
    ):
        return False  # "Progressive Alliance 23, National Front 14, officials said": a later tally
    if "." in body[start:end] and is_station_frequency(body, start, end):
        return True  # "Coast 104.1 rose", "Harbour 92.5 held steady": a radio station's name
    if body.endswith(".0", start, end) and _whole_version(body, word, before.start(1), start, end):
        return True  # "Program 2.0 will connect", "Web 3.0 products": a programme's or a product's version
    if (
        "." in body[start:end]
        and word not in SCALE_TITLE_WORDS
        and RE_DOTTED_VERSION.fullmatch(body, start, end)
        and RE_RELEASE_VERB_AFTER.match(body, end)
    ):
        return True  # "Minecraft 1.21 adds 10 new blocks": a product's dotted version, then what it brings
    if "." in body[start:end] and RE_DECIMAL_NAME_PRICE_AFTER.match(body, end):
        return True  # "the Proton Saga 1.3 sells for RM34,990": a model named by its engine's size, then its price
    if "." in body[start:end] or len(body[start:end]) > 4:
        return False
    if RE_COUNT_BEFORE_NAME.search(body, max(0, before.start(1) - 40), before.start(1)):
        return True  # "105 Leopard 2 tanks": the count is before the name, the number is the name's
    if RE_PAIR_BEFORE_NAME.search(body, max(0, before.start(1) - 40), before.start(1)):
        return True  # "a pair of Karst Talus 4 trail shoes": the pair counts, the number is the name's
    if (
        RE_TRADE_NOUN_AFTER.match(body, end)
        and body[sentence_start : before.start(1)].strip(" \"'“‘(")
        and not RE_PLACE_OR_TIME_LEAD.search(body, max(0, before.start(1) - 40), before.start(1))
    ):
        return True  # "Nintendo Switch 2 sales reached", "Windows 11 users": the product's trade
    if RE_TAKINGS_PAST_AFTER.match(body, end) and not RE_PLACE_OR_TIME_LEAD.search(
        body, max(0, before.start(1) - 40), before.start(1)
    ):
        return True  # "Black Ops 6 earned $1 billion": a name's number, then what it took
    if RE_SINGULAR_NOUN_AFTER.match(body, end) and (
        body.endswith(("the ", "The "), 0, before.start(1))
        or RE_NAME_LEAD.search(body, max(0, before.start(1) - NAME_LEAD_REACH), before.start(1))
    ):
        return True  # "the Cut 9 extension", "the Line 3 pipeline": a name, then the thing it names
    if (
        body[start:end].isdigit()
        and RE_SINGULAR_NOUN_AFTER.match(body, end)
        and not RE_MEASURE_WORD_AFTER.match(body, end)
        and RE_ARTICLE_NAME_LEAD.search(body, max(0, before.start(1) - NAME_LEAD_REACH), before.start(1))
    ):
        return True  # "an Ariane 6 rocket", "the 9th Ariane 6 mission": a name, then the thing it names
    if (
        body[start:end].isdigit()
        and int(body[start:end]) > 1
        and RE_SINGULAR_NOUN_AFTER.match(body, end)
        and not RE_MEASURE_WORD_AFTER.match(body, end)
        and RE_PLACE_PREPOSITION_BEFORE.search(body, max(0, before.start(1) - 6), before.start(1))
    ):
        return True  # "in Mile 12 market", "at Sector 62 junction": a place named with its number, then
        # its noun in the singular (a count above one takes a plural: "in Lagos 12 traders")
    if end - start <= 3 and body[start:end].isdigit() and _vessel_name(body, before.start(1), end):
        return True  # "the tanker Nord Star 3 sailed", "Dokmaat 12 (Curaçao), barge": a ship's name
    if body.startswith(" (", end) and RE_CHANNEL_NUMBER_AFTER.match(body, end):
        return True  # "Sky Sport 2 (channel 52)": a TV channel's name, then its number on a platform
    team = RE_TEAM_LIST.match(body, end)  # "Boston 48, Chicago 30"; not "Orion 12, Orion 14"
    return bool(RE_NAME_NUMBER_AFTER.match(body, end)) and (team is None or team.group(1) == word)


# A ship's name that ends in a number, as shipping copy writes it: after the vessel's kind in lower
# case and up to three more capitalised words ("the bulk carrier Ocean Pearl 2", "the container ship
# MSC Lucia 5 was held"), or before its flag in brackets and then its kind or its size ("Caribe
# Express 3 (Panama), general cargo, 9,412 GT"); a plural noun or a unit after the number counts or
# measures ("the ferry Ilha 40 cars" is no English, "the tanker Nord 3 miles off" measures)
_VESSEL = "|".join(sorted(VESSEL_NOUNS))
# a ship's size after its flag, in the unit table's spellings ("9,412 GT", "300,000 dwt", "4,000 TEU")
SHIP_SIZE_MEASURES = ("gross tonnage", "deadweight tonne", "twenty-foot equivalent unit")
_SHIP_SIZE = alternation(form for measure in SHIP_SIZE_MEASURES for form in units.OTHER_MEASURES[measure])
RE_VESSEL_BEFORE_NAME = re.compile(rf"\b(?:{_VESSEL})\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}\Z")
# ... or after a ship's prefix (vocab.VESSEL_PREFIXES: "the inter-atoll ferry, MV Mataliki 2"), the
# prefix opening the name or up to two more capitalised words between them
_VESSEL_PREFIX = alternation(VESSEL_PREFIXES)
RE_VESSEL_PREFIX_BEFORE = re.compile(rf"(?<![\w/])(?:{_VESSEL_PREFIX})\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}\Z")
RE_VESSEL_PREFIX_NAME = re.compile(rf"(?:{_VESSEL_PREFIX})\s+[A-Z]")
RE_FLAG_AFTER_NAME = re.compile(
    r"\s\([A-Z][^\W\d_]*(?:\s(?:[A-Z][^\W\d_]*|and|of|the))*\),\s"
    rf"(?:(?:[\w-]+\s){{0,2}}(?:{_VESSEL})\b|\d[\d,]*\s?(?:{_SHIP_SIZE})\b)"
)
VESSEL_REACH = 60  # characters before a ship's name read for its kind


def vessel_prefixed(body: str, name_start: int) -> bool:
    """Whether the capitalised name starting at `name_start` opens with a ship's prefix or follows one."""
    return bool(
        RE_VESSEL_PREFIX_NAME.match(body, name_start)
        or RE_VESSEL_PREFIX_BEFORE.search(body, max(0, name_start - VESSEL_REACH), name_start)
    )


def _vessel_name(body: str, name_start: int, end: int) -> bool:
    """Whether the short number ending at `end`, after a capitalised name that starts at
    `name_start`, ends a ship's name (see above)."""
    if RE_FLAG_AFTER_NAME.match(body, end, end + 80):
        return True
    if RE_PLURAL_AFTER.match(body, end, end + 24) or not _provision_number(body, end):
        return False
    if vessel_prefixed(body, name_start):
        return True  # "MV Mataliki 2": the name opens with a ship's prefix
    return RE_VESSEL_BEFORE_NAME.search(body, max(0, name_start - VESSEL_REACH), name_start) is not None


# A name's version written whole with its ".0" ("the Digital Program 2.0", "Web 3.0 start-ups",
# "Industry 4.0"), after a word in title case that names no scale ("Magnitude 6.0", "Category
# 2.0") and with no unit after it (RE_FREQUENCY_AFTER: "2.0 per cent", "2.0%"), nor inside a list
# of names and their figures ("Germany 2.0, France 1.5", "Kane 8.0, Rice 7.0": ratings by name)
RE_VERSION_ZERO = re.compile(r"\d{1,2}\.0")
SCALE_TITLE_WORDS = frozenset(
    """Magnitude Category Force Level Stage Grade Index Scale Mach Richter Size Class Signal Alert
    Rating Score Mark Gas Gear Tier Tranche Phase""".split()
)
RE_LISTED_FIGURE_AFTER = re.compile(r"\s*[,;]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+\d")
RE_LISTED_FIGURE_BEFORE = re.compile(r"\d\s*[,;]\s*\Z")


def _whole_version(body: str, word: str, word_start: int, start: int, end: int) -> bool:
    """Whether the number "N.0" at start:end after the title-case `word` (from `word_start`) is that
    name's version (see RE_VERSION_ZERO)."""
    return (
        RE_VERSION_ZERO.fullmatch(body, start, end) is not None
        and word[:1].isupper()
        and word[1:].islower()
        and word not in SCALE_TITLE_WORDS
        and RE_FREQUENCY_AFTER.match(body, end) is not None
        and RE_LISTED_FIGURE_AFTER.match(body, end) is None
        and RE_LISTED_FIGURE_BEFORE.search(body, max(0, word_start - 4), word_start) is None
    )


# ... but an age grade that names a sports team or its competition is a name, not an age (rules,
# table 8: digits inside names): a team's or a competition's noun after it ("an under-21 side", "the
# Under-19 squad", "two Under-20 caps", "the under-17 coach"), or a nation or a club named right
# before a capitalised grade ("Scotland Under-21", "England's Under-18s"); "under-16s pay £6" and
# "among over-65s" stay ages
RE_AGE_GRADE_TEAM_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:sides?|teams?|squads?|caps?|internationals?|debuts?|coach(?:es)?|managers?|boss"
    r"|captains?|level|ranks|set-?up|tournaments?|leagues?|finals?|qualifiers?|friendl(?:y|ies)|titles?)\b"
)
RE_AGE_GRADE_NATION_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w'’-]*?)(?:['’]s)?\s\Z")


def age_grade_team(body: str, start: int, end: int) -> bool:
    """Whether the age group at start:end ("Under-21", "under-19s") names a sports team or its
    competition (see RE_AGE_GRADE_TEAM_AFTER)."""
    if RE_AGE_GRADE_TEAM_AFTER.match(body, end):
        return True
    if body[start] != "U":
        return False
    nation = RE_AGE_GRADE_NATION_BEFORE.search(body, max(0, start - 30), start)
    return nation is not None and nation.group("name") not in NOT_NAMES and nation.group("name") not in MONTHS


# A radio station named by its brand and its FM frequency ("Coast 104.1", "Harbour 92.5", "Kfm
# 94.5") or by its call sign, a state's digit and two or three capitals, as Australian stations are
# ("2GB", "3AW", "6PR"): digits inside a name (rules, table 8), read so where the text speaks of
# radio near it; a unit or a scale after the number makes it a figure ("Index 98.7 points").
RE_FM_FREQUENCY = re.compile(r"(?:8[89]|9\d|10[0-7])\.\d|87\.[5-9]|108\.0")
RE_RADIO_CUE = re.compile(
    r"\b(?:[Rr]adio|stations?|FM|[Ll]isten(?:ers?|ed|ing|ership)|broadcast(?:s|ers?|ing)?|airwaves"
    r"|ratings|(?:breakfast|drive|morning|talkback)\s+(?:show|slot|shift|host|program|programme)s?"
    r"|audiences?|on\s+air|presenters?|DJs?)\b"
)
RADIO_REACH = 300  # characters either side of a station's number read for words of radio
RE_FREQUENCY_AFTER = re.compile(
    r"['’]s\b|[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?!(?:per|percent|pc|points?|pts|million|billion|thousand|[mk]?hz)\b)"
    r"[a-z]+\b(?![-‑])",
    re.IGNORECASE,
)
RE_CALL_SIGN = re.compile(r"[2-8][A-Z]{2,3}(?![\w‑-])")
RE_CALL_SIGN_UNIT_AFTER = re.compile(r"\s+(?:of|RAM|memory|storage|data|SSD|cards?|drives?|plans?|model)\b")


def _radio_near(body: str, start: int, end: int) -> bool:
    """Whether a word of radio stands within RADIO_REACH characters of start:end."""
    return (
        RE_RADIO_CUE.search(body, max(0, start - RADIO_REACH), min(len(body), end + RADIO_REACH)) is not None
    )


def is_station_frequency(body: str, start: int, end: int) -> bool:
    """Whether a decimal after a capitalised word is a radio station's FM frequency (see above)."""
    if RE_FM_FREQUENCY.fullmatch(body, start, end) is None:
        return False
    unit = RE_WORD_AFTER.match(body, end)
    if unit is not None and units.unit_word(unit.group(1)) is not None:
        return False
    return RE_FREQUENCY_AFTER.match(body, end) is not None and _radio_near(body, start, end)


def is_call_sign(body: str, start: int, end: int) -> bool:
    """Whether a digit opens a radio station's call sign ("2GB lost 1.3 points"; see above)."""
    return (
        end - start == 1
        and (sign := RE_CALL_SIGN.match(body, start)) is not None
        and (start == 0 or not body[start - 1].isalnum())
        and RE_CALL_SIGN_UNIT_AFTER.match(body, sign.end()) is None
        and _radio_near(body, start, end)
    )


RE_TEAM_LIST = re.compile(r",\s+([A-Z][A-Za-z]+)(?:\s+[A-Z][a-z]+)?\s+\d")
# the first word of a team's two-word name listed after a comma ("Rebounds: Utah 48, Golden State
# 30."), and the end of the list after its number: a stop, a semicolon or "and" (a statistic has
# at most three digits, the name's words in title case: "PO Box 12, Perth WA 6000." is an address)
RE_LISTED_TEAM_BEFORE = re.compile(r",\s+[A-Z][A-Za-z]+\s\Z")
# ... or after a tally of the list before it, wherever the list ends ("the Freedom Party 31, Socialist
# Party 22, the count showed": seats of two parties, as table 4's "Team N, Team M")
RE_TALLIED_TEAM_BEFORE = re.compile(r"[A-Za-z’']\s\d{1,3},\s+[A-Z][A-Za-z]+\s\Z")
RE_TEAM_LIST_END = re.compile(r"\s*(?:[.;](?!\d)|\Z)|\s+and\s")
# A list of names made of one word and a number, the word repeated ("the Zeta 5 and Zeta 7 models",
# "its Orion 12, Orion 14 and Orion 16 phones"): the last name's number is no count of the noun
# after it, which the names share
RE_PAIRED_NAME_BEFORE = re.compile(
    r"(?<![\w.&])([A-Z][A-Za-z&]*[A-Za-z])\s\d{1,4}(?:\s+(?:and|or|&)|,(?:\s+(?:and|or))?)\s+\1\s\Z"
)
PAIRED_NAME_REACH = 50  # characters before a number read for the first name of the pair


# a singular common noun after a number: one thing, which a count would not be; a plural not in
# "s" is none ("the Volta Region 300 people fled" counts them: vocab.IRREGULAR_SINGULARS)
RE_SINGULAR_NOUN_AFTER = re.compile(
    rf"\s(?!(?:per|a|an|the|and|or|of|to|in|on|at|by|for|{alternation(IRREGULAR_SINGULARS)})\b)"
    r"[a-z]{3,}(?:(?<!s)|(?<=ss))\b(?![-'’])"
)  # "class", "press": a singular's double "s" is no plural's

# a preposition of place right before a capitalised word and its number ("in Mile 12 market"), and
# the singular words of a measure or a period, which follow a count in the singular ("in Lagos 30
# percent", "a Nairobi 10 minute drive") and name no place
RE_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|around)\s\Z")
RE_MEASURE_WORD_AFTER = re.compile(
    r"\s(?:percent|cent|point|year|month|week|day|hour|minute|second|mile|metre|meter|degree|foot"
    r"|inch|acre|hectare|litre|liter|tonne|ton|kilo|gram|pound|dollar|euro)\b"
)

# What may open a name whose last word a number ends, before a singular noun or a verb: "the" or a
# possessive, a word of newness ("the new E 300 saloon"), then up to two capitalised words of the
# name or a measuring compound ("the
# ministry's Green Farm 5 scheme", "the 400-kilowatt Solvik 3 reopened", "the Nord Stream 2
# pipeline", a plant's capacity glued: "the 1.2GW Hornsea 2 wind farm"); "In Tartu 3 ..." has
# no such opening, and a plural noun after the number ("the Tartu 3 clinics" is no copy) is never
# read as a name's
RE_NAME_LEAD = re.compile(
    r"(?:\b[Tt]he|\w['’]s)\s(?:(?:new|latest|updated|revamped|refreshed|upcoming|all-new)\s)?"
    r"(?:(?:[A-Z][\w-]*(?:['’](?!s\s)[a-z]+)?|\d[\d,.]*-[a-z]+|\d[\d,.]*[GMk]W)\s){0,2}\Z"
)
NAME_LEAD_REACH = 48  # characters before a name's first word read for its opening
# ... or "a" or "an", or "the" and an ordinal, before up to two capitalised words ("a Falcon 9
# rocket", "an Ariane 6 launch", "the 9th Ariane 6 mission", "the second Long March 5 flight"): one
# thing named, as a count above one takes a plural noun
RE_ARTICLE_NAME_LEAD = re.compile(
    r"(?:\b[Aa]n?|\b[Tt]he\s(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|last|latest|next|final|maiden))\s(?:[A-Z][\w-]*\s){0,2}\Z"
)

# a count right before the name: "105 Leopard 2 tanks", "three Type 26 frigates", "21 million
# PlayStation 5 consoles" (a scale word after the count's digits)
RE_COUNT_BEFORE_NAME = re.compile(
    rf"(?<![\w.,])(?:\d[\d,]*|\d[\d,]*(?:\.\d+)?\s(?:thousand|million|billion|mn|m|bn)|(?i:{WORD_NUMBER}))\s\Z"
)
# ... or a pair or a set of a product, its name of up to three words before the number ("a pair of
# Karst Talus 4 trail shoes", "two pairs of Levi 501 jeans"): what is counted is the pair
RE_PAIR_BEFORE_NAME = re.compile(r"\b(?:pairs?|sets?)\s+of\s+(?:[A-Z][\w'’-]*\s+){0,2}\Z")
# A product's trade after its name and number: its sales, shipments, owners or users ("Nintendo
# Switch 2 sales reached 10 million", "iPhone 15 owners", "Windows 11 users"), not what the number
# counts; the name's word opens no sentence ("Yesterday 40 users complained" counts the users)
RE_TRADE_NOUN_AFTER = re.compile(
    r"\s+(?:sales|shipments|deliveries|owners|users|buyers|pre-?orders|preorders)\b(?![-'’])"
)
# ... and the verbs a product's number takes in the past with its takings after them ("Black Ops 6
# earned $1 billion", "the Zeta 5 sold 2 million", "Nova 3 grossed $80 million")
RE_TAKINGS_PAST_AFTER = re.compile(
    r"\s+(?:sold|shipped|earned|grossed)\s+(?:more|about|around|over|[$£€¥]|\d)"
)
# a place or a time opened by a preposition before the capitalised word, up to three of its words
# and "the" ("In Kenya 300 users", "At Christmas 40 buyers", "in the West Bank 40 sold"): the
# number after it counts, it is no name's
RE_PLACE_OR_TIME_LEAD = re.compile(
    r"(?<![\w-])(?i:at|in|on|by|for|from|over|during|since|until|after|before|across|around|throughout"
    r"|within|outside|inside)\s(?:the\s)?(?:[A-Z][\w'’.-]*\s){0,2}\Z"
)
# A one-word name and its one-digit number set off by commas after the noun it names, a determiner
# before that noun ("The satellite, Hikari 3, belongs to", "its rocket, Kamui 2, flew"), the clause
# going on after the name with a lower-case word that opens no item of a list: a name's number;
# "Rebounds: Utah 48, Golden State 30." lists teams after a number, and "In the final tally, Labour
# 40, the Tories 35" a party's seats (two digits, a determiner after the comma)
RE_APPOSED_NOUN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*[a-z],\s\Z"
)
APPOSED_REACH = 60  # characters before the name read for its noun and determiner
RE_APPOSITION_END = re.compile(r",\s+(?!(?:the|a|an|and|or|with|against|to|from|while)\b)[a-z]|\s*\)")
# A product's dotted version after its name, before a verb a release takes ("Minecraft 1.21 adds
# 10 new blocks", "Vela 3.4 fixes the login bug", "Nimbus 2.1 rolls out"): the version's name; a
# change or a level after a name takes no such verb ("Brent 1.21 higher")
RE_DOTTED_VERSION = re.compile(r"\d{1,3}\.\d{1,3}(?:\.\d{1,3})?")
RE_RELEASE_VERB_AFTER = re.compile(
    r"\s+(?:adds|added|brings|brought|introduces|introduced|fixes|fixed|removes|removed|rolls\s+out"
    r"|rolled\s+out|is\s+out|went\s+live|goes\s+live"
    # ... or what was done to the release, in the passive ("Llama 3.1 was trained on", "Gemini 2.5
    # is available to")
    r"|(?:is|was|were|are|will\s+be|has\s+been|had\s+been)\s+(?:trained|released|launched|unveiled"
    r"|available|rolled\s+out|built|designed|updated|open-sourced|deployed))\b"
)
# A one-letter name before its number ("the new E 300 saloon", "its X 5 model"): read only with the
# name's opening and a singular noun after the number, as a longer name is ("A" and "I" are words)
RE_LETTER_BEFORE = re.compile(r"(?<![\w.&'’-])([B-HJ-Z])\s\Z")


def _letter_name_number(body: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a number after a one-letter name is the name's (see RE_LETTER_BEFORE)."""
    letter = RE_LETTER_BEFORE.search(body, max(sentence_start, start - 3), start)
    return (
        letter is not None
        and end - start <= 4
        and body[start:end].isdigit()
        and RE_SINGULAR_NOUN_AFTER.match(body, end) is not None
        and RE_NAME_LEAD.search(body, max(0, letter.start(1) - NAME_LEAD_REACH), letter.start(1)) is not None
    )
