"""Measurements ("1.2 million barrels per day", "90 km/h", "31 degrees Celsius", "60 feet (18m)")
and the `measure` of every figure whose unit is "other". The unit vocabulary and the stable
measure names come from analysis/measures.py (pint); this module decides where a unit word
after a number is a measurement, and keeps time units for the duration dimension.

This module holds the measure scans (scan_measures, scan_units, scan_word_units, scan_scientific
...) and the measure of a bare number's clause (clause_measure); the readers they call live in
unit_readings.py, length_readings.py, sport_readings.py, weather_readings.py and
scale_readings.py."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .. import measures
from ..vocab import DEBT_WORDS, DIFFERENCE_COMPARATIVES, PEOPLE_NOUNS, POSSESSIVE_DETERMINERS
from . import numbers as N
from . import place_names
from .change_pairs import interval_after_move
from .figure import Figure, Value
from .length_readings import (
    INCHES_STOP_FOLLOWERS,
    RE_APPOSED_METRES,
    RE_FOOT_INCHES,
    RE_GLUED_M_SIZED,
    RE_GLUED_TONNES,
    RE_INCHES_AFTER_FEET,
    RE_INCHES_BRACKETED,
    RE_INCHES_STOP,
    RE_METRE_WORD,
    RE_METRES,
    RE_METRES_AT_GRADE,
    RE_METRES_AWAY,
    RE_METRES_BY_YEAR,
    RE_METRES_COMPARED,
    RE_METRES_NAMED,
    RE_METRES_NAMED_RANGE,
    RE_METRES_NO_NOUN,
    RE_METRES_NO_NOUN_RANGE,
    RE_METRES_SLASH_FEET,
    RE_SPACED_M_SIZED,
    RE_SPACED_METRES,
    RE_SPACED_TONNES,
    RE_TIDE_HEIGHT,
    SPACED_TONNES_FOLLOWERS,
    air_level,
    compared_to_level,
    converts_length,
    converts_metric_length,
    length_named,
    level_measured,
    metre_sized,
    peak_height,
    scan_dimensions,
    scan_person_heights,
    scan_pixel_dimensions,
    sized_thing,
    sizes_noun_after,
    spaced_metre_sized,
    spaced_tonnes,
    tide_line_height,
    tide_sentence,
    water_level,
)
from .resolve import matches_at_word, matches_before_word
from .scale_readings import (
    ALERT_LEVEL,
    AVALANCHE_DANGER,
    AVALANCHE_SIZE,
    CATEGORY,
    CLIMB_CATEGORY,
    CYCLONE_CUES,
    CYCLONE_SIGNAL,
    DROUGHT_CURB_WORDS,
    DROUGHT_STAGE,
    EF_SCALE,
    FINENESS,
    FINENESS_FOLLOWERS,
    FLIGHT_CUES,
    FLIGHT_LEVEL,
    GAS_MARK,
    HALLMARK_FOLLOWERS,
    INDEX_CUES,
    INDEX_NAMES,
    INDEX_SIGNS,
    INTENSITY,
    JURY_POINT_FOLLOWERS,
    KARAT_K_FOLLOWERS,
    KP_INDEX,
    LAB_CUES,
    LAB_NAMES,
    MACH,
    MAGNITUDE,
    MAX_KARAT,
    QUAKE_WORDS,
    RE_ALERT_LEVEL,
    RE_AVALANCHE_DANGER,
    RE_AVALANCHE_SIZE,
    RE_CATEGORY,
    RE_CATEGORY_STORM,
    RE_CLIMB_CATEGORY,
    RE_CLIMB_RATED_CATEGORY,
    RE_CYCLONE_SIGNAL,
    RE_EF_SCALE,
    RE_FINENESS,
    RE_FLIGHT_LEVEL,
    RE_GAS_MARK,
    RE_HALLMARK,
    RE_INDEX_ALTERNATIVE,
    RE_INDEX_NUMBER,
    RE_INDEX_READING,
    RE_INTENSITY_ON_SCALE,
    RE_KARAT_K,
    RE_KARAT_METAL_AFTER,
    RE_KP_INDEX,
    RE_LAB_READING,
    RE_LEVEL_NUMBER,
    RE_LEVEL_OF_SCALE,
    RE_MACH,
    RE_MAGNITUDE_AFTER,
    RE_MAGNITUDE_BEFORE,
    RE_MAGNITUDE_OF,
    RE_MMI,
    RE_OF_MAGNITUDE,
    RE_POINTS_ON_SCALE,
    RE_PRECIOUS_METAL,
    RE_REPRODUCTION_NUMBER,
    RE_REPRODUCTION_NUMBER_BY_LETTER,
    RE_RESTRICTION_STAGE,
    RE_SCALE_NAMED,
    RE_SCORES_BEFORE_TOP,
    RE_SCORES_TOP,
    RE_SHEDDING_STAGE,
    RE_SIGNAL_WARNING_WORD,
    RE_STAR_GRADED_PLACE,
    RE_STAR_RATING,
    RE_STARS_ANY,
    RE_STARS_BRACKETED_EARLIER,
    RE_STARS_HELD,
    RE_STARS_LABEL_BEFORE,
    RE_STARS_OUT_OF_TOP,
    RE_STARS_OWNED_BEFORE,
    RE_STARS_RATED,
    RE_STARS_TO_AFTER,
    RE_STORM_WORD,
    RE_TAX_MILLS,
    RE_UV_READING,
    RE_WARNING_AFTER_LEVEL,
    RE_WARNING_BEFORE_LEVEL,
    RE_WATER_WORD,
    RE_WORLDSCALE,
    READING_OF_CUES,
    REPRODUCTION_CUES,
    REPRODUCTION_NUMBER,
    RESTRICTION_CUES,
    SCALE_NAME_CUES,
    SCALE_READINGS,
    SCORES_TOP_REACH,
    SHEDDING_STAGE,
    STAR_GRADED_LEADS,
    STAR_LEADS,
    STAR_RATING,
    STAR_RATING_CUES,
    STARS_ANY_LEADS,
    STARS_HELD_LEADS,
    STARS_LABEL_REACH,
    STARS_OUT_OF_LEADS,
    STARS_OWNED_REACH,
    STATED_FINENESS,
    STORM_REACH,
    TAX_MILL,
    TAX_MILL_CUES,
    TAX_MILL_LEADS,
    TORNADO_WORDS,
    WARNING_LEVEL_REACH,
    WORLDSCALE,
    WORLDSCALE_CUES,
    avalanche_level_named,
    avalanche_sentence,
    bare_magnitudes,
    quake_sentence,
    scale_level_measure,
    scale_readings_named_before,
    scan_p_values,
    scan_point_fineness,
    scan_tv_ratings,
    sheds_load,
    sky_sentence,
    tornado_sentence,
)
from .sport_readings import (
    JURY_POINT,
    K_FOLLOWERS,
    RE_APPRENTICE_CLAIM,
    RE_GLUED_K,
    RE_GLUED_M,
    RE_RACE_MARKER,
    RE_TRACK_RATING,
    RE_WEIGHT_CARRIED,
    TRACK_RATING,
    TRACK_RATING_CUES,
    course_point,
    field_mark,
    horse_racing,
    race_distance,
    road_race,
    scan_sport_readings,
)
from .unit_readings import (
    MAGNITUDE_FOLLOWERS,
    METRES_FOLLOWERS,
    METRES_RANGE_FOLLOWERS,
    SCIENTIFIC_FOLLOWERS,
    WORD_UNIT_MIN,
    _weighs,
    a_scale_pattern,
    and_a_half_pattern,
    concentration_base,
    followers,
    glued_reading,
    installed_meters,
    is_physical,
    kitchen_cup,
    label,
    qualifier_gap,
    quantity_subject,
    reading,
    scan_size_brackets,
    sea_or_air,
    unit_after,
    weighed_compound,
    word_pattern,
)
from .weather_readings import (
    BEAUFORT_CUES,
    BEAUFORT_FORCE,
    ENDS_NO_WORD,
    RE_BARE_BELOW_ZERO,
    RE_BARE_READING,
    RE_BEAUFORT_FORCE,
    RE_BELOW_ZERO_AFTER,
    RE_FORCE_NAMED_BEFORE,
    RE_READING_BELOW,
    RE_TEMPERATURE_LEVEL_BEFORE,
    SIGNED_MEASURES,
    TEMPERATURE_LEVEL_REACH,
    _below_zero,
    beaufort_without_force,
    below_zero,
    felt_temperatures,
    gust_measure,
    oven_fahrenheit,
    temperature_named,
    temperature_scale,
    weather_in_degrees,
)
from .words import (
    LABEL_LINE_OPENING,
    goods_weighed_after,
    land_after,
    line_label,
    pack_weighed_before,
    sentence_matches,
    sentence_names,
    text_fact,
    tokens,
    weighed_before,
)

if TYPE_CHECKING:
    from ..extract import Scanner

# ... and "level N" after "to" or "at" where its sentence or the one before names a travel advice,
# an alert, a warning or a threat level ("raised our advice for Cochabamba to level 3", "The rest of
# the country stays at level 2", "the threat level was raised to level 3"): a reading on the scale
# the government or agency keeps; "moved to level 3 of the league" and "Level 3 students" stay names
RE_TO_AT_BEFORE_LEVEL = re.compile(r"\b(?:to|at)\s\Z")
RE_NAMED_SCALE = re.compile(
    r"\b(?i:(?P<advice>advice|advisory|advisories)|alerts?|warnings?|(?P<threat>threat))\b"
)
# characters before "level" read, in its sentence and the one before, for the scale's name
NAMED_SCALE_REACH = 240
TRAVEL_ADVICE_LEVEL = "travel advice level"
THREAT_LEVEL = "threat level"
# A fact box's or a pollution table's line labelled by a particle size, its bare reading after the
# colon ("PM2.5: 214", "PM10 (24-hour average): 96", "- PM2.5: 180-220"): a concentration in
# micrograms per cubic metre, the unit air-quality copy states these readings in (as p582's "safe
# limit of 60" after "micrograms per cubic metre"); a unit written after it is read as written
RE_PARTICLE_LABEL = re.compile(
    rf"{LABEL_LINE_OPENING}PM ?(?:2\.5|10|1)(?:[ \t]+[a-z]+){{0,2}}(?:[ \t]+\([^()\n]{{1,30}}\))?:[ \t]+"
    r"(?:(?:about|around|up to|over|above)[ \t]+)?(?=\d)"
)
# ... the reading itself, read where the label ends (its span is the reading's, not the label's)
RE_PARTICLE_READING = re.compile(
    r"(?:(?P<low>\d{1,4}(?:\.\d{1,2})?)(?P<join>[ \t]?[-–][ \t]?|[ \t]+to[ \t]+))?"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d{1,2})?)(?![\w%/-]|[.,]\d|[ \t]*(?:per|times|percent|per cent)\b)"
)
PARTICLE_CONCENTRATION = "microgram / meter ** 3"
RE_NAME_AFTER = re.compile(r" [A-Z]")  # a capitalised word right after a unit symbol
# a distance in astronomical units written "AU" (space and science copy: "passed 1.3 AU from the
# Sun", "orbits at 40 AU."): only with a distance word after it or closing its clause, and no
# year before it, as "AU" is also the African Union ("the 2026 AU summit", "20 AU members")
RE_ASTRONOMICAL_AU = re.compile(
    r"(?<![\w.,$£€-])(?:(?P<low>\d{1,3}(?:\.\d+)?)(?P<join>\s?[-–]\s?|\s+to\s+))?"  # "2.5-3 AU": a range
    r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?AU"
    r"(?=\s+(?:from|away|beyond|across|out|past|closer|farther|further)\b|\s+\(|[,;)]\s|\.(?:\s|\Z))"
)
LAND_CENT = "cent_of_land"  # a hundredth of an acre before land ("60 cents of paddy land"; words.land_after)


@cache
def pattern() -> re.Pattern[str]:
    """A number, an optional scale word (also hyphened: "a 1.8-million-tonne crop"), then a unit word
    ("1.7 million bpd", "3.5-metre"); a
    first number joined by a dash or "to" may open a range ("5-10W", "2000 - 2500 Calories"). An
    "m" (or "M") glued to the number before a spaced unit word is million ("1.7m tonnes", "2.5M acres"):
    metres are never followed by another unit."""
    return re.compile(
        rf"(?<![\w.,])(?:(?P<low>{N.DIGITS_LOOSE})(?P<join>\s*(?:-|–|—|to)\s*)(?=\d))?"
        rf"(?P<num>{N.DIGITS_LOOSE})(?:\s?(?P<scale>{N.SCALE_WORD})|-(?P<hscale>{N.SCALE_WORD})(?=-)|(?P<m>[mM])(?=\s))?"
        r"(?:-(?:plus|odd)(?=\s))?"  # a mark of size before a spaced unit ("30-plus knots", "60-odd metres")
        rf"{qualifier_gap()}"  # a word of basis before a spaced unit ("4.1 million wet tonnes")
        rf"(?:(?P<sep>\s\s?|-)?(?P<mu>{measures.unit_alternation()})|(?P<glued>{measures.glued_alternation()}))"
        r"(?!\w|/(?!\d|[Gg]as\b))"  # a slash only before another figure ("35C/95F", "180C/gas 4")
    )


def scan_scientific(sc: Scanner) -> None:
    """Numbers in scientific notation ("2.998×10−8 meters per second"), with a unit when one follows."""
    if "10" not in sc.body:
        return
    for m in sc.at(N.RE_SCIENTIFIC, sc.digits_then(SCIENTIFIC_FOLLOWERS)):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        value = N.parse_scientific(m.group("mant"), m.group("e1") or m.group("e2") or m.group("e3"))
        unit = unit_after().match(sc.body, e)
        measure = reading(unit.group("mu"), _weighs(sc, unit.group("mu"), s)) if unit else ""
        end = unit.end() if measure else e
        sc.claim(s, end)
        if measure:
            sc.add(Figure(s, end, (s, e), value, "other", "other", label(measure), measure=measure))
        else:
            sc.add(Figure(s, e, (s, e), value, "count", "count"))


def scan_measures(sc: Scanner) -> None:
    """Earthquake magnitudes and shaking intensities, then measures with units (km, °C...)."""
    scan_person_heights(sc)
    found = list(sc.at(RE_MAGNITUDE_AFTER, sc.digits_then(MAGNITUDE_FOLLOWERS)))
    if "magnitude" in sc.lower:
        found += RE_MAGNITUDE_BEFORE.finditer(sc.body)
    if any(word in sc.lower for word in QUAKE_WORDS):
        found += (m for m in bare_magnitudes(sc.body, sc.digits) if quake_sentence(sc, m.start("num")))
        if RE_OF_MAGNITUDE.search(sc.body):
            found += (m for m in RE_MAGNITUDE_OF.finditer(sc.body) if quake_sentence(sc, m.start("num")))
    if "intensity" in sc.lower and " scale" in sc.lower:
        found += RE_INTENSITY_ON_SCALE.finditer(sc.body)
    if "MMI" in sc.body or "Mercalli" in sc.body:
        found += RE_MMI.finditer(sc.body)
    for m in found:
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        scale = m.groupdict().get("scale")
        mmi = bool(m.groupdict().get("mmi") or scale)
        sky = not mmi and sky_sentence(sc, s) and not quake_sentence(sc, s)
        subject = (
            f"{scale} intensity"
            if scale
            else "Modified Mercalli Intensity"
            if mmi
            else "apparent magnitude"
            if sky
            else "earthquake magnitude"
        )
        measure = INTENSITY if mmi else MAGNITUDE
        sc.claim(s, e)
        value = N.normalise_number(N.parse_digits(m.group("num")))
        signed = m.groupdict().get("sign")
        if signed and not sky:
            continue  # "magnitude -2" of a quake: no such reading; the dash joins something else
        if signed:
            value, s = -value, m.start("sign")
        approx = bool(m.groupdict().get("plus"))
        sc.add(
            Figure(
                m.start(),
                m.end(),
                (s, e),
                value,
                "other",
                "other",
                f"{subject} (unit: {subject})",
                approx,
                measure=measure,
            )
        )
    scan_tv_ratings(sc)
    if "times" in sc.lower:
        scan_times_covered(sc)
    scan_units(sc)


TIMES_COVERED = "times covered"
# The cover of a debt or share sale, the bids as a multiple of the amount offered (README, p612 and
# p614: `other`/`other` "(unit: times covered)", as p28's bid-to-cover ratio): "oversubscribed 14.6
# times", "3.4 times oversubscribed", "subscribed 19 times"; and, where the sentence names an issue
# (ISSUE_CUES), "covered 11.4 times", "3.4 times covered", "4.7 times the amount offered", "4.1 times
# the shares on offer". Other multiples ("three times the size") stay unread (rules, table 8).
COVER_NUMBER = rf"(?P<num>\d{{1,3}}(?:\.\d{{1,2}})?|{N.WORD_NUMBER})"
COVER_APPROX = rf"(?:(?:{N.ROUGH_COUNT}|over|more\s+than|close\s+to|just\s+over)\s+)?"
SUBSCRIBED = r"(?:(?:over|under)-?)?subscribed"
RE_SUBSCRIBED_TIMES = (
    re.compile(rf"\b{SUBSCRIBED}\s+{COVER_APPROX}{COVER_NUMBER}\s+times\b", re.IGNORECASE),
    re.compile(rf"(?<![\w.,-]){COVER_NUMBER}\s+times\s+{SUBSCRIBED}\b", re.IGNORECASE),
)
RE_COVERED_TIMES = (
    re.compile(rf"\bcovered\s+{COVER_APPROX}{COVER_NUMBER}\s+times\b", re.IGNORECASE),
    re.compile(rf"(?<![\w.,-]){COVER_NUMBER}\s+times\s+covered\b", re.IGNORECASE),
    re.compile(
        rf"(?<![\w.,-]){COVER_NUMBER}\s+times\s+(?:the|its)\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:offered|on\s+offer|sought|targeted|being\s+offered|being\s+raised)\b",
        re.IGNORECASE,
    ),
)
# the names of what is sold, which the subject names ("subscription to the offering"): debt papers
# (vocab.DEBT_WORDS) and the other things an issue sells
ISSUED_NOUNS = DEBT_WORDS | frozenset("sukuks issue offering ipo auction tranche shares units".split())
# ... and with them the words of the sale itself
ISSUE_CUES = ISSUED_NOUNS | frozenset(
    """issues offer book bids bidding bid subscription subscriptions orders demand applications
    investors""".split()
)
RE_CUE_WORD = re.compile(r"[a-z]+")
# Letters a case-blind pattern matches to "s" or "i" whose lower case is no "s" or "i" ("ſ", "ı", and
# "İ", lower-cased with a combining dot): a text holding one may hold a pattern's word that its
# lower case does not
CASE_BLIND_ODD_LETTERS = ("\u017f", "\u0131", "\u0130")


def _cover_subject(start: int, sold: re.Match[str] | None) -> str:
    """An issue's cover's subject: the subscription to the first thing sold its sentence names
    before the number ("the initial public offering ... closed on Friday, oversubscribed 14.6 times"
    -> "subscription to the offering"), or only the unit label (the clause is added later); `sold`
    the first thing sold its sentence names (_SentenceCues)."""
    word = sold.group() if sold is not None and sold.end() <= start else ""
    named = f"subscription to the {word.upper() if word == 'ipo' else word} " if word else ""
    return f"{named}{label(TIMES_COVERED)}"


class _SentenceCues:
    """Per sentence (by its start), read once: whether it names an issue (ISSUE_CUES) and the first
    thing sold it names (ISSUED_NOUNS), so a sentence of many covers is read once, not per cover."""

    def __init__(self, sc: Scanner) -> None:
        self.sc = sc
        self.read: dict[int, tuple[bool, re.Match[str] | None]] = {}

    def __call__(self, start: int) -> tuple[bool, re.Match[str] | None]:
        s_start, s_end = self.sc.sentence_bounds(start)
        if s_start not in self.read:
            words = list(RE_CUE_WORD.finditer(self.sc.lower, s_start, s_end))
            self.read[s_start] = (
                not ISSUE_CUES.isdisjoint(w.group() for w in words),
                next((w for w in words if w.group() in ISSUED_NOUNS), None),
            )
        return self.read[s_start]


def scan_times_covered(sc: Scanner) -> None:
    """An issue's cover stated as a multiple (RE_SUBSCRIBED_TIMES; RE_COVERED_TIMES where the
    sentence names an issue)."""
    cues = _SentenceCues(sc)
    # each case-blind pattern walks the whole text: searched only where its words stand
    odd = any(ch in sc.body for ch in CASE_BLIND_ODD_LETTERS)
    subscribed = RE_SUBSCRIBED_TIMES if odd or "subscribed" in sc.lower else ()
    found = [m for pattern in subscribed for m in pattern.finditer(sc.body)]
    covered = RE_COVERED_TIMES[:2] if "covered" in sc.lower else ()
    sold = ("offer", "sought", "targeted", "raised")
    offered = RE_COVERED_TIMES[2:] if odd or any(word in sc.lower for word in sold) else ()
    for pattern in (*covered, *offered):
        for m in pattern.finditer(sc.body):
            if cues(m.start())[0]:
                found.append(m)
    for m in found:
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        number = m.group("num")
        value = (
            N.normalise_number(N.parse_digits(number)) if number[0].isdigit() else N.parse_word_number(number)
        )
        sc.claim(s, e)
        subject = _cover_subject(s, cues(s)[1])
        sc.add(Figure(s, e, (s, e), value, "other", "other", subject, measure=TIMES_COVERED))


# Degrees of an angle, not of temperature: the angle's noun right after the reading ("a 90-degree
# turn", "a 45-degree angle") or a steepness right before it ("roofs pitched steeper than 40 degrees").
ANGLE = "degree"
RE_ANGLE_NOUN_AFTER = re.compile(
    r"\s+(?:angles?|turns?|U-turns?|slopes?|inclines?|tilts?|bends?|arcs?|rotations?|spins?|gradients?|pitch)\b"
)
# (also the upper end of a range of angles: "on slopes between 30 and 45 degrees")
RE_STEEP_BEFORE = re.compile(
    r"\b(?:steeper\s+than|angle\s+of|gradient\s+of|slopes?\s+of|tilted|inclined|rotated|turned"
    r"|(?:slopes?|angles?|gradients?|inclines?)\s+(?:of\s+)?between\s+\d{1,2}(?:\.\d)?\s+(?:and|to))"
    r"\s+(?:about\s+|some\s+|over\s+)?\Z"
)
STEEP_REACH = 40  # characters before the degrees read for the words of an angle


# A number with a glued "C" or "F" that names a route, a gate or a bay by its code ("the jeepney
# routes 04L and 13C", "from gate 14C", "platforms 9A and 12F"): after a noun of such places, or
# joined to a code of digits and another capital letter; no temperature ("highs of 33C and 31C" stay)
RE_CODED_PLACE_BEFORE = re.compile(
    r"\b(?i:routes?|gates?|platforms?|bays?|stands?|runways?|piers?|berths?|rooms?|flats?|apartments?"
    r"|seats?|cabins?|wards?|terminals?|exits?|junctions?)\s+(?:\d{1,4}[A-Z]\s*(?:,|and|or|&)\s+)*\Z"
)
RE_OTHER_CODE_BEFORE = re.compile(r"\b\d{1,4}[ABD-EG-Z]\s+(?:and|or|&)\s+\Z")
RE_OTHER_CODE_AFTER = re.compile(r"\s+(?:and|or|&)\s+\d{1,4}[ABD-EG-Z]\b")
CODED_PLACE_REACH = 40  # characters before the number read for the noun of places named by code


def _coded_place(body: str, start: int, end: int) -> bool:
    """Whether a number with a glued "C" or "F" from `start` to `end` is a place's code (above)."""
    low = max(0, start - CODED_PLACE_REACH)
    return bool(
        RE_CODED_PLACE_BEFORE.search(body, low, start)
        or RE_OTHER_CODE_BEFORE.search(body, low, start)
        or RE_OTHER_CODE_AFTER.match(body, end)
    )


