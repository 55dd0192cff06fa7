"""Unit readings: the unit vocabulary's readers shared by the measure scans: the pattern of
unit words after a number (word_pattern, qualifier_gap, followers), what a unit word
reads as (reading, measure_of, is_physical, glued_reading, label) and what the measurement is of
(quantity_subject), with the units' own look-alikes: capitalised units, weighed goods, installed
meters, concentration bases, kitchen cups and sea or air miles."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .. import measures
from ..vocab import RECIPE_SPOONS, SCALE_WORDS
from . import money, subject_clauses
from . import numbers as N
from .figure import Figure
from .numbers import NUM, WNUM
from .words import sentence_fact, sentence_matches, text_fact

if TYPE_CHECKING:
    from ..extract import Scanner

# Unit words written with a capital inside a sentence (the rest so written are names).
# "Calories" with a capital are the food calories of nutrition writing; "Mtpa", "Mt" and "Gt" are
# how mining and climate copy writes million tonnes per annum, megatonnes and gigatonnes, "Bcf"
# and "Tcf" how gas copy writes billion and trillion cubic feet, "Mtoe" million tonnes of oil
# equivalent; "Mbps" and the like are data rates; "Mb/d" and the like oil and gas rates.
CAPITALISED_UNITS = frozenset(
    (
        "Celsius",
        "Fahrenheit",
        "Kelvin",
        "Baumé",  # a grape must's sugar, named after a chemist
        "Baume",
        "Brix",
        "Gy",
        "Pa",
        "Hz",
        "Calories",
        "Calorie",
        "Mtpa",
        "Mt",
        "Gt",
        "Bcf",
        "Tcf",
        "Mtoe",
        "Gcal",  # gigacalories of district heat ("3,400 Gcal")
        "Gcal/h",  # ... and a heat plant's output rate ("35 Gcal/h")
        "Gcal/hr",
        "L/100km",  # fuel use spaced from its number ("5.8 L/100km"): a symbol, not a name
        "L/100 km",
        "Moz",  # mining copy's million ounces ("1.2 Moz of gold")
        "Mozs",
        "Mbps",
        "Gbps",
        "Kbps",
        "Tbps",
        "Mbit/s",  # ... also written with the bit and the second apart ("63.4 Mbit/s")
        "Gbit/s",
        "Kbit/s",
        "Tbit/s",
        "Nm",  # newton metres of torque ("450 Nm"), not a name
        # oil and gas rates whose capital is their scale ("1.2 Mb/d", "400 Kb/d", "9.8 Bcf/d",
        # "2.4 Mboe/d"): a rate's slash is no name's
        "Mb/d",
        "Kb/d",
        "Bcf/d",
        "Bcfd",
        "Mboe/d",
    )
)
# Measures named by the labelling rules that have no unit word after a number.
AGE = "years of age"


# A "cup" after a number is the kitchen's volume in a text that also measures in spoons or names an
# oven, a whisk, flour or a recipe
# or when a metric weight or volume follows it in brackets ("1 cup (240ml) stock"); otherwise it may
# be a trophy ("has won three cups").
KITCHEN_SPOONS = (*RECIPE_SPOONS, "recipe", "oven", "whisk", "flour")
RE_METRIC_IN_BRACKETS = re.compile(r" ?\(\d[\d,.]*\s?(?:g|grams?|ml|millilit(?:er|re)s?)\)")
# ... or when a food or a feed measured out follows it ("two cups of dry food a day", "a cup of
# kibble", "three cups of rice"; late-carry8): "three cups of coffee" may count the drinks
RE_CUP_OF_FOOD = re.compile(
    r"s? of (?:(?:dry|wet|tinned|canned|cooked|uncooked|raw|rolled)\s)?"
    r"(?:(?:dog|cat|puppy|kitten|pet)\s)?(?:food|kibble|feed|pellets|biscuits|oats|rice|grain|sugar)\b"
)


# "nm" is nanometres (a chip's process, a wavelength) unless its sentence is at sea or in the air,
# where it is nautical miles
RE_SEA_AIR = re.compile(
    r"\b(?:nautical|knots?|aircraft|planes?|flights?|runways?|airports?|pilots?|ships?|vessels?|boats?|yachts?"
    r"|sail(?:s|ed|ing|ors?)?"
    r"|coast\w*|offshore|ports?|harbou?rs?|seas?|navy)\b"
)


def sea_or_air(sc: Scanner, start: int) -> bool:
    """Whether the sentence around `start` is at sea or in the air (see above)."""

    def cued(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        return RE_SEA_AIR.search(sc.lower, s_start, s_end) is not None

    return sentence_fact(sc, "sea or air", start, cued)


def kitchen_cup(sc: Scanner, end: int) -> bool:
    """Whether a "cup" ending at `end` is the kitchen's volume (see KITCHEN_SPOONS)."""
    recipe = text_fact(sc, "recipe text", lambda: any(unit in sc.lower for unit in KITCHEN_SPOONS))
    return recipe or bool(RE_METRIC_IN_BRACKETS.match(sc.body, end) or RE_CUP_OF_FOOD.match(sc.body, end))


