"""Weather readings: temperatures and the weather: the article's temperature scale, readings below
zero, felt temperatures, ovens in Fahrenheit, forecast highs and lows, gusts after a wind's speed,
and Beaufort forces written without "force"."""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING

from ..vocab import FORECAST_LABELS, FORECAST_LONG_LABELS
from . import numbers as N
from .figure import Value
from .unit_readings import reading
from .words import holds_any, sentence_matches, sentence_names, text_fact

if TYPE_CHECKING:
    from ..extract import Scanner

# A wind's force on the Beaufort scale, as shipping, sea-area and inshore forecasts give it ("wind
# southwest force 5 to 7, occasionally gale force 8", "Force 10 winds"): a reading on a named scale
# (rules, table 7), in a sentence of wind or sea (BEAUFORT_CUES; "Air Force 1" is a name)
RE_BEAUFORT_FORCE = re.compile(
    r"[Ff]orce[ -](?:(?P<low>1[0-2]|\d)(?P<join>\s(?:to|or)\s|[-–]))?(?P<num>1[0-2]|\d)(?![\w%]|[.,]\d)"
)
BEAUFORT_FORCE = "Beaufort force"
RE_FORCE_NAMED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s\Z")  # "Air Force 1", "Task Force 10": names
BEAUFORT_CUES = ("wind", "gale", "sea", "breeze", "storm", "forecast", "beaufort", "knots", "gusts")
# ... and the shipping forecast's wind with no word "force": a compass point (or "cyclonic",
# "variable") and its force or a span of forces ("Southwest 5 to 7", "Westerly 6 to gale 8",
# "veering west 4 later"), and the scale's own names with their numbers ("gale 8", "severe gale
# 9", "storm 10", "violent storm 11"), in a sentence of wind or of a sea area's forecast
# (SHIPPING_CUES); what follows is the clause's end or a forecast's word, never a unit or a noun
BEAUFORT_NAMED = r"(?:(?:[Ss]evere\s)?[Gg]ale|(?:[Vv]iolent\s)?[Ss]torm)\s"
FORCE_TAIL = (
    r"(?![\w.,]\d|[\w%-])(?=\s*[,.;:]|\s*\Z|\s+(?:veering|backing|becoming|increasing|decreasing|occasionally"
    r"|later|then|perhaps|mainly|gusting|at\s+first|for\s+a\s+time|in\s+(?:the\s+)?(?:north|south|east|west)"
    r"|or|to|and|but)\b)"
)
# (the words before a number, in any case, read in a bounded window)
RE_FORCE_WORD_BEFORE = re.compile(
    r"(?<![a-z-])(?:(?:(?:north|south)(?:[ -]?(?:east|west))?|east|west)(?:erly)?|cyclonic|variable)\s\Z"
    r"|(?<![a-z-])(?P<name>(?:severe\s)?gale|(?:violent\s)?storm)\s\Z",
    re.IGNORECASE,
)
FORCE_WORD_REACH = 16  # characters before a number read for its compass point or the scale's name
# the last two letters of RE_FORCE_WORD_BEFORE's words ("north", "west", "westerly", "cyclonic",
# "variable", "gale", "storm") in every case its IGNORECASE matches ("ſ" is an "s", "ı" and "İ" an "i")
FORCE_WORD_CASES = {"s": "sSſ", "i": "iIıİ"}
FORCE_WORD_ENDS = frozenset(
    a + b
    for end in ("th", "st", "ly", "ic", "le", "rm")
    for a in FORCE_WORD_CASES.get(end[0], end[0] + end[0].upper())
    for b in FORCE_WORD_CASES.get(end[1], end[1] + end[1].upper())
)
RE_FORCE_AFTER_COMPASS = re.compile(
    rf"(?:(?P<low>1[0-2]|[1-9])(?P<join>\s(?:to|or)\s(?:{BEAUFORT_NAMED})?))?(?P<num>1[0-2]|[1-9]){FORCE_TAIL}"
)
RE_FORCE_AFTER_NAME = re.compile(rf"(?P<num>8|9|10|11){FORCE_TAIL}")
BEAUFORT_NAME_NUMBERS = {"gale": "8", "severe gale": "9", "storm": "10", "violent storm": "11"}
SHIPPING_CUES = (*BEAUFORT_CUES, "veering", "backing", "visibility", "sea state", "shipping", "inshore")