def _angle(sc: Scanner, start: int, end: int) -> bool:
    """Whether degrees read at start..end measure an angle (see RE_ANGLE_NOUN_AFTER)."""
    return bool(
        RE_ANGLE_NOUN_AFTER.match(sc.body, end)
        or RE_STEEP_BEFORE.search(sc.body, max(0, start - STEEP_REACH), start)
    )


# knots written "kt", as aviation and marine weather copy abbreviates them ("gusts of 85 kt", "winds
# of 60kt"): only in a sentence of wind or speed, as "kt" is also a kilotonne ("a 15 kt warhead")
RE_KNOTS_KT = re.compile(
    r"(?<![\w.,$£€-])(?:(?P<low>\d{1,3})(?P<join>\s?[-–]\s?|\s+to\s+))?(?P<num>\d{1,3}(?:\.\d+)?)\s?kt(?![\w-])"
)
# watts spaced as "W" (the letter alone is unsafe: a compass longitude, "45 W"), read where only
# a power can be meant: a rating per thing after it ("panels of 550 W each", "a 65 W per port
# charger") or a thing rated before it ("rated at 550 W", "an output of 20 W")
SPACED_W = r"(?<![\w.,°-])(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\sW"  # a number, a space, "W"
RE_SPACED_WATTS = re.compile(
    SPACED_W + r"(?=\s+(?:(?:each|apiece)(?:[,.;)]|\s*\Z|\s+(?:and|or|to|from|in|on|at|with|for)\b)"
    r"|(?:per|a)\s+(?:panel|module|port|unit|channel|turbine|bulb|lamp|piece)\b))"
)
WATTS_AFTER_CUES = (" W each", " W apiece", " W per ", " W a ")  # the cheap tests first
WATTS_RATED_CUES = ("rated at", "output of", "power of", "rating of")
RE_WATTS_RATED_BEFORE = re.compile(
    r"\b(?:" + "|".join(cue.replace(" ", r"\s+") for cue in WATTS_RATED_CUES) + r")\s+(?:up\s+to\s+)?\Z"
)
RE_SPACED_W_RATED = re.compile(SPACED_W + r"(?![\w/-])")
# a substation's or a transformer's two voltages across a slash ("a 132/33 kV substation", "the
# 400/220kV transformer"): two voltages in kilovolts, the first with the unit the second carries
RE_VOLTAGE_PAIR = re.compile(
    r"(?<![\w./])(?P<num>\d{2,4}(?:\.\d+)?)/(?P<num2>\d{1,3}(?:\.\d+)?)\s?kV(?![\w/])"
)