def qualifier_gap() -> str:
    """Regex of one optional word of basis before a spaced unit (measures.UNIT_QUALIFIERS: "wet",
    "dry", "troy", ...), tried only when the unit cannot be read without it ("long tons" stays one
    unit)."""
    return rf"(?:[\s-](?i:{'|'.join(measures.UNIT_QUALIFIERS)})(?=[\s-])|{COMPARATIVE_GAP})??"


# A word of comparison between a number and a unit word spelt out ("Two more pounds won't stop
# him", "another three extra kilos", "two fewer metres"): the amount is still in that unit (a
# change in a measured quantity stays in its unit, rules table 7); only before a word of four
# letters or more, so no symbol or letter is read as a unit there ("two more C grades")
COMPARATIVES = ("more", "extra", "fewer", "less", "further", "additional")
COMPARATIVE_GAP = rf"\s(?i:{'|'.join(COMPARATIVES)})(?=\s[A-Za-z]{{4}})"


@cache
def word_pattern() -> re.Pattern[str]:
    """A number in words, then a physical unit word after a space ("eight kilometres"); a first
    number in words joined by "to" or "or" may open a range ("three to four metres"), or by "and"
    after "between" ("between five and six kilometres": scan_word_units checks the "between");
    a scale word may follow the number ("three million tonnes", "two to three billion litres");
    the compounds ("a two-metre wall") are read with the counts' compounds."""
    return re.compile(
        rf"(?:(?P<low>(?i:{WNUM}))\s+(?P<join>to|{N.OR_JOIN}|and)\s+(?=(?i:{WNUM}) ))?"
        rf"(?P<num>(?i:{WNUM}))(?: (?P<scale>million|billion|trillion))?(?:-(?:plus|odd)(?=\s))?{qualifier_gap()} (?P<mu>{measures.unit_alternation()})(?![\w/])"
    )


# A pattern's or a catalogue's sizes in brackets: the first size's number, the other sizes' in
# brackets, then the unit written once ("circumference 92 (102) cm", "measures 10 (11, 12)
# inches"): one measurement per size, the unit carried into the bracket (rules, table 7; not a range
# and not an "X or Y" estimate)
# a size reads thousands groups ("950 (1,050) mm"); the sizes in a bracket are separated by a comma
# and a space
SIZE = r"\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d{1,2})?"
RE_SIZE_BRACKET_TAIL = re.compile(rf"(?:, (?:{SIZE})){{0,4}}\)\s?")
SIZE_BRACKET_FOLLOWERS = N.Followers(("(",))


@cache
def size_bracket_pattern() -> re.Pattern[str]:
    """A number, a bracket of one to five other numbers, then a unit (RE_SIZE_BRACKET_TAIL)."""
    return re.compile(
        rf"(?<![\w.,(])(?P<num>{SIZE}) \((?P<alts>(?:{SIZE}){RE_SIZE_BRACKET_TAIL.pattern})"
        rf"(?P<mu>{measures.unit_alternation()})(?![\w/])"
    )


RE_SIZE_NUMBER = re.compile(SIZE)


def scan_size_brackets(sc: Scanner) -> None:
    """Sizes in brackets before a unit (size_bracket_pattern): one measurement per size, each quote
    ending where its number ends, the last's where the unit ends."""
    for m in sc.at(size_bracket_pattern(), sc.digits_then(SIZE_BRACKET_FOLLOWERS)):
        measure = reading(m.group("mu"), False)
        if not measure or not sc.free(m.start(), m.end()):
            continue
        sc.claim(m.start(), m.end())
        sizes = [
            m.span("num"),
            *(n.span() for n in RE_SIZE_NUMBER.finditer(sc.body, m.start("alts"), m.start("mu"))),
        ]
        for s, e in sizes:
            value = N.normalise_number(N.parse_amount(sc.body[s:e]))
            end = m.end() if (s, e) == sizes[-1] else e
            sc.add(Figure(s, end, (s, e), value, "other", "other", label(measure), measure=measure))


# a unit word after a number in words is read only when it is this long: short symbols there are
# words of the sentence ("one in five", "two a day")
WORD_UNIT_MIN = 3


@cache
def unit_after() -> re.Pattern[str]:
    """A unit word right after a number read otherwise (scientific notation: "2.998×10−8 m/s")."""
    return re.compile(rf"\s?(?P<mu>{measures.unit_alternation()})(?![\w/])")