def _below_zero(value: Value) -> Value:
    """A reading's value below zero: the number negated, or both ends of a range "A/B", the lower
    first ("40-50 degrees below zero": -50 to -40)."""
    if not isinstance(value, str):
        return -value  # type: ignore[operator]
    low, high = (N.normalise_number(-float(end)) for end in value.split("/"))
    return f"{high}/{low}"


def beaufort_without_force(sc: Scanner) -> list[tuple[re.Match[str], str]]:
    """A shipping forecast's winds on the Beaufort scale with no word "force" (RE_COMPASS_FORCE,
    RE_BEAUFORT_NAMED), in a sentence of wind or of a sea area (SHIPPING_CUES): "Westerly 6 to
    gale 8, occasionally severe gale 9"."""
    found: list[tuple[re.Match[str], str]] = []
    body = sc.body
    for d in sc.digits:
        if body[d - 3 : d - 1] not in FORCE_WORD_ENDS or not body[d - 1 : d].isspace():
            continue  # (the cheap test first: the word's end and one white space before the number)
        word = RE_FORCE_WORD_BEFORE.search(body, max(0, d - FORCE_WORD_REACH), d)
        if word is None or not sentence_names(sc, d, SHIPPING_CUES):
            continue
        if word.group("name") is None:
            m = RE_FORCE_AFTER_COMPASS.match(sc.body, d)
        else:
            m = RE_FORCE_AFTER_NAME.match(sc.body, d)
            name = " ".join(word.group("name").lower().split())
            if m is not None and BEAUFORT_NAME_NUMBERS[name] != m.group("num"):
                m = None  # "gale 8", "storm 10": the scale's name holds its number, or it is no force
        if m is not None:
            found.append((m, BEAUFORT_FORCE))
    return found


# Scales whose zero is no floor: a sign before a reading is part of its value, not a decrease
# (rules, table 1: "readings below zero that are not decreases"). The word "minus" signs any
# measurement ("minus-5 yards"); a bare sign only a temperature (a dash may join a range).
SIGNED_MEASURES = frozenset(("degree_Celsius", "degree_Fahrenheit"))
RE_BELOW_ZERO = re.compile(r"(?:(?<![\w.,-])[-−–]|\b[Mm]inus[\s-])\Z")
RE_MINUS_WORD = re.compile(r"\b[Mm]inus[\s-]\Z")


# ... or "below zero" after it ("10 degrees below zero"; "wind chills of 35 below zero", the number
# alone then, in the temperature scale the article names first)
RE_BELOW_ZERO_AFTER = re.compile(r"\s+below\s+zero\b")
RE_BARE_BELOW_ZERO = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d+)?)(?=\s+below\s+zero\b)")
# a temperature felt, with no unit after it ("it will feel like minus 10", "a wind chill of -25"):
# a reading in the article's scale, as a bare "degrees" is (rules, table 7)
RE_FELT_BEFORE = re.compile(
    r"\b(?:feels?|felt|feeling)\s+like\s+(?:minus\s+|[-−])?\Z"
    r"|\bwind\s?chills?(?:\s+(?:values|readings|temperatures))?(?:\s+(?:of|at|near|around|as\s+low\s+as))?"
    r"\s+(?:minus\s+|[-−])?\Z",
    re.IGNORECASE,
)
RE_BARE_FELT = re.compile(r"(?P<num>\d{1,2}(?:\.\d)?)(?![\w%°]|[.,]\d|\s?(?:degrees?|deg|C|F)\b)")
FELT_REACH = 30  # characters before a number read for "feels like" or "wind chill": bounded
# no noun after a plain number ("felt like 10 goals", "feels like 20 years" are no readings)
RE_FELT_AFTER = re.compile(
    r"(?:[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?:in|on|at|with|and|for|by|today|tonight|overnight|this|when|as|or"
    r"|outside|during|because)\b)"
)
# ... and, unless signed or a wind chill, a sentence of weather
RE_WEATHER_WORDS = re.compile(
    r"temperature|degree|weather|forecast|heat|cold|chill|humid|wind|shade|sunshine|celsius|fahrenheit|°"
)


def felt_temperatures(sc: Scanner) -> list[re.Match[str]]:
    """Bare numbers after "feels like" or "wind chill" (see RE_FELT_BEFORE)."""
    found = []
    for d in sc.digits:
        before = RE_FELT_BEFORE.search(sc.body, max(0, d - FELT_REACH), d)
        if before is None or (m := RE_BARE_FELT.match(sc.body, d)) is None:
            continue
        plain = before.group(0)[-1].isspace() and not before.group(0).lower().rstrip().endswith("minus")
        if plain and "chill" not in before.group(0).lower():
            if not RE_FELT_AFTER.match(sc.body, m.end()):
                continue
            if not sentence_matches(sc, d, RE_WEATHER_WORDS):
                continue
        found.append(m)
    return found