RE_NOUN_AFTER_PAIR = re.compile(
    r"\s+((?:sub)?stations?|transformers?|lines?|grids?|networks?|cables?|links?)\b"
)


def scan_voltage_pairs(sc: Scanner) -> None:
    """Two voltages across a slash before "kV" (see RE_VOLTAGE_PAIR): one figure each, in kilovolts;
    a slash otherwise makes the digits a code, so they are read here."""
    for m in RE_VOLTAGE_PAIR.finditer(sc.body):
        if not sc.free(m.start(), m.end()):
            continue
        sc.claim(m.start(), m.end())
        noun = RE_NOUN_AFTER_PAIR.match(sc.body, m.end())
        subject = (
            f"{noun.group(1)} voltage {label('kilovolt')}"  # "a 132/33 kV substation"
            if noun
            else quantity_subject(sc, m.start(), "kilovolt")
        )
        for group in ("num", "num2"):
            s, e = m.span(group)
            value = N.normalise_number(N.parse_amount(m.group(group)))
            sc.add(Figure(s, e, (s, e), value, "other", "other", subject, measure="kilovolt"))


# a financial multiple with a glued "x" ("leverage of 2.3x", "net debt/EBITDA of 1.8x (2.1x)",
# "trades at 14x earnings"), in a sentence that names leverage, EBITDA, earnings, cover or a
# valuation multiple; "a 5x zoom" and "4x4" stay unread
RE_GLUED_X_MULTIPLE = re.compile(r"(?<![\w.,×-])(?P<num>\d{1,3}(?:\.\d{1,2})?)x(?![\w-]|\d)")
RE_MULTIPLE_WORDS = re.compile(
    r"leverage|ebitda|ebit\b|earnings|multiple|p/e|price-to-earnings|interest cover|coverage|valuation|net debt"
)


RE_WIND_WORDS = re.compile(
    r"\b(?:winds?|gust(?:s|ing|ed)?|sustained|airspeed|windspeed|headwinds?|tailwinds?)\b"
)


# A fraction after a whole number or a unit ("and a half", "and a quarter", "and three-quarters"),
# with its value; a fraction alone ("half a hectare", "three-quarters of a length") gets no row
# (rules, table 8: "half" is a number only with a scale word)
FRACTION_AFTER = {"a half": 0.5, "a quarter": 0.25, "three-quarters": 0.75, "three quarters": 0.75}
# what a text holds where one of these fractions may stand (the cheap test before the pattern)
FRACTION_CUES = (" and a half", " and a quarter", " and three")