@cache
def followers() -> N.Followers:
    """What `pattern()` may read right after the digits: a scale word, a hyphen, a unit or a
    unit letter glued to the number ("1.6l")."""
    return N.Followers(
        (
            "-",
            "–",
            "—",
            "to",
            *measures.unit_spellings(),
            *measures.GLUED_ONLY_FORMS,
            *measures.UNIT_QUALIFIERS,
            *COMPARATIVES,
        ),
        starts=SCALE_WORDS,
    )


# what N.RE_SCIENTIFIC reads right after the mantissa: the times sign or an "x"
SCIENTIFIC_FOLLOWERS = N.Followers(("×", "x"))
# what RE_MAGNITUDE_AFTER and RE_METRES read right after the digits
MAGNITUDE_FOLLOWERS = N.Followers(
    ("-", "on"), starts=("magnitude", "aftershock", "earthquake", "quake", "tremor")
)
METRES_FOLLOWERS = N.Followers(("m",))
# what RE_METRES_NO_NOUN_RANGE reads right after its first number: the glued "m" or a dash
METRES_RANGE_FOLLOWERS = N.Followers(("m", "-", "–"))


def measure_of(unit_text: str) -> str:
    """The stable measure name of a unit as written, or "" when it is not a known unit."""
    return measures.measure_for(unit_text) or ""


def reading(unit_text: str, weighs: bool, glued: bool = False) -> str:
    """The measure of a unit word read as a measurement here, or "": time units and ages have
    dimensions of their own;
    "m", "p" and bare "points" are read by other rules; "pounds" only when the sentence weighs.
    A unit glued to its number ("30Mbps", "2.4Ghz") is never a name, whatever its case."""
    if (
        not glued
        and unit_text[:1].isupper()
        and unit_text[1:].islower()
        and unit_text not in CAPITALISED_UNITS
    ):
        return ""  # "the 2016 Stone Age", "12 Miles Street": a name, not a unit
    found = measures.unit_word(unit_text)
    if found is None or found.measure in measures.TIME_MEASURES or found.measure in measures.AGE_MEASURES:
        return ""
    if found.ambiguous and unit_text.lower() in ("m", "p", "points", "point"):
        return ""
    if found.ambiguous and unit_text.lower().startswith("pound") and not weighs:
        return ""
    if found.measure == "stone" and not weighs:
        return ""  # "set 12 stones in the ring", "12 stone cottages": stones as things, unless it weighs
    return found.measure