RE_READING_BELOW = re.compile(r"(?:\d|degrees?)\s+below\s+\Z")  # a reading before "below zero"
RE_TEMPERATURE_SCALE = re.compile(r"Fahrenheit|Celsius|centigrade|°[CF]\b|\d[CF]\b")


# An oven set in bare "degrees" past what a kitchen oven reaches in Celsius is in Fahrenheit, as
# American recipes write it ("bake at 375 degrees"; "heat the oven to 425 degrees")
OVEN_CUES = ("oven", "bake", "baking", "roast", "preheat", "broil")
OVEN_FAHRENHEIT = (300, 550)  # the bare settings read as Fahrenheit


def oven_fahrenheit(sc: Scanner, number: str, start: int) -> bool:
    """Whether bare degrees at `start` are an oven's setting in Fahrenheit (see above)."""
    digits = number.replace(",", "")
    if not digits.isdigit() or not OVEN_FAHRENHEIT[0] <= int(digits) <= OVEN_FAHRENHEIT[1]:
        return False
    return sentence_names(sc, start, OVEN_CUES)


def scale_named_first(body: str) -> str:
    """The temperature measure a text gives first ("minus 12 degrees Fahrenheit" makes a later
    bare "15 degrees" Fahrenheit too); Celsius when it names none."""
    named = RE_TEMPERATURE_SCALE.search(body)
    return "degree_Fahrenheit" if named and named.group().endswith(("t", "F")) else "degree_Celsius"


def temperature_scale(sc: Scanner) -> str:
    """The temperature measure the scanner's text gives first (scale_named_first), read once per
    text: a text of many bare "degrees" that names no scale is not read whole again for each."""
    fahrenheit = text_fact(sc, "fahrenheit first", lambda: scale_named_first(sc.body) == "degree_Fahrenheit")
    return "degree_Fahrenheit" if fahrenheit else "degree_Celsius"


def below_zero(body: str, start: int, sign_too: bool = True) -> int | None:
    """Where the word "minus" (or, with `sign_too`, a minus sign) right before a reading starting
    at `start` begins ("-180C", "−5°C", "minus 40C", "minus-130 degrees"), or None."""
    found = (RE_BELOW_ZERO if sign_too else RE_MINUS_WORD).search(body, max(0, start - 6), start)
    return found.start() if found else None


# ASCII characters that end a number or a sign token of words.tokens, never a word token (a word
# may end in "'" or "-"; "_" is no token at all)
ENDS_NO_WORD = frozenset(string.digits + string.punctuation) - frozenset("'-_")


# A gust's bare speed after the wind's speed in its sentence, as weather and sailing copy carries the
# unit ("winds of 40mph, with gusts of 60", "from 9 knots to gusts of 24"): the wind's unit
RE_GUST_BEFORE = re.compile(
    r"\bgust(?:s|ing|ed)?\s+(?:of\s+|to\s+|at\s+|reaching\s+|up\s+to\s+)?(?:up\s+to\s+|around\s+|about\s+|over\s+|nearly\s+)?\Z",
    re.IGNORECASE,
)
RE_WIND_SPEED_UNIT = re.compile(r"\d\s?(knots|kt|mph|km/h|kph|kmh|m/s)(?![\w/])")
GUST_REACH = 160  # characters of the sentence before a gust read for the wind's speed


def gust_measure(sc: Scanner, s_start: int, start: int) -> str:
    """The speed unit a gust's bare number carries from its sentence (RE_GUST_BEFORE), or ""."""
    if not RE_GUST_BEFORE.search(sc.body, max(s_start, start - 30), start):
        return ""
    units = RE_WIND_SPEED_UNIT.findall(sc.body, max(s_start, start - GUST_REACH), start)
    return reading(units[-1], False, glued=True) if units else ""