def scan_and_a_half_units(sc: Scanner) -> None:
    """Measurements of a whole number and a fraction of a physical unit ("won by two and a half
    lengths", "a length and a quarter"): the value ends in .5, .25 or .75, as for a span of time."""
    for m in and_a_half_pattern().finditer(sc.body):
        s, e = m.span()
        num, unit_text = m.group("num") or "1", m.group("mu") or m.group("mu1")
        fraction = FRACTION_AFTER[(m.group("frac") or m.group("frac1")).lower()]
        if unit_text == "length":
            unit_text = "lengths"  # "a length and a half": one and a half lengths
        if (
            not sc.free(s, e)
            or m.group("num")
            and num[0].isalpha()
            and not sc.sentence_start_or_lower(s, num)
        ):
            continue
        measure = reading(unit_text, _weighs(sc, unit_text, s))
        if not measure or not is_physical(measure) or len(unit_text) < WORD_UNIT_MIN:
            continue
        sc.claim(s, e)
        value = N.normalise_number(N.parse_amount(num) + fraction)
        sc.add(
            Figure(s, e, (s, e), value, "other", "other", quantity_subject(sc, s, measure), measure=measure)
        )


GROSS_TONNAGE = "gross tonnage"


def _model_name_before(body: str, start: int) -> bool:
    """Whether a name's capitalised word (N.RE_NAME_WORD_BEFORE), no article, preposition or
    hedge (place_names.NOT_NAMES), stands right before the number at `start`: the number is then a
    model's ("the Porsche 911 GT"), and a unit after it a grade."""
    found = N.RE_NAME_WORD_BEFORE.search(body, max(0, start - N.NAME_WORD_REACH), start)
    return found is not None and found.group(1) not in place_names.NOT_NAMES


# litres spaced as "l" or "L" (the letter alone is unsafe: "Plan 1 L", a size "L"), read where a
# product's pack size is listed: its container after it, "of" and the goods, or a label's batch or
# date after a comma ("Organic whole milk 1 l, batch L2611-04", "1.5 L bottles", "2 L of water"), or
# a multipack's count before it ("6 x 1.5 L")
RE_SPACED_LITRES = re.compile(
    r"(?<![\w.,°-])(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s(?P<mu>[lL])(?![\w/-])"
    r"(?P<pack>(?=\s+(?:bottles?|cartons?|cans?|tubs?|jugs?|jars?|packs?|pouch(?:es)?|tins?|containers?"
    r"|canisters?|drums?|kegs?|jerrycans?|bags?|of\s+[a-z]+)\b"
    r"|,\s*(?:batch|lot|best|use|exp|expiry|sold)\b))?"
)
SPACED_LITRES_FOLLOWERS = N.Followers(("l",))
RE_MULTIPACK_BEFORE = re.compile(r"\d\s?[x×]\s?\Z")


# a hyphen and digits right after a spaced scale letter make it a model's name ("48 F-16 jets",
# "12 C-130 transport planes"), not degrees Fahrenheit or Celsius
RE_MODEL_DIGITS_AFTER = re.compile(r"-\d+(?!\d)(?!\s?(?:°|[CF]\b))")


# ... but "1 degree" spaced is the singular of the unit itself, when a comparison, a scale or the end of
# its clause follows it ("about 1 degree above the December average", "1 degree warmer", "1 degree
# Celsius"), not a noun it modifies ("1 degree course")
RE_ONE_DEGREE_AFTER = re.compile(
    rf"(?:\s*[,.;:)]|\s+(?:{'|'.join(DIFFERENCE_COMPARATIVES)}|Celsius|Fahrenheit|centigrade|C|F|of)\b)"
)


RE_WORD_AFTER = re.compile(r" ([a-z]+)\b")  # the word right after a unit


def _persons_after(body: str, end: int) -> bool:
    """Whether the word right after a unit ending at `end` is a plural noun of persons (PEOPLE_NOUNS)."""
    word = RE_WORD_AFTER.match(body, end)
    return word is not None and word.group(1) in PEOPLE_NOUNS


def _one_degree(body: str, m: re.Match[str]) -> bool:
    """Whether a spaced singular "degree" after the number 1 is the unit (RE_ONE_DEGREE_AFTER)."""
    return (
        m.group("num") == "1"
        and m.group("mu").lower() == "degree"
        and RE_ONE_DEGREE_AFTER.match(body, m.end()) is not None
    )


METRE_WORD_REACH = 300  # characters of the sentence either side read for a length in metres in words
# A glued "m" before a word of distance or of excess ("0.4m over the 8-metre limit", "300m from the
# nearest house") is metres, not a million, where a length in metres in words stands in its clause
# ("a 25-metre mast on a farm 300m from the nearest house"), read within METRE_CLAUSE_REACH
RE_DISTANCE_WORD_AFTER = re.compile(
    r"\s+(?:over|above|below|under|beyond|past|from|short\s+of|higher|lower|taller|shorter)\b"
)
METRE_CLAUSE_REACH = 60


def _metre_word_near(sc: Scanner, start: int, reach: int = METRE_WORD_REACH) -> bool:
    """Whether the sentence around `start` states a length in metres in words (RE_METRE_WORD), read
    within `reach` either side (a bounded window, not the whole of a long sentence)."""
    s_start, s_end = sc.sentence_bounds(start)
    lo, hi = max(s_start, start - reach), min(s_end, start + reach)
    return RE_METRE_WORD.search(sc.body, lo, hi) is not None


