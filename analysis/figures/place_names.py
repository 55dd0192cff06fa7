"""Place names: digits of places and addresses: house numbers and streets, streets named by a
date, postcodes, numbered places and wards, road codes, grid corners, darts beds, highways and
mile markers."""

from __future__ import annotations

import re

from .. import measures as units
from ..letters import CAPITAL, LETTER
from ..vocab import (
    DURATION_UNITS,
    IRREGULAR_SINGULARS,
    NUMBERED_PLACE_NAMING,
    NUMBERED_PLACE_WORDS,
    PEOPLE_NOUNS,
    POLLING_PLACE_WORDS,
    SCALE_WORDS,
    STEP_LABEL_PLURALS,
    STREET_DATE_MONTHS,
    STREET_DATE_OPENING_WORDS,
    STREET_NAME_ENDINGS,
    STREET_WORDS,
    STREET_WORDS_BEFORE_NAME,
    STREET_WORDS_CLOSING_NAME,
    STREET_WORDS_LOWER_BEFORE_NAME,
    STREET_WORDS_OPENING_NAME,
)
from .digit_groups import previous_word
from .numbers import YEAR, alternation

# "49 Zorro Ranch Road", "9 E 71st St", "22 Ave Foch", "3 Rue Cler": a house number, then the street;
# or a house's or a street's name of any word before a British postcode, as a list of sales prints
# an address ("3 Furrlongs, PO30 2AX", "7 Appley Rise, PO33 1LE")
RE_ADDRESS_AFTER = re.compile(
    rf"\s(?:(?:[A-Z0-9][\w'’.-]*\s){{1,3}}(?:{alternation(STREET_WORDS)})(?!\w)"
    rf"|(?:{alternation(STREET_WORDS_BEFORE_NAME)})\s[A-Z]"
    r"|(?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*,\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?!\w))"
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


# A capitalised word, then the number ("Nasdaq 100", "FTSE 250", "Game 3", "Mazda 3"); the capital
# before the look-behind that tests what precedes it, so the search skips to capitals
# (a name of any Latin, Greek or Cyrillic script, its capital and letters accented too: "Rádio 7",
# "Équipe 21", "Ördög 3", as names are spelt in their own language)
RE_CAPITALISED_BEFORE = re.compile(rf"({CAPITAL}(?<![\w.&].)(?:{LETTER}|&)*{LETTER})\s\Z")
# Capitalised words that begin a sentence or quantify, so the number after them is a figure.
NOT_NAMES = frozenset(
    """A An The About Around Some Nearly Almost Over Under Only Just Another All Of In On At By For
    From To And But Or Than With Without Between Among Since Until After Before During Within Per
    Top Total Totalling Up Down Of Each Every Its Their His Her Our Your My These Those Either
    Serves Feeds Makes Yields""".split()
)  # (a recipe's yield opens its line: "Serves 4", "Makes 12")
# a seat's letter glued to its number ("assigned seat 22C"): a seat's, with or without a preposition
SEAT_LETTER_GLUED = r"[A-K](?![\w-])"
RE_SLOT_NUMBER_END = re.compile(
    rf"\s*[,.;:)!?]|\s*\Z|\s+(?:is|was|has|as|this|its|his|her|their)\b|\s+[A-Z]|{SEAT_LETTER_GLUED}"
    r"|\s+[a-z]{2,}s\s+(?=\d)"
    r"|\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|metres?|meters?|feet|foot|inches|inch"
    r"|yards?|miles?|km|cm|mm|m|ft|per|percent|more|fewer|less|other|new|extra|additional)\b)[a-z]+\b(?<!s)"
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


# a step's first number of one or two digits, the joiner of a range or a list and the next short
# number ("Years 7 to 10", "Grades 3 and 4", "Weeks 6-8")
RE_STEP_LIST = re.compile(r"\d{1,2}(?:\s*[-–]\s*|\s+(?:to|and|or|through)\s+|,\s*)\d{1,2}(?![\w%]|[.,]\d)")


def step_label(body: str, word: str, start: int) -> bool:
    """Whether the number at `start` opens a range or a list of labelled steps after their plural
    `word` (vocab.STEP_LABEL_PLURALS): capitalised ("Years 7 to 10", "Weeks 6 to 8:") or a school's
    years or grades in lower case after "in" ("in years 7 to 10")."""
    if word not in STEP_LABEL_PLURALS and not (
        word in ("years", "grades") and body.endswith(f" in {word} ", 0, start)
    ):
        return False
    return RE_STEP_LIST.match(body, start) is not None


def plural_place_before(body: str, start: int) -> bool:
    """Whether a plural of a numbered place's word stands right before the number at start ("Wards
    3 and 7", "polling stations 12 and 15"): the numbers after it are a list of names, so "and 7 in
    Harare" is no count of its own."""
    word = previous_word(body[max(0, start - 24) : start])
    lower = word.lower()
    if not (lower.endswith("s") and body.endswith(f"{word} ", 0, start)):
        return False
    word_start = start - 1 - len(word)
    return (
        lower in NUMBERED_PLACE_WORDS
        or step_label(body, word, start)
        or (lower in POLLING_PLACE_WORDS and body.endswith(("polling ", "Polling "), 0, word_start))
    )


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
RE_MILE_MARKER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:[Mm]ile|[Kk]ilomet(?:re|er)|km) (?:[Mm]arker|[Pp]ost)|[Mm]ilepost) \Z"
)  # (a pipeline's or a railway's "kilometre post 1142" too; late-kinds15)
# ... and a road's kilometre marker after a preposition of place ("the crash near km 45", "at
# kilometre 112 of the N1", "landslides on kilometre 38"; late-kinds15): a name as a mile marker is; "km 45" read elsewhere is no figure either
KM_MARKER_TAILS = ("km ", "Km ", "KM ", "kilometre ", "kilometer ", "Kilometre ", "Kilometer ")
RE_KM_MARKER_BEFORE = re.compile(
    r"(?<![\w-])(?i:at|on|near|past|beyond|before|after|around|from|to)\s+(?:(?i:km|kilomet(?:re|er))) \Z"
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
# ... and a road named by its number right after a street's word ("the Jalan 222 bus hub", "Calle
# 72", "Carrera 7"): a name, whatever follows it (no year: "Avenida 2025" is no such road)
RE_ROAD_NUMBER = re.compile(r"\d{1,3}")
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
    if word in STREET_WORDS_OPENING_NAME and RE_ROAD_NUMBER.fullmatch(body, start, end):
        return True  # "beside the Jalan 222 bus hub", "on Calle 72": a road named by its number
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


def place_name_number(body: str, before: str, start: int, end: int) -> bool:
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


def address_after(body: str, end: int) -> bool:
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