# a hedge between the label or the verb and the reading ("a low of about 12", "highs near 30")
READING_HEDGE = r"(?:\s+(?:about|around|near|only|just))?"
# A bare reading named a high or a low, as weather pages and almanac boxes give temperatures
# ("High: 57", "Normal low: 29", "Record low for the day: 3 in 1936", "a low of 12 or colder",
# "highs of 25"), or the mercury's move ("the mercury fell to 9"): a temperature, in the scale the
# article names first, in a text that states temperatures in degrees (a share price's "52-week low
# of 310", "a record high of 6,130" for an index, in copy with no degrees, stay bare)
RE_TEMPERATURE_NAMED_BEFORE = re.compile(
    r"(?:\b(?:high|low)s?(?:\s+for\s+the\s+(?:date|day))?\s*:"
    rf"|\b(?:high|low)s?\s+of{READING_HEDGE}"
    r"|\bmercury\s+(?:fell|dropped|plunged|sank|dipped|rose|climbed|soared|hit|reached|touched)(?:\s+to)?)"
    r"\s+(?:minus\s+)?\Z",
    re.IGNORECASE,
)
# ... or a forecast line's label with no colon, opening a line, a clause or the line's next reading
# ("Tonight: Clear. Low 28.", "Tuesday: High 45, with ...", "Min 19 Max 27", "High minus 6"); not
# a band of readings ("the high 20s": RE_READING_BAND_AFTER); the labels are vocab.FORECAST_LABELS
FORECAST_LABEL_FORMS = (
    *FORECAST_LABELS,
    *("Highs", "Lows", "highs", "lows"),  # "Highs 21 to 24", "Sunny, lows 8"
    *FORECAST_LONG_LABELS,
    *(label.lower() for label in FORECAST_LABELS),
    *(label.upper() for label in FORECAST_LABELS),
)
RE_FORECAST_LABEL_BEFORE = re.compile(
    rf"(?:^|[.,;:]\s|\d\s)(?:{'|'.join(FORECAST_LABEL_FORMS)})\.?"
    r"\s+(?:minus\s+)?\Z",
    re.MULTILINE,
)
RE_READING_BAND_AFTER = re.compile(r"\d*s\b|\d*['’]s\b")
# ... or a forecast's highs or lows reaching a bare number, also as the second of two after "and"
# ("highs should reach 48 on Tuesday", "lows will fall to the 20s by Friday and 18 on Saturday")
RE_FORECAST_READING_BEFORE = re.compile(
    r"\b(?:highs?|lows?|temperatures?)\s+(?:(?:should|will|could|may|might|are\s+expected\s+to|to)\s+)?"
    r"(?:reach|hit|top|near|climb\s+to|rise\s+to|fall\s+to|drop\s+to|dip\s+to|peak\s+at)"
    rf"{READING_HEDGE}(?:\s+[^.;!?]{{1,40}}?\s+and)?\s+\Z",
    re.IGNORECASE,
)
FORECAST_READING_REACH = 100  # characters before a bare number read for the forecast's verb
RE_DEGREES_STATED = re.compile(r"\d[\s-]?(?:°|degrees?\b)")
TEMPERATURE_NAMED_REACH = 40  # characters before a bare number read for its label
# "temperature" (or "the mercury") as the subject of a verb of level right before a bare number
# ("Temperatures rose to 41", "the temperature has dropped to minus 3", "temperatures hovered
# around 38", "The mercury climbed to 46"): a reading in the text's temperature scale
# (temperature_scale) in any text, weather copy or not; the noun names no count and no index
RE_TEMPERATURE_LEVEL_BEFORE = re.compile(
    r"(?:\btemperatures?|\bthe\s+mercury)\s+(?:(?:have|has|had)\s+)?(?:now\s+)?"
    r"(?:rose|risen|rising|climbed|soared|fell|fallen|falling|dropped|plunged|dipped|sank|hit|reached"
    r"|touched|peaked|topped|stood|stand|stands|hovered|hovering|hover|hovers|was|were|is|are)"
    rf"(?:\s+(?:to|at))?{READING_HEDGE}\s+(?:minus\s+)?\Z",
    re.IGNORECASE,
)
TEMPERATURE_LEVEL_REACH = 60  # characters before a bare number read for the noun and its verb
# ... in a text of weather: degrees, and a word weather copy uses (a firm's "360-degree review"
# and its shares' "low of 42" are no weather)
WEATHER_TEXT_CUES = (
    *("weather", "forecast", "temperature", "mercury", "precipitation", "snowfall", "rainfall", "frost"),
    *("wind chill", "windchill", "meteorolog", "almanac", "heatwave", "heat wave", "cold snap", "cold front"),
)