def scan_units(sc: Scanner) -> None:
    """Numbers with a unit after them ("90 km/h", "5-10W", "eight kilometres"), storm categories
    and glued metres."""
    scan_sport_readings(sc)
    scan_pixel_dimensions(sc)
    scan_dimensions(sc)
    # (a fraction's cue also ending its sentence: "won by a length and a half.")
    if any(cue in sc.lower for cue in FRACTION_CUES):
        scan_and_a_half_units(sc)
    scan_word_units(sc)
    if " (" in sc.body:
        scan_size_brackets(sc)
    found: list[tuple[re.Match[str], str]] = []
    for m in sc.at(pattern(), sc.digits_then(followers())):
        if m.group("glued"):
            num = m.group("num")
            if m.group("glued") == "st" and num.endswith("1") and not num.endswith("11"):
                continue  # "the 21st", "1st": an ordinal, not stones
            found.append((m, glued_reading(m.group("glued"))))
            continue
        glued = m.group("sep") is None and m.group("scale") is None and m.group("hscale") is None
        if (
            m.group("sep") != "-"
            and m.group("mu").lower() in measures.COMPOUND_ONLY_FORMS
            and not _one_degree(sc.body, m)
        ):
            continue  # "2 degree courses", "18 footers": a unit only in a compound ("19-degree cold")
        weighs = (
            _weighs(sc, m.group("mu"), m.start())
            or (
                m.group("sep") == "-"
                and m.group("mu").lower() == "pound"
                and weighed_compound(sc.body, m.end())
            )
            or (m.group("sep") == "-" and m.group("mu").lower() == "stone")  # "a 20-stone lock forward"
            or (
                m.group("mu").lower().startswith("pound")
                and (
                    goods_weighed_after(sc.body, m.end())
                    or pack_weighed_before(sc.body, m.start())
                    or weighed_before(sc.body, m.start(), m.end())
                )
            )
        )
        measure = reading(m.group("mu"), weighs, glued)
        if m.group("mu") == "nm" and sea_or_air(sc, m.start()):
            measure = "nautical_mile"  # "3nm from the runway", "12nm off the coast"
        if m.group("mu") == "kt":
            if RE_KARAT_METAL_AFTER.match(sc.body, m.end()):
                measure = "karat"  # "an 18kt gold ring": gold's purity, as "a 22-karat gold chain"
            elif sea_or_air(sc, m.start()) or sentence_matches(sc, m.start(), RE_WIND_WORDS):
                measure = "knot"  # "crossing at 18 kt off the coast", "gusts of 50 kt"
        if measure == "cup" and not kitchen_cup(sc, m.end()):
            continue  # "won two cups": trophies, unless the text is a recipe
        if measure == "cent" and land_after(sc.body, m.end()):
            measure = LAND_CENT  # "25 cents of land": a hundredth of an acre, not money
        if m.group("mu") == "pp" and N.pages_not_points(sc.body, m.start("num"), m.group("num")):
            continue  # "Harbour Books, 368 pp": a book's pages (the counts read them)
        if m.group("mu") == "meters" and installed_meters(sc, m.start(), m.end()):
            continue  # "will install 75,000 meters": devices counted, not a length
        if measure == "degree_Celsius" and _angle(sc, m.start(), m.end()):
            measure = ANGLE
        if (
            m.group("mu") in ("C", "F")
            and m.group("sep") is not None
            and RE_MODEL_DIGITS_AFTER.match(sc.body, m.end())
        ):
            continue  # "48 F-16 jets", "12 C-130 planes": an aircraft's name, no temperature
        if (
            m.group("mu") in ("C", "F")
            and m.group("sep") is None
            and _coded_place(sc.body, m.start(), m.end())
        ):
            continue  # "routes 04L and 13C", "gate 14C": a place's code, no temperature
        if m.group("mu") == "GB" and _persons_after(sc.body, m.end()):
            continue  # "2,031 GB adults": Great Britain's adults counted, no gigabytes
        if measure == GROSS_TONNAGE and _model_name_before(sc.body, m.start()):
            continue  # "the Porsche 911 GT": a car's model and its grade, no ship's size
        if measure:
            found.append((m, measure))
    if " l" in sc.body or " L" in sc.body:
        found += [
            (m, "liter")
            for m in sc.at(RE_SPACED_LITRES, sc.digits_then(SPACED_LITRES_FOLLOWERS))
            if m.group("pack") is not None
            or RE_MULTIPACK_BEFORE.search(sc.body, max(0, m.start() - 8), m.start())
        ]
    categories = "ategory" in sc.body
    if categories:
        found += [
            (m, CATEGORY)
            for m in matches_at_word(RE_CATEGORY, sc.body, sc.lower, "category")
            if RE_STORM_WORD.search(sc.lower, max(0, m.start() - STORM_REACH), m.end() + STORM_REACH)
        ]
        found += [(m, CATEGORY) for m in matches_at_word(RE_CATEGORY_STORM, sc.body, sc.lower, "category")]
    cats = "Cat" in sc.body
    if cats:  # "a Cat 4 storm"
        found += [(m, CATEGORY) for m in matches_at_word(RE_CATEGORY_STORM, sc.body, sc.lower, "cat")]
    if (categories or cats) and ("climb" in sc.lower or "col" in sc.lower):
        found += [(m, CLIMB_CATEGORY) for m in matches_at_word(RE_CLIMB_CATEGORY, sc.body, sc.lower, "cat")]
        if " rated " in sc.body:
            found += [(m, CLIMB_CATEGORY) for m in RE_CLIMB_RATED_CATEGORY.finditer(sc.body)]
    if any(word in sc.body for word in (" Soft", " Heavy", " Good", " Firm", " Synthetic")) and any(
        cue in sc.lower for cue in TRACK_RATING_CUES
    ):
        found += [(m, TRACK_RATING) for m in RE_TRACK_RATING.finditer(sc.body)]
    if "orce" in sc.body:  # "wind southwest force 5 to 7": a wind's force
        found += [
            (m, BEAUFORT_FORCE)
            for m in matches_at_word(RE_BEAUFORT_FORCE, sc.body, sc.lower, "force")
            if not RE_FORCE_NAMED_BEFORE.search(sc.body, max(0, m.start() - 16), m.start())
            and sentence_names(sc, m.start(), BEAUFORT_CUES)
        ]
    # (no whole-text test of SHIPPING_CUES first: its sentences' cues are read only after a wind's word)
    found += beaufort_without_force(sc)
    if "alert" in sc.lower:
        found += [(m, ALERT_LEVEL) for m in RE_ALERT_LEVEL.finditer(sc.body)]
    if "warning" in sc.lower or "alert" in sc.lower:
        found += [
            (m, ALERT_LEVEL)
            for m in matches_at_word(RE_LEVEL_NUMBER, sc.body, sc.lower, "level")
            # ("level 3 of 5", "level 3 of the car park": other rules')
            if not sc.body.startswith(" of ", m.end())
            and (
                RE_WARNING_AFTER_LEVEL.match(sc.body, m.end()) is not None
                or RE_WARNING_BEFORE_LEVEL.search(sc.body, max(0, m.start() - WARNING_LEVEL_REACH), m.start())
                is not None
            )
        ]
    if "level" in sc.lower:
        found += _named_scale_levels(sc)
    if "avalanche" in sc.lower:
        found += [
            (m, AVALANCHE_DANGER)
            for m in RE_AVALANCHE_DANGER.finditer(sc.body)
            if avalanche_sentence(sc, m.start()) and avalanche_level_named(sc.body, m)
        ]
        found += [
            (m, AVALANCHE_SIZE)
            for m in RE_AVALANCHE_SIZE.finditer(sc.body)
            if avalanche_sentence(sc, m.start())
        ]
    if "signal" in sc.lower:
        storm = any(cue in sc.lower for cue in CYCLONE_CUES)
        found += [
            (m, CYCLONE_SIGNAL)
            for m in RE_CYCLONE_SIGNAL.finditer(sc.body)
            if storm or RE_SIGNAL_WARNING_WORD.search(sc.body, *_sentence_near(sc, m.start(), m.end()))
        ]
    if "tage" in sc.body and any(cue in sc.lower for cue in RESTRICTION_CUES):
        found += [
            (m, DROUGHT_STAGE)
            for m in RE_RESTRICTION_STAGE.finditer(sc.body)
            if RE_WATER_WORD.search(sc.body, *_sentence_near(sc, m.start(), m.end()))
        ]
    if "level" in sc.lower and " of " in sc.body:
        found += [
            (m, scale_level_measure(sc, m.start()))
            for m in RE_LEVEL_OF_SCALE.finditer(sc.body)
            if int(m.group("num")) <= N.parse_amount((m.group("top") or m.group("named")).lower())
        ]
    if "shedding" in sc.lower:
        found += [
            (m, SHEDDING_STAGE) for m in RE_SHEDDING_STAGE.finditer(sc.body) if sheds_load(sc, m.start())
        ]
    if "drought" in sc.lower and "tage" in sc.body and any(word in sc.lower for word in DROUGHT_CURB_WORDS):
        found += [
            (m, DROUGHT_STAGE) for m in RE_SHEDDING_STAGE.finditer(sc.body) if not sheds_load(sc, m.start())
        ]
    if "kp" in sc.lower:
        found += [(m, KP_INDEX) for m in matches_at_word(RE_KP_INDEX, sc.body, sc.lower, "kp")]
    if (
        any(name in sc.body for name in SCALE_NAME_CUES)
        and any(cue in sc.lower for cue in READING_OF_CUES)
        and RE_SCALE_NAMED.search(sc.body)
    ):
        found += scale_readings_named_before(sc)
    if "-foot-" in sc.body:
        found += [(m, "inch") for m in RE_FOOT_INCHES.finditer(sc.body)]
    if "ft " in sc.body:  # the cheap test first: most texts give no feet and inches
        found += [
            (m, "inch")
            for d in sc.digits
            if d >= 4
            and sc.body[d - 3 : d] == "ft "
            and sc.body[d - 4].isdigit()
            and (m := RE_INCHES_AFTER_FEET.match(sc.body, d))
        ]
    indexed = "index" in sc.lower and any(name in sc.lower for name in INDEX_CUES)  # one scan first
    if indexed or any(sign in sc.body for sign in INDEX_SIGNS):
        for m in RE_INDEX_READING.finditer(sc.body):
            name = INDEX_NAMES[" ".join(m.group("name").lower().split())]
            found.append((m, name))
            other = RE_INDEX_ALTERNATIVE.match(sc.body, m.end())
            if other is not None and (number := RE_INDEX_NUMBER.match(sc.body, other.start("num"))):
                found.append((number, name))
    if "UV" in sc.body:
        found += [(m, "UV index") for m in RE_UV_READING.finditer(sc.body)]
    named = "reproduction" in sc.lower  # else only the letter's pattern can match (the cheap one)
    if "R" in sc.body or named:
        epidemic = any(cue in sc.lower for cue in REPRODUCTION_CUES)
        found += [
            (m, REPRODUCTION_NUMBER)
            for m in (RE_REPRODUCTION_NUMBER if named else RE_REPRODUCTION_NUMBER_BY_LETTER).finditer(sc.body)
            if m.group("bare") is None or epidemic
        ]
    if any(cue in sc.lower for cue in LAB_CUES):
        found += [(m, LAB_NAMES[m.group("name")[:3].lower()]) for m in RE_LAB_READING.finditer(sc.body)]
    if "F" in sc.body and any(word in sc.lower for word in TORNADO_WORDS):
        found += _tornado_ratings(sc)
    if "Mach " in sc.body:
        found += [(m, MACH) for m in RE_MACH.finditer(sc.body)]
    if "PM" in sc.body:
        found += [
            (particles, PARTICLE_CONCENTRATION)
            for label_m in RE_PARTICLE_LABEL.finditer(sc.body)
            if (particles := RE_PARTICLE_READING.match(sc.body, label_m.end())) is not None
        ]
    if "gold" in sc.lower or "platinum" in sc.lower:
        found += [
            (m, "karat")
            for m in sc.at(RE_KARAT_K, sc.digits_then(KARAT_K_FOLLOWERS))
            if int(m.group("num")) <= MAX_KARAT
        ]
    if " fine" in sc.lower or "-fine" in sc.lower:
        found += [
            (m, STATED_FINENESS if m.group("num").startswith("99.") else FINENESS)
            for m in sc.at(RE_FINENESS, sc.digits_then(FINENESS_FOLLOWERS))
            if m.group("metal") is not None
            or not m.group().endswith("fine")
            or sentence_matches(sc, m.start(), RE_PRECIOUS_METAL)
        ]
    if "gold" in sc.lower or "silver" in sc.lower or "platinum" in sc.lower:
        found += [(m, FINENESS) for m in sc.at(RE_HALLMARK, sc.digits_then(HALLMARK_FOLLOWERS))]
        if " fine" in sc.lower or "-fine" in sc.lower or "sterling" in sc.lower:
            scan_point_fineness(sc)
    if "kt" in sc.body and ("wind" in sc.lower or "gust" in sc.lower or "speed" in sc.lower):
        found += [
            (m, "knot")
            for m in RE_KNOTS_KT.finditer(sc.body)
            if sentence_matches(sc, m.start(), RE_WIND_WORDS)
        ]
    if "kV" in sc.body and "/" in sc.body:
        scan_voltage_pairs(sc)
    if N.after_digit(sc.body, "x", spaced=False) and any(
        w in sc.lower
        for w in ("leverage", "ebit", "earnings", "multiple", "net debt", "cover", "valuation", "p/e")
    ):
        found += [
            (m, "multiple")
            for m in RE_GLUED_X_MULTIPLE.finditer(sc.body)
            if sentence_matches(sc, m.start(), RE_MULTIPLE_WORDS)
        ]
    if N.after_digit(sc.body, "W", glued=False) and " W" in sc.body:
        if any(w in sc.body for w in WATTS_AFTER_CUES):
            found += [(m, "watt") for m in RE_SPACED_WATTS.finditer(sc.body)]
        if any(w in sc.lower for w in WATTS_RATED_CUES):
            found += [
                (m, "watt")
                for m in RE_SPACED_W_RATED.finditer(sc.body)
                if RE_WATTS_RATED_BEFORE.search(sc.body, max(0, m.start() - 24), m.start())
            ]
    if "AU" in sc.body:
        found += [(m, "astronomical_unit") for m in RE_ASTRONOMICAL_AU.finditer(sc.body)]
    if ("FL" in sc.body or "light level" in sc.lower) and any(cue in sc.lower for cue in FLIGHT_CUES):
        found += [(m, FLIGHT_LEVEL) for m in RE_FLIGHT_LEVEL.finditer(sc.body)]
    if "tar" in sc.body and any(cue in sc.lower for cue in STAR_RATING_CUES):
        found += [
            (m, STAR_RATING)
            for m in matches_before_word(RE_STAR_RATING, sc.body, sc.lower, "star", STAR_LEADS)
        ]
        if "rat" in sc.lower:
            found += [(m, STAR_RATING) for m in RE_STARS_RATED.finditer(sc.body)]
            found += [(m, STAR_RATING) for m in RE_STARS_TO_AFTER.finditer(sc.body)]
    if "tar" in sc.body:
        found += [
            (m, STAR_RATING)
            for m in matches_before_word(RE_STAR_GRADED_PLACE, sc.body, sc.lower, "star", STAR_GRADED_LEADS)
        ]
        found += [
            (m, STAR_RATING)
            for m in matches_before_word(RE_STARS_HELD, sc.body, sc.lower, "star", STARS_HELD_LEADS)
        ]
        found += _stars_on_the_scale(sc, found)
    if "points" in sc.body and "out of" in sc.lower:
        found += _points_on_the_scale(sc)
    if "as " in sc.body and ("gas mark" in sc.lower or "/gas " in sc.lower):
        found += [(m, GAS_MARK) for m in RE_GAS_MARK.finditer(sc.body)]
    if horse_racing(sc):
        if "metre" in sc.lower or RE_GLUED_M.search(sc.body):
            found += [(m, "meter") for m in RE_RACE_MARKER.finditer(sc.body)]
        if "kg" in sc.lower:
            found += [(m, "kilogram") for m in RE_WEIGHT_CARRIED.finditer(sc.body)]
            if " (a" in sc.body:
                found += [(m, "kilogram") for m in RE_APPRENTICE_CLAIM.finditer(sc.body)]
    if ("WS" in sc.body or "Worldscale " in sc.body) and any(cue in sc.lower for cue in WORLDSCALE_CUES):
        found += [(m, WORLDSCALE) for m in RE_WORLDSCALE.finditer(sc.body)]
    if "=" in sc.body or "<" in sc.body or "value" in sc.lower:
        scan_p_values(sc)
    if "mill" in sc.lower and any(cue in sc.lower for cue in TAX_MILL_CUES):
        found += [
            (m, TAX_MILL)
            for m in matches_before_word(RE_TAX_MILLS, sc.body, sc.lower, "mill", TAX_MILL_LEADS)
        ]
    if "feel" in sc.lower or "felt" in sc.lower or "chill" in sc.lower:
        found += [(m, temperature_scale(sc)) for m in felt_temperatures(sc)]
    zero = "below zero" in sc.lower
    if zero:
        found += [(m, temperature_scale(sc)) for m in RE_BARE_BELOW_ZERO.finditer(sc.body)]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES, sc.digits_then(METRES_RANGE_FOLLOWERS))  # (a range's first end too)
        if converts_length(sc, m.start())
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_COMPARED, sc.digits_then(METRES_FOLLOWERS))
        if level_measured(sc, m.start(), True) or _metre_word_near(sc, m.start())
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_BY_YEAR, sc.digits_then(METRES_FOLLOWERS))
        if level_measured(sc, m.start(), False)
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_NO_NOUN_RANGE, sc.digits_then(METRES_RANGE_FOLLOWERS))
        if water_level(sc, m.start()) or length_named(sc, m.start(), m.end("num"))
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_NAMED_RANGE, sc.digits_then(METRES_RANGE_FOLLOWERS))
        if length_named(sc, m.start(), m.end("num"))
        and not (m.group("join")[-1] == " " and sc.body.endswith("from ", 0, m.start()))
    ]  # ("extend the runway from 2,400m to 3,100m": a change, two lengths, read below)
    found += [
        (m, "meter")
        for m in sc.at(RE_GLUED_M, sc.digits_then(METRES_FOLLOWERS))
        if race_distance(sc, m.group("num"), m.start())
        or course_point(sc, m)
        or field_mark(sc, m)
        or tide_line_height(sc, m.start())
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_NAMED, sc.digits_then(METRES_FOLLOWERS))
        if length_named(sc, m.start(), m.end("num"))
    ]
    found += [(m, "meter") for m in sc.at(RE_SPACED_METRES, sc.digits_then(METRES_FOLLOWERS))]
    if "m)" in sc.body:
        found += [(m, "meter") for m in RE_TIDE_HEIGHT.finditer(sc.body) if tide_sentence(sc, m.start("num"))]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_NO_NOUN, sc.digits_then(METRES_FOLLOWERS))
        if water_level(sc, m.start())
        or compared_to_level(sc, m.start(), m.end())
        or air_level(sc, m.start())
        or RE_DISTANCE_WORD_AFTER.match(sc.body, m.end())
        and _metre_word_near(sc, m.start(), METRE_CLAUSE_REACH)
    ]
    found += [(m, "meter") for m in sc.at(RE_METRES_AT_GRADE, sc.digits_then(METRES_FOLLOWERS))]
    found += [
        (m, "meter")
        for m in sc.at(RE_APPOSED_METRES, sc.digits_then(METRES_FOLLOWERS))
        if peak_height(sc, m.start())
    ]
    found += [(m, "meter") for m in sc.at(RE_METRES_AWAY, sc.digits_then(METRES_FOLLOWERS))]
    if " in." in sc.body:
        found += [(m, "inch") for m in sc.at(RE_INCHES_STOP, sc.digits_then(INCHES_STOP_FOLLOWERS))]
    if " in)" in sc.body:
        found += [
            (m, "inch")
            for m in sc.at(RE_INCHES_BRACKETED, sc.digits_then(INCHES_STOP_FOLLOWERS))
            if converts_metric_length(sc, m.start())
        ]
    if "/" in sc.body:
        found += [(m, "meter") for m in sc.at(RE_METRES_SLASH_FEET, sc.digits_then(METRES_FOLLOWERS))]
    found += [
        (m, "meter") for m in sc.at(RE_GLUED_M_SIZED, sc.digits_then(METRES_FOLLOWERS)) if metre_sized(sc, m)
    ]
    if " m " in sc.body:
        found += [
            (m, "meter")
            for m in sc.at(RE_SPACED_M_SIZED, sc.digits_then(METRES_FOLLOWERS))
            if spaced_metre_sized(sc, m)
        ]
    if " t" in sc.body:  # ("a 5 t axle", "up to 44 t.")
        found += [
            (m, "metric_ton")
            for m in sc.at(RE_SPACED_TONNES, sc.digits_then(SPACED_TONNES_FOLLOWERS))
            if spaced_tonnes(sc, m)
        ]
    found += [(m, "metric_ton") for m in sc.at(RE_GLUED_TONNES, sc.digits_then(SPACED_TONNES_FOLLOWERS))]
    found += [
        (m, "kilometer")
        for m in sc.at(RE_GLUED_K, sc.digits_then(K_FOLLOWERS))
        if road_race(sc, m.group("num"), m.start(), m.end())
    ]
    for m, measure in found:
        s, e = m.span("num" if m.group("num") else "num2" if m.groupdict().get("num2") else "num3")
        low = m.groupdict().get("low")
        if low and N.dated_year(sc.body, m.start("low"), m.end("low")):
            low = None  # "in 2021 to 14 million tonnes": a year, then the level
        elif (
            low
            and sc.body[m.start("low") - 1 : m.start("low")] in ("-", "‑")
            and sc.is_name_or_code(m.start("low"), m.end("low"))
        ):
            low = None  # "the drug, DV-218 — 50 mg a day": a code's number, then the amount
        first = m.start("low") if low else s
        if (m.groupdict().get("mu") or "").upper() == "MP" and not _camera_after(sc.body, m.end()):
            continue  # "a 12-MP majority": members of parliament, not megapixels
        if m.groupdict().get("mu") in ("Mt", "Gt") and RE_NAME_AFTER.match(sc.body, m.end()):
            continue  # "the 4,000 Mt Kenya camp": a mountain's name, not megatonnes
        # "a 5-MW turbine", "the 128-GB model": a hyphen and a capital after the number make a name
        # ("737-MAX") unless a unit symbol is what they spell: the name test reads after the unit
        name_end = m.end() if _hyphen_symbol(m) else e
        reading_of_scale = measure in SCALE_READINGS
        if not sc.free(first, e) or (not reading_of_scale and sc.is_name_or_code(first, name_end)):
            continue
        if (
            sc.body.endswith(" per ", max(0, first - 5), first)
            and not sizes_noun_after(sc.body, e, m.end())
            or concentration_base(sc.body, first, e)
        ):
            sc.claim(first, m.end())  # "Rs4,501 per 10 grams": the base of a price or rate is no figure
            continue
        scale = m.groupdict().get("scale") or m.groupdict().get("hscale") or m.groupdict().get("m")
        signed = (
            None if low or reading_of_scale else below_zero(sc.body, m.start(), measure in SIGNED_MEASURES)
        )
        flow = _flow_time(sc.body, m.end(), measure) if signed is None else None
        if flow is not None:  # "120,000 litres a day": a flow, its measure the whole unit
            measure = f"{measure} / {flow.group('time').lower()}"
        subject = (
            SCALE_READINGS[measure]
            if reading_of_scale
            else f"{sized_thing(m)} {label(measure)}"
            if m.re is RE_GLUED_M_SIZED
            else f"{m.group('noun')} {label(measure)}"
            if m.re is RE_SPACED_M_SIZED
            else f"{line_label(sc.body, first)} concentration {label(measure)}"  # "PM2.5 concentration"
            if m.re is RE_PARTICLE_READING
            else quantity_subject(sc, first if signed is None else signed, measure)
        )
        if measure == "degree_Celsius" and m.groupdict().get("mu") in ("degrees", "degree"):
            measure = temperature_scale(sc)  # bare "degrees": the scale the article names first
            if measure == "degree_Celsius" and oven_fahrenheit(sc, sc.body[s:e], s):
                measure = "degree_Fahrenheit"
            subject = quantity_subject(sc, first if signed is None else signed, measure)
        value: Value = N.normalise_number(N.parse_amount(sc.body[s:e], scale))
        end = m.end()
        if zero and signed is None and measure in SIGNED_MEASURES:
            after = RE_BELOW_ZERO_AFTER.match(sc.body, end)
            if after:  # "10 degrees below zero", "35 below zero": the reading is negative
                end, signed = after.end(), m.start()
        sc.claim(first, end)
        if low:
            # "3-4 million tonnes": the scale written once serves both ends when the low end's
            # digits stand below the high end's ("3" < "4"), as it does after "to" and "and"
            shared = "-" not in m.group("join") or N.parse_amount(low) < N.parse_amount(sc.body[s:e])
            low_value = N.normalise_number(N.parse_amount(low, scale if scale and shared else None))
            low_figure = (first, m.end("low"), (first, m.end("low")))
            if (ranged := _range_or_low(sc, m, low_figure, low_value, value, subject, measure)) is not None:
                value, s = ranged, first
        start = s if low or m.groupdict().get("low") else m.start()
        if signed is not None:  # "-180C", "minus 40C", "−5°C": a reading below zero
            start, value = signed, _below_zero(value)
        kind = "money" if measure in measures.MINOR_CURRENCY_MEASURES else "other"  # "a 75-cent target"
        sc.add(Figure(start, end, (s, e), value, "other", kind, subject, measure=measure))
        if kind == "other" and not reading_of_scale and not low and signed is None:
            _add_part_of_measured(sc, start, end, measure, subject)