def _weighs(sc: Scanner, unit_text: str, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of weight, asked only of "pound(s)" and "stone(s)":
    the units `reading` needs it for (so a sentence is not read again for every other unit in it)."""
    return unit_text.lower().startswith(("pound", "stone")) and (
        unit_text[0] in "Pp"
        and money.pounds_weigh(sc)
        or sentence_fact(sc, "weighs", offset, sc.weight_sentence)
    )


# "a 220-pound linebacker", "a 50-pound sack": digits hyphened to "pound" before a noun weigh it,
# unless the noun is money's ("a 20-pound note", "a 50-pound fine"); a fishing line's breaking
# strength "50-pound-test line" (or "-pound test") is pounds too
RE_MONEY_NOUN_AFTER = money.RE_MONEY_NOUN_AFTER
RE_LINE_TEST_AFTER = re.compile(r"[- ]test\b", re.IGNORECASE)


def weighed_compound(body: str, end: int) -> bool:
    """Whether "N-pound" ending at `end` weighs the noun after it (see above)."""
    return (
        RE_MONEY_NOUN_AFTER.match(body, end) is None and body[end : end + 1] == " "
    ) or RE_LINE_TEST_AFTER.match(body, end) is not None


# "meters" installed are devices (electricity, water or parking meters), counted: the object of
# "install" with no "of" after it ("will install 75,000 meters"); a length installed names what it
# measures ("installed 300 meters of cable")
RE_INSTALL_BEFORE = re.compile(
    r"\binstall(?:s|ed|ing)?\s+(?:(?:about|some|nearly|almost|another|an\s+additional|up\s+to|more\s+than|over)\s+)?\Z"
)
RE_METERS_LENGTH_AFTER = re.compile(r"\s+(?:of|long|high|deep|wide|tall|away|apart)\b")
# ... also when the verb comes after them ("2,730 meters have been installed", "600 meters were
# fitted"), or when their sentence names the devices by kind ("homes pay through smart meters, and
# 900 meters are in"): a length is never "smart", "prepaid" or "water" meters
RE_INSTALLED_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is|will|would)\s+)?(?:(?:already|now|so\s+far|since)\s+)?"
    r"(?:(?:been|be)\s+)?(?:installed|fitted|connected|replaced|rolled\s+out)\b"
)
RE_METER_DEVICE = re.compile(
    r"\b(?:smart|prepaid|pre-paid|postpaid|water|electricity|electric|gas|power|energy|parking|digital|utility)"
    r"\s+meters?\b"
)  # read in the lower-cased reading copy


def installed_meters(sc: Scanner, start: int, end: int) -> bool:
    """Whether "meters" ending at `end` after a number starting at `start` are devices installed
    or named as devices in their sentence (see above), with no word of length after them."""
    body = sc.body
    if RE_METERS_LENGTH_AFTER.match(body, end) is not None:
        return False
    if RE_INSTALL_BEFORE.search(body, max(0, start - 40), start) or RE_INSTALLED_AFTER.match(
        body, end, end + 50
    ):
        return True
    return sentence_matches(sc, start, RE_METER_DEVICE)  # once per sentence


# a small mass of a substance "in" a round volume or mass of another: a concentration, as laws and
# tests state it ("80 milligrammes of alcohol in 100 millilitres of blood", "5 micrograms of lead in 1
# litre"): the volume is its base, no figure (a recipe's "10g of sugar in 250ml of water" is no
# concentration: grams, and a volume that is not round)
RE_CONCENTRATION_BEFORE = re.compile(
    r"\d\s?(?:(?:micro|milli|nano)gram(?:me)?s?|mg|µg|μg|mcg|ng)\s+of\s+(?:[\w-]+\s+){1,3}in\s+\Z",
    re.IGNORECASE,
)
CONCENTRATION_BASES = frozenset(("1", "10", "100", "1,000", "1000"))
CONCENTRATION_REACH = 70  # characters read before the base for the mass and its substance


def concentration_base(body: str, start: int, end: int) -> bool:
    """Whether the measure at start:end is the round base of a concentration stated before it."""
    if body[start:end] not in CONCENTRATION_BASES or not body.endswith(" in ", 0, start):
        return False
    return RE_CONCENTRATION_BEFORE.search(body, max(0, start - CONCENTRATION_REACH), start) is not None


def is_physical(measure: str) -> bool:
    """Whether a measure is a physical unit from pint (not points, minor currency units, ages or scales)."""
    return measure not in measures.OTHER_MEASURES


def glued_reading(letter: str) -> str:
    """The measure of a unit letter glued to its number ("1.6l" -> liter, "10W" -> watt)."""
    return measures.glued_measure(letter)


@lru_cache(maxsize=1024)  # one label per measure name of the vocabulary: bounded whatever the input
def label(measure: str) -> str:
    """How a subject names the measure: "(unit: kilometres per hour)"."""
    return f"(unit: {measures.subject_unit_label(measure)})"


def quantity_subject(sc: Scanner, start: int, measure: str) -> str:
    """A measurement's subject before its syntax is read: its clause, then the kind of quantity when
    the clause does not name it, then the unit ("star moves back and forth speed (unit: kilometres
    per hour)"); only the unit label when the unit names no one kind (a length may be a height or a
    distance: the clause is added later, as for any figure whose subject names nothing)."""
    quantity = measures.quantity_of(measure)
    if not quantity:
        return label(measure)
    clause = subject_clauses.clause_subject(sc.body, sc.sentence_bounds(start)[0], start)
    if quantity in clause.lower():
        quantity = ""  # "Temperatures dropped by 1 to 1.5 degrees"
    return " ".join(w for w in (clause, quantity, label(measure)) if w)


@cache
def and_a_half_pattern() -> re.Pattern[str]:
    """A whole number, a fraction, then a unit word ("two and a half lengths", "3 and a quarter
    miles"), or a unit between "a" and its fraction ("a length and a quarter")."""
    after = "a half|a quarter|three[- ]quarters"
    return re.compile(
        rf"(?P<num>{NUM}|(?i:{WNUM})) and (?P<frac>{after}) (?P<mu>{measures.unit_alternation()})(?![\w/])"
        # ... and one unit and a fraction, the unit between ("got up by a length and a half", "a mile
        # and a quarter"; a horse's or a boat's "length" is a unit only with its fraction: "beaten a
        # length and three-quarters")
        rf"|(?<![\w-])(?P<a>[Aa]n?) (?P<mu1>length|{measures.unit_alternation()}) and (?P<frac1>{after})(?![\w-])"
    )


@cache
def a_scale_pattern() -> re.Pattern[str]:
    """ "a million", "half a million", "three-quarters of a million" (numbers.A_SCALE), then a
    physical unit word after a space ("half a million barrels a day", "a quarter of a million
    tonnes")."""
    return re.compile(
        rf"(?<![\w-])(?P<num>(?i:{N.A_SCALE})){qualifier_gap()} (?P<mu>{measures.unit_alternation()})(?![\w/])"
    )