# ... or a text of forecast lines, which may state no degrees ("Low 28. Winds NW 10 to 15 mph.
# Tuesday: High 45, with a 30 percent chance of snow."): a chance of rain or snow, or a UV index
FORECAST_CHANCE_CUES = (
    *("chance of rain", "chance of snow", "chance of showers", "chance of precipitation"),
    *("chance of thunder", "chance of a shower", "chance of sleet", "rain chance"),
)
FORECAST_TEXT_CUES = (*FORECAST_CHANCE_CUES, "uv index")


# ... or a wind given by its compass point and its speed ("Winds NW 10 to 15 mph", "wind north 30
# km/h", "wind southwest force 5"), read on lower-case text
RE_COMPASS_WIND = re.compile(
    r"winds?\s+(?:from\s+the\s+)?(?:(?:north|south)-?(?:east|west)?|east|west|[ns][ew]|[nsew]|[ns][ns]?[ew])"
    r"(?:erly|erlies)?\s+(?:at\s+|force\s+|of\s+)?\d"
)


# ... or a UV index given as "UV" and its number ("UV 9, very high", "UV: 2"), or a forecast line's
# sky opening a line or a sentence, a comma or a stop after it ("Sunny, high 31, low 18.",
# "Thunderstorms, high 27", "Partly cloudy. Min 19"): its condition, as forecast bulletins print it
RE_UV_READING = re.compile(r"\buv(?:\s+index)?:?\s+\d")
SKY_CONDITIONS = (
    r"sunny|cloudy|overcast|showers|thunderstorms|drizzle|fog|foggy|hazy|misty|rain|snow|sleet|hail|gales|windy"
    r"|frosty|dry|clear\s+skies"
)
RE_SKY_CONDITION = re.compile(
    rf"(?:^|[.:]\s+)(?:(?:Mostly|Partly|Mainly|Very)\s+(?i:{SKY_CONDITIONS})|(?=[A-Z])(?i:{SKY_CONDITIONS}))"
    r"(?:\s+[a-z]+){0,3}[.,]",  # ("Rain at times,", "Showers dying out.", "Sunny spells.")
    re.MULTILINE,
)


def weather_in_degrees(sc: Scanner) -> bool:
    """Whether the text states degrees and speaks of weather (WEATHER_TEXT_CUES), or is a text of
    forecast lines (FORECAST_TEXT_CUES, RE_COMPASS_WIND, RE_UV_READING, RE_SKY_CONDITION)."""
    return (
        (
            ("degree" in sc.lower or "°" in sc.body)
            and RE_DEGREES_STATED.search(sc.body) is not None
            and any(cue in sc.lower for cue in WEATHER_TEXT_CUES)
        )
        or holds_any(sc.lower, "chance", FORECAST_CHANCE_CUES)  # (FORECAST_TEXT_CUES: one scan for the eight)
        or "uv" in sc.lower
        and RE_UV_READING.search(sc.lower) is not None
        or ("wind" in sc.lower and RE_COMPASS_WIND.search(sc.lower) is not None)
        or RE_SKY_CONDITION.search(sc.body) is not None
    )


RE_BARE_READING = re.compile(r"\d{1,3}(?:\.\d)?(?![\d%]|[.,]\d)")


def temperature_named(sc: Scanner, s_start: int, start: int) -> str:
    """The temperature measure of a bare reading named a high, a low or the mercury's (see
    RE_TEMPERATURE_NAMED_BEFORE), or "" (read in a text of weather only: clause_measure)."""
    if not (bare := RE_BARE_READING.match(sc.body, start)):
        return ""
    if (
        not RE_TEMPERATURE_NAMED_BEFORE.search(sc.body, max(0, start - TEMPERATURE_NAMED_REACH), start)
        and not RE_FORECAST_READING_BEFORE.search(
            sc.body, max(s_start, start - FORECAST_READING_REACH), start
        )
        and (
            not RE_FORECAST_LABEL_BEFORE.search(sc.body, max(0, start - 16), start)
            or RE_READING_BAND_AFTER.match(sc.body, bare.end())
        )
    ):
        return ""
    return temperature_scale(sc)


def forecast_reading(sc: Scanner, start: int) -> bool:
    """Whether a bare number at `start` is a forecast line's reading after a label with no colon
    ("Low 28", "Max 27") in a text of weather: no name's number, as "Game 3" is."""
    if not RE_FORECAST_LABEL_BEFORE.search(sc.body, max(0, start - 16), start):
        return False
    weather = sc.text_facts.get("weather in degrees")
    if weather is None:
        weather = text_fact(sc, "weather in degrees", lambda: weather_in_degrees(sc))
    return bool(weather) and temperature_named(sc, sc.sentence_bounds(start)[0], start) != ""