# a flow or a rate of a volume, a weight or an energy: its unit, then "a", "an" or "per" and a unit
# of time ("120,000 litres a day", "40 tonnes an hour", "900 gallons per minute", fixwalk40-a); not
# a time before or after ("50 tonnes a year earlier", "a year ago")
RE_FLOW_TIME_AFTER = re.compile(
    rf"\s+(?:a|an|per)\s+(?P<time>{'|'.join(sorted(measures.FLOW_TIMES))})\b(?![-'’])"
    r"(?!\s+(?:ago|earlier|later|before|after|on|old|from|since|back|previously)\b)",
    re.IGNORECASE,
)
FLOW_QUANTITIES = frozenset(("volume", "weight", "energy"))


def _flow_time(body: str, end: int, measure: str) -> re.Match[str] | None:
    """The unit of time after a measurement of a volume, a weight or an energy ending at `end` that
    makes it a flow (RE_FLOW_TIME_AFTER), or None."""
    if " / " in measure or measures.quantity_of(measure) not in FLOW_QUANTITIES:
        return None
    return RE_FLOW_TIME_AFTER.match(body, end)


# a part of a measured whole, in digits before "of the", "of its" or an owner's "of X's" and the
# whole's size ("planted 40 of the 120 hectares", "cleared 2,300 of the park's 8,000 square
# metres"): the part is in the whole's unit; a unit that sizes a noun after it counts that noun ("3
# of the 10km stages", "two of its 40-tonne trucks"), so the whole must end its noun phrase
RE_PART_OF_WHOLE_BEFORE = re.compile(
    r"(?<![\w.,$£€-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|our\s+|(?:the\s+[a-z]+|[A-Z][\w-]*)['’]s\s+)\Z"
)
RE_WHOLE_PHRASE_END = re.compile(
    r"\s*(?:[,.;:)!?]|\Z)|\s+(?:of|in|at|on|is|are|was|were|has|have|had|and|or|so|by|with|from|for|to|that|which)\b"
)
# a unit spelled out in the plural ends its noun phrase whatever follows ("30 of the 200 hectares
# burned"): a unit that sizes a noun is written singular or glued ("10-kilometre stages", "10km")
RE_SPELLED_PLURAL_UNIT = re.compile(r"\s[a-z]{4,}s\Z")
PART_OF_WHOLE_REACH = 48  # characters before the whole read for the part: bounded, linear time


def _add_part_of_measured(sc: Scanner, start: int, end: int, measure: str, subject: str) -> None:
    """Read the part of a measured whole (see RE_PART_OF_WHOLE_BEFORE) as a figure in its unit."""
    if sc.body[end - 1 : end].isdigit() or not (
        RE_WHOLE_PHRASE_END.match(sc.body, end) or RE_SPELLED_PLURAL_UNIT.search(sc.body, start, end)
    ):
        return
    if sc.body[start - 1 : start] not in (" ", "\n"):
        return
    part = RE_PART_OF_WHOLE_BEFORE.search(sc.body, max(0, start - PART_OF_WHOLE_REACH), start)
    if part is None:
        return
    ps, pe = part.span("num")
    if not sc.free(ps, pe) or sc.is_name_or_code(ps, pe):
        return
    value: Value = N.normalise_number(N.parse_amount(part.group("num"), None))
    sc.claim(ps, pe)
    sc.add(Figure(ps, pe, (ps, pe), value, "other", "other", subject, measure=measure))


def _stars_on_the_scale(
    sc: Scanner, found: list[tuple[re.Match[str], str]]
) -> list[tuple[re.Match[str], str]]:
    """The top of a rating's scale in stars, the other stars of a text that rates in stars, a box
    line's stars and the earlier rating bracketed after them (RE_STARS_OUT_OF_TOP, RE_STARS_ANY)."""
    more = [
        (m, STAR_RATING)
        for m in matches_before_word(RE_STARS_OUT_OF_TOP, sc.body, sc.lower, "star", STARS_OUT_OF_LEADS)
    ]
    rated = any(measure == STAR_RATING for _, measure in found)
    for m in matches_before_word(RE_STARS_ANY, sc.body, sc.lower, "star", STARS_ANY_LEADS):
        start = m.start()
        if RE_STARS_OWNED_BEFORE.search(sc.body, max(0, start - STARS_OWNED_REACH), start):
            continue  # "the two stars of the film": persons
        if rated or RE_STARS_LABEL_BEFORE.search(sc.body, max(0, start - STARS_LABEL_REACH), start):
            more.append((m, STAR_RATING))
    if " (" in sc.body and (rated or more):
        more += [(m, STAR_RATING) for m in RE_STARS_BRACKETED_EARLIER.finditer(sc.body)]
    return more


def _tornado_ratings(sc: Scanner) -> list[tuple[re.Match[str], str]]:
    """Each EF rating in a sentence about a tornado, and, in a text that names one (the caller's
    test), each "EF" rating after a box line's label ("Rating: EF2") (RE_EF_SCALE, RE_STARS_LABEL_BEFORE)."""
    return [
        (m, EF_SCALE)
        for m in RE_EF_SCALE.finditer(sc.body)
        if tornado_sentence(sc, m.start())
        or m.group(0).startswith("E")
        and RE_STARS_LABEL_BEFORE.search(sc.body, max(0, m.start() - STARS_LABEL_REACH), m.start())
    ]


def _points_on_the_scale(sc: Scanner) -> list[tuple[re.Match[str], str]]:
    """The top a text's judged scores are stated against ("scores are out of 100") and each "N
    points" up to it in that text (RE_SCORES_TOP, RE_POINTS_ON_SCALE), with the jury's measure."""
    tops = [
        m
        for m in RE_SCORES_TOP.finditer(sc.lower)
        if RE_SCORES_BEFORE_TOP.search(sc.body, max(0, m.start() - SCORES_TOP_REACH), m.start())
    ]
    if not tops:
        return []
    top = max(float(m.group("num")) for m in tops)
    more = [(m, JURY_POINT) for m in tops]
    for m in sc.at(RE_POINTS_ON_SCALE, sc.digits_then(JURY_POINT_FOLLOWERS)):
        if float(m.group("num")) <= top:
            more.append((m, JURY_POINT))
    return more


def _named_scale_levels(sc: Scanner) -> list[tuple[re.Match[str], str]]:
    """Each "to level N" or "at level N" whose sentence, or the sentence before, names a travel
    advice, an alert, a warning or a threat (RE_TO_AT_BEFORE_LEVEL), with the scale's measure."""
    found: list[tuple[re.Match[str], str]] = []
    body = sc.body
    for m in matches_at_word(RE_LEVEL_NUMBER, body, sc.lower, "level"):
        if body.startswith(" of ", m.end()) or not RE_TO_AT_BEFORE_LEVEL.search(
            body, max(0, m.start() - 4), m.start()
        ):
            continue
        s_start = sc.sentence_bounds(m.start())[0]
        before = sc.sentence_bounds(s_start - 1)[0] if s_start > 0 else s_start
        scale_names = list(
            RE_NAMED_SCALE.finditer(body, max(before, m.start() - NAMED_SCALE_REACH), m.start())
        )
        if not scale_names:
            continue
        named = scale_names[-1]  # the name nearest the level
        measure = (
            TRAVEL_ADVICE_LEVEL
            if named.group("advice")
            else THREAT_LEVEL
            if named.group("threat")
            else ALERT_LEVEL
        )
        found.append((m, measure))
    return found


def _range_or_low(
    sc: Scanner,
    m: re.Match[str],
    low_figure: tuple[int, int, tuple[int, int]],
    low_value: Value,
    value: Value,
    subject: str,
    measure: str,
) -> str | None:
    """The range "A/B" of a measurement "A to B <unit>"; None once its lower end is added as a figure
    of its own, when the two are a before and an after ("from 13.5 to 14.0 mm", "from two to three
    metres" read as a change) or fall ("from 4.8 to 4.7 metres")."""
    if (
        low_value >= value
        or sc.change_pair(m)
        and not interval_after_move(sc.body, m.start(), float(low_value), float(value))  # type: ignore[arg-type]
    ):
        start, end, quote_span = low_figure
        sc.add(Figure(start, end, quote_span, low_value, "other", "other", subject, measure=measure))
        return None
    return f"{low_value}/{value}"


def _hyphen_symbol(m: re.Match[str]) -> bool:
    """Whether a unit symbol of two letters or more that opens with a capital is joined to its
    number by a hyphen ("5-MW", "24,000-TEU"); a lone capital ("3-D", "4-H") is never read so."""
    unit = m.groupdict().get("mu") or ""
    return m.groupdict().get("sep") == "-" and len(unit) > 1 and unit[0].isupper()


# What a camera's megapixels describe: a bare "MP" after a number is a megapixel only before one
# of these ("a 50MP main sensor"); elsewhere it names members of parliament ("a 12-MP majority").
CAMERA_WORDS = frozenset(
    "camera cameras sensor sensors lens lenses shooter selfie front rear main wide ultrawide telephoto".split()
)
RE_WORDS_AFTER = re.compile(r"(?:\s+[A-Za-z-]+){1,3}")


SENTENCE_NEAR_REACH = 160  # characters either side of a reading read for its sentence's words


def _sentence_near(sc: Scanner, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence around start:end within SENTENCE_NEAR_REACH characters of it (a
    bounded window: a long run of readings in one sentence is not read again for each)."""
    s_start, s_end = sc.sentence_bounds(start)
    return max(s_start, start - SENTENCE_NEAR_REACH), min(s_end, end + SENTENCE_NEAR_REACH)


def _camera_after(body: str, end: int) -> bool:
    """Whether one of the next three words after a unit ending at `end` names a camera part."""
    after = RE_WORDS_AFTER.match(body, end, end + 40)
    return after is not None and not CAMERA_WORDS.isdisjoint(after.group().lower().split())


# a verb that defines one unit by another after "One <unit>", an aside between commas allowed ("One
# tola, the jewellers' unit, is about 11.66 grams", "One ping equals 3.3 square metres"): that
# "one" is the base of a definition, as the base of a price "per 10 grams" is (rules, table 8 by the
# project's calls), while "One tonne was seized" and "one kilometre of road" are quantities
RE_DEFINES_AFTER = re.compile(
    r"(?:,[^,\d.;]{1,80},)?\s+(?:equals|is\s+equal\s+to|is\s+equivalent\s+to|"
    rf"(?:is|weighs|measures)\s+(?:{N.ROUGH_COUNT}|just\s+over|just\s+under)\s|"
    r"weighs\s+\d|measures\s+\d|is\s+\d)"
)


# a possessive before a number word and "feet" makes them a body's feet, not a length ("back on his
# own two feet", "the dog's four feet", "landed on both her feet"); a length is never owned so
RE_OWNER_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(sorted(POSSESSIVE_DETERMINERS))})(?:\s+own)?|['’]s)\s+\Z")


def scan_word_units(sc: Scanner) -> None:
    """A number in words with a physical unit word after it ("nearly eight kilometres")."""
    for m in sc.at(word_pattern(), sc.words):
        if m.group("join") == "and" and not sc.body.endswith(("between ", "Between "), 0, m.start()):
            single = word_pattern().match(sc.body, m.start("num"))  # "one and two metres": no range
            if single is None:
                continue
            m = single
        num, unit_text, low = m.group("num"), m.group("mu"), m.group("low")
        s, e = m.span("num")
        first = m.start()
        if (
            len(unit_text) < WORD_UNIT_MIN
            or not sc.free(first, m.end())
            or not sc.sentence_start_or_lower(first, low or num)
        ):
            continue
        if sc.lower.endswith(" below zero", 0, e) and RE_READING_BELOW.search(
            sc.lower, max(0, first - 20), first
        ):
            continue  # "20 below zero Celsius": the zero is the reading's reference, not a reading
        weighs = _weighs(sc, unit_text, s) or (
            unit_text.lower().startswith("pound")
            and (goods_weighed_after(sc.body, m.end()) or weighed_before(sc.body, first, m.end()))
        )  # "two pounds of coal", as "2 pounds of coal"; "went two pounds"
        measure = reading(unit_text, weighs)
        if measure == "cent" and land_after(sc.body, m.end()):
            measure = LAND_CENT  # "sixty cents of paddy land"
        if not measure or not is_physical(measure):
            continue  # "three category", "one cent": scales and minor units have rules of their own
        if measure == "cup" and not kitchen_cup(sc, m.end()):
            continue
        if measure == "foot" and RE_OWNER_BEFORE.search(sc.lower, max(0, first - 12), first):
            continue  # "on her own two feet", "its four feet": a body's feet, no length
        sc.claim(first, m.end())
        if (
            num.lower() == "one"
            and not low
            and not m.group("scale")
            and RE_DEFINES_AFTER.match(sc.body, m.end())
        ):
            continue  # "One tola is about 11.66 grams": the base of a definition, no figure
        scale = m.group("scale")
        value: Value = N.normalise_number(N.parse_amount(num, scale))
        subject = quantity_subject(sc, first, measure)
        if low:
            low_value = N.normalise_number(N.parse_amount(low, scale))
            low_figure = (first, m.end("low"), m.span("low"))
            if (ranged := _range_or_low(sc, m, low_figure, low_value, value, subject, measure)) is not None:
                value, s = ranged, first
        sc.add(Figure(s, m.end(), (s, e), value, "other", "other", subject, measure=measure))
    if sc.a_scales:
        scan_a_scale_units(sc)


def scan_a_scale_units(sc: Scanner) -> None:
    """A scale with an article or a fraction, in words, and a physical unit after it (see above)."""
    for m in sc.at(a_scale_pattern(), sc.a_scales):
        s, e = m.span("num")
        if not sc.free(s, m.end()) or not sc.sentence_start_or_lower(s, m.group("num")):
            continue
        measure = reading(m.group("mu"), _weighs(sc, m.group("mu"), s))
        if not measure or not is_physical(measure):
            continue
        sc.claim(s, m.end())
        value = N.normalise_number(N.parse_a_scale(m.group("num")))
        sc.add(
            Figure(
                s, m.end(), (s, e), value, "other", "other", quantity_subject(sc, s, measure), measure=measure
            )
        )


# An almanac's label of degree days before a bare number ("Heating degree days: 41", "cooling
# degree days so far this season: 212"): the number is in degree days
RE_DEGREE_DAYS_BEFORE = re.compile(
    r"\b(heating|cooling|growing)\s+degree\s+days?\b[^.\d]{0,30}:\s*\Z", re.IGNORECASE
)
# The normal or average in brackets right after a measured figure, as weather boxes print it
# ("Season total: 5.07 inches (normal 6.6)", "rainfall 40mm (average 52)"): the same unit
RE_NORMAL_BRACKET_BEFORE = re.compile(
    r"\d\s?([A-Za-z]+)\.?\s+\((?:normal|average|avg\.?|long-term\s+average)(?:\s+is|:)?\s+\Z", re.IGNORECASE
)


# A study's estimate in a physical unit, then the bracket that opens its confidence interval ("a
# mean difference of 4.2 mmHg (95% CI, 2.1-6.3)", "lost 5.1kg more (95% confidence interval
# 3.2-7.0)"): the interval's bounds are in the estimate's unit, not counts
RE_INTERVAL_BRACKET_BEFORE = re.compile(
    r"\d\s?([A-Za-z]+)\.?(?:\s+(?:more|less|fewer|lower|higher))?\s+\("
    r"(?:\d{2}(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s+)?(?:CI|[Cc]onfidence\s+[Ii]nterval)[,:]?\s+\Z"
)


PER_UNIT_WORDS = frozenset(("a", "an", "per", "each"))  # before the unit a price is quoted per


def clause_measure(sc: Scanner, start: int) -> str:
    """The measure a unit word among the few words right before a bare number names ("calorie
    intake by 500"), or the wind's unit a gust carries, or the temperature a high or a low reads,
    or ""; ambiguous unit words and time units name nothing here."""
    s_start, _ = sc.sentence_bounds(start)
    if "ust" in sc.body[max(s_start, start - 20) : start]:  # the cheap test first
        gust = gust_measure(sc, s_start, start)
        if gust:
            return gust
    if (
        (
            sc.lower.find("temperature", max(s_start, start - TEMPERATURE_LEVEL_REACH), start) >= 0
            or sc.lower.find("mercury", max(s_start, start - TEMPERATURE_LEVEL_REACH), start) >= 0
        )
        and RE_BARE_READING.match(sc.body, start)
        and RE_TEMPERATURE_LEVEL_BEFORE.search(sc.body, max(s_start, start - TEMPERATURE_LEVEL_REACH), start)
    ):
        return temperature_scale(sc)  # "Temperatures rose to 41": the noun names the reading, in any text
    weather = sc.text_facts.get("weather in degrees")  # known once per text
    if weather is None:
        weather = text_fact(sc, "weather in degrees", lambda: weather_in_degrees(sc))
    if weather and (temperature := temperature_named(sc, s_start, start)) != "":
        return temperature
    if sc.body.find("(", max(0, start - 30), start) >= 0:  # the cheap test first
        bracket = RE_NORMAL_BRACKET_BEFORE.search(sc.body, max(0, start - 50), start)
        if bracket is None:  # "4.2 mmHg (95% CI, 2.1-6.3)": an interval's bounds, in the estimate's unit
            bracket = RE_INTERVAL_BRACKET_BEFORE.search(sc.body, max(0, start - 60), start)
        unit = reading(bracket.group(1), False, glued=True) if bracket else ""
        if unit and is_physical(unit):
            return unit
    if sc.body.find("egree day", max(0, start - 60), start) >= 0:
        days = RE_DEGREE_DAYS_BEFORE.search(sc.body, max(0, start - 60), start)
        if days:
            return f"{days.group(1).lower()} degree day"
    window = sc.body[max(s_start, start - 40) : start]
    if window.rstrip()[-1:] in ENDS_NO_WORD:
        return ""  # a number or a sign is the last word: the loop below would stop there
    words = tokens(window)
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        word = words[i]
        if not word[0].isalpha():
            return ""
        found = reading(word, False) if len(word) > 3 else ""
        if found and is_physical(found):
            # "$3.89 a gallon and 4.02": the base a price is quoted per names no measure of the number
            return "" if i > 0 and words[i - 1].lower() in PER_UNIT_WORDS else found
    return ""
