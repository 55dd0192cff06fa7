"""Measurements ("1.2 million barrels per day", "90 km/h", "31 degrees Celsius", "60 feet (18m)")
and the `measure` of every figure whose unit is "other". The unit vocabulary and the stable
measure names come from analysis/measures.py (pint); this module decides where a unit word
after a number is a measurement, and keeps time units for the duration dimension."""

from __future__ import annotations

import re
import string
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .. import currencies, measures
from ..vocab import (
    BENCHMARK_NAMES,
    DEBT_WORDS,
    FORECAST_LABELS,
    FORECAST_LONG_LABELS,
    FUNCTION_WORDS,
    MARKET_INDEX_WORDS,
    METRE_SIZED_NOUNS,
    MONTHS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    POSSESSIVE_DETERMINERS,
    RECIPE_SPOONS,
    SCALE_WORDS,
    SIZED_PACKS,
    STORM_NOUNS,
    TODAY_WORDS,
)
from . import money, names, subject_clauses, subjects
from . import numbers as N
from .compose import interval_after_move
from .figure import Figure, Value
from .numbers import END, NUM, WNUM
from .percent import RATING_POINT, RE_SPORT_CUE  # a player's or a programme's rating (the measure table's)
from .resolve import matches_at_word, matches_before_word
from .words import (
    LABEL_LINE_OPENING,
    goods_weighed_after,
    holds_any,
    land_after,
    line_label,
    pack_weighed_before,
    sentence_fact,
    sentence_matches,
    sentence_names,
    singular,
    text_fact,
    tokens,
    tokens_before,
    weighed_before,
)

if TYPE_CHECKING:
    from ..extract import Scanner

# magnitudes: "6.3 magnitude", "6.3-magnitude", "magnitude 5.8", "MMI 6+", "a 5.9 aftershock"
RE_MAGNITUDE_AFTER = re.compile(
    rf"(?P<num>{NUM})(?:[\s-]?-?magnitude|\s+on the Richter scale|(?<=\d\.\d)(?=\s+(?:aftershock|earthquake|quake|tremor)s?\b))"
)
RE_MAGNITUDE_BEFORE = re.compile(
    rf"magnitude(?:\s+(?:of|at|to|was|is|as))?\s+(?P<sign>[-−–]|[Mm]inus[\s-])?(?P<num>{N.DIGITS_LOOSE}){END}"
)  # "put the magnitude at 6.8", "revised the magnitude to 6.6"; a star's "magnitude -1.5"
# A magnitude in a sentence about the sky is a star's or a planet's brightness, on a scale whose
# zero is no floor: a sign right after the scale's name is the reading's, not a range's dash
# (rules, table 1: readings below zero keep their sign) ("Venus shines at magnitude -4.6").
RE_SKY_WORDS = re.compile(
    r"\b(?:stars?|planets?|comets?|asteroids?|meteors?|galax(?:y|ies)|(?:super)?novae?|moon|venus|jupiter"
    r"|mars|saturn|sirius|telescopes?|night sky|naked eye|apparent magnitude|absolute magnitude)\b"
)
# a bare reading in a sentence about a quake: "the strongest of them a 5.4", "an aftershock
# measuring 5.2 struck": one digit, a point and one digit, after "a" or "measuring", ending there
QUAKE_WORDS = ("aftershock", "quake", "tremor", "temblor")
RE_MAGNITUDE_BARE = re.compile(
    r"\b(?:an?|measuring|measured)\s+(?P<num>\d\.\d)(?=[,;)]|\.(?!\d)|\s+(?:and|or|struck|hit|jolted|shook|on|at)\b)"
)
# ... and one after a quake's noun (QUAKE_WORDS, or a "shock") and "of" ("a second tremor of 3.9
# followed", "aftershocks of up to 5.1"): one digit, a point and one digit, no unit after it ("a tremor of 3.5 seconds")
RE_MAGNITUDE_OF = re.compile(
    rf"\b(?:(?:earth)?(?:{'|'.join(QUAKE_WORDS)})s?|shocks?)\s+of\s+(?:up\s+to\s+|about\s+|around\s+)?"
    r"(?P<num>\d\.\d)(?=[,;)]|\.(?!\d)|\s*\Z"
    r"|\s+(?:followed|struck|hit|jolted|shook|rattled|was|were|came|and|or|on|at|in|near|off)\b)"
)
# what every such match holds, opening with "of": searched for fast before RE_MAGNITUDE_OF, which
# opens with "\b" and a word list and so is tried at every character
RE_OF_MAGNITUDE = re.compile(r"of\s+(?:up\s+to\s+|about\s+|around\s+)?\d\.\d")
RE_MMI = re.compile(r"(?P<mmi>MMI|Modified Mercalli Intensity)\s+(?P<num>\d+)(?P<plus>\+)?")
# "a Category 3 hurricane", "a category 4 system", "downgraded to category two": a reading on the
# storm scale, in any case and as a number word
RE_CATEGORY = re.compile(r"\b[Cc]ategory[ -](?P<num>[1-5]|one|two|three|four|five)\b(?!-)")
# a "Category N" reads a storm only near words of storms; elsewhere it is a class's name ("placed
# in Category 1 of the social register", "a Category 2 visa", "Category 3 prisoners")
RE_STORM_WORD = re.compile(r"hurricane|typhoon|cyclone|storm|landfall|wind|saffir")
STORM_REACH = 400  # characters either side of the category read for those words
# "a category one hurricane": any case or a number word when a storm follows
RE_CATEGORY_STORM = re.compile(
    r"\b[Cc]ategory[ -](?P<num>[1-5]|one|two|three|four|five)(?=\s+(?:hurricane|storm|typhoon|cyclone)s?\b)"
    # ... and broadcast copy's "Cat 4 storm", "a Cat-5 hurricane"
    r"|\bCat\.?[ -](?P<num2>[1-5])(?=\s+(?:hurricane|storm|typhoon|cyclone)s?\b)"
)
# "raised the alert level to 4", "an alert level of three", "the alert level was raised to 3", "a level-4 alert", "a level 3 heat
# alert" (one word naming the hazard between): a reading on the
# scale of alerts a volcano, weather or health agency declares (like a storm's category, no rank)
RE_ALERT_LEVEL = re.compile(
    r"\b(?:[Aa]lert\s+[Ll]evel\s+(?:(?:was|is|has|had|have|been|were|stayed|remained|remains|stood|stands"
    r"|raised|lowered|upgraded|downgraded|cut|set|kept|held|moved|now)\s+){0,3}(?:(?:to|at|of)\s+)?"
    r"(?P<num>[1-9]|one|two|three|four|five)"
    r"|[Ll]evel[ -](?P<num2>[1-9]|one|two|three|four|five)\s+(?:[a-z]+\s+)?alert)(?![\w.,]\d|[\w-])"
)
# ... and "level N" before a warning ("issued a level 3 warning", "a level 2 flood warning") or
# after an alert or a warning and "to" or "at" ("the volcano alert stayed at level 2", "raised the
# fire warning to level 4"): the same reading; "Level 3 restrictions" stays a name
RE_LEVEL_NUMBER = re.compile(r"[Ll]evel[ -](?P<num>[1-9]|one|two|three|four|five)(?![\w.,]\d|[\w-])")
RE_WARNING_AFTER_LEVEL = re.compile(r"\s+(?:[a-z]+[\s-]+){0,2}warnings?\b")
RE_WARNING_BEFORE_LEVEL = re.compile(r"\b(?i:alert|warning)s?\s+(?:[a-z]+\s+){0,3}(?:to|at)\s\Z")
WARNING_LEVEL_REACH = 60  # characters before "level" read for the alert or warning
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
# Avalanche forecasts' readings, in copy about avalanches: the danger level on the five-level
# scale ("Level 3 on the five-level scale", "danger level 4", "a danger rating of 3") and a slide's
# destructive size ("rated the slide D2.5", "a size 3 avalanche"); a "Level 3" elsewhere is a name
# (and as other desks word it: "avalanche risk was raised to level 4", "set the danger at 3 out of
# 5", "considerable (level 3)"; a number after "danger" or "risk" needs the word "level" or
# "rating" before it, or "out of 5" after it: AVALANCHE_LEVEL_NAMED)
RE_AVALANCHE_DANGER = re.compile(
    r"\b(?:(?:[Dd]anger|[Rr]isk|[Hh]azard)\s+(?:(?:[Ll]evel|[Rr]ating|was|is|were|has|had|been|stood|remained"
    r"|raised|lowered|increased|set|put|rated|upgraded|downgraded|to|at|of|as)\s+){1,4}(?P<num>[1-5])"
    r"|[Ll]evel\s(?P<num2>[1-5])(?=\s(?:of\s(?:5|five)|on\sthe\b)|\s?\(|\)))(?![\w.,]\d|[\w-])"
)
RE_OUT_OF_FIVE = re.compile(r"\s+(?:out\s+)?of\s+(?:5|five)\b")
RE_AVALANCHE_SIZE = re.compile(
    r"(?:\b(?:rated|sized?|a|an|the|was|were)\s+(?:the\s+(?:slide|avalanche)\s+)?D|\b[Ss]ize\s)"
    r"(?P<num>[1-5](?:\.5)?)(?![\w.,]\d|[\w-])"
)
AVALANCHE_DANGER = "avalanche danger level"
AVALANCHE_SIZE = "avalanche size"
# "hoisted Signal No 8", "the No 3 Strong Wind Signal", "Tropical Cyclone Wind Signal
# No. 3": a reading on the numbered scale of tropical cyclone warnings of Hong Kong, Macau and the
# Philippines (like a storm's category, no rank), in an article about a storm or wind
RE_CYCLONE_SIGNAL = re.compile(
    r"\b(?:[Ss]ignal\s+(?:[Nn]o\.?|[Nn]umber)\s*(?P<num>10|[1-9])"
    r"|(?:[Nn]o\.?|[Nn]umber)\s*(?P<num2>10|[1-9])\s+(?:[A-Za-z-]+\s+){0,5}?[Ss]ignal"
    # ... and Hong Kong copy's short form before "signal" ("the T8 signal", "a T3 warning signal")
    r"|\bT(?P<num3>10|[1-9])(?=\s+(?:[A-Za-z-]+\s+)?[Ss]ignal\b))(?![\w.,]\d|[\w-])"
)
# ("Strong Wind Signal No. 3": the signal's own name speaks of wind)
CYCLONE_CUES = (*STORM_NOUNS, "wind signal")
# ... or, where the text names no storm, a verb a warning signal takes, or the observatory that
# issues it, in the signal's sentence ("Signal No. 1 remains hoisted", "The No. 3 signal was
# replaced by Signal No. 8"); a railway's signal is passed, not hoisted
RE_SIGNAL_WARNING_WORD = re.compile(
    r"\b(?:hoist(?:s|ed|ing)?|lower(?:s|ed|ing)|issu(?:es|ed|ing)|replac(?:es|ed|ing)|cancel(?:s|l?ed|l?ing)"
    r"|in\s+force|upgrad(?:es|ed|ing)|downgrad(?:es|ed|ing)|Observatory)\b"
)
# "Stage 2 water restrictions come into force", "Stage 3 curbs mean lawns may be watered twice a
# week": a drought's stage of curbs, as DROUGHT_STAGE, where the sentence speaks of water though
# the text never says "drought"; "Stage 4 lockdown" and "Level 4 restrictions" with no water and no
# scale named stay names (as "Stage 4 of the race")
RE_RESTRICTION_STAGE = re.compile(
    r"\b[Ss]tage[ -](?P<num>[1-8]|one|two|three|four|five|six|seven|eight)"
    r"\s+(?:(?:water|watering|hosepipe|drought)\s+)?(?:restrictions|curbs)\b"
)
RESTRICTION_CUES = ("restrictions", "curbs")
RE_WATER_WORD = re.compile(
    r"\b(?:water|watered|watering|hosepipes?|drought|sprinklers?|lawns?|gardens?)\b", re.IGNORECASE
)
# "raised to level 3 of 5", "at level 4 out of 6", "level 3 of the five-level scale": a reading on a
# scale whose top the text gives (the top is counted as the levels the scale has); "level 3 of
# the car park" is a floor
RE_LEVEL_OF_SCALE = re.compile(
    r"\b[Ll]evel\s(?P<num>[1-9]|10)(?=\s(?:out\s)?of\s(?:(?P<top>[2-9]|10)(?![\w.,]\d|[\w%-])"
    r"|the\s(?P<named>[2-9]|10|two|three|four|five|six|seven|eight|nine|ten)[- ](?:level|point|step|tier|stage)"
    r"\s(?:[a-z]+\s)?scale\b))"
)
SCALE_LEVEL = "level on a scale"
ALERT_CUES = ("alert",)
# "stage 4 load-shedding", "load-shedding at Stage 6": a reading on a grid operator's scale of
# power cuts, in a sentence that speaks of load-shedding ("Stage 4 of the race" is a position)
RE_SHEDDING_STAGE = re.compile(
    r"\b[Ss]tage[ -](?P<num>[1-8]|one|two|three|four|five|six|seven|eight)(?![\w.,]\d|[\w-])"
)
RE_LOAD_SHEDDING = re.compile(r"load[ -]?shedding", re.IGNORECASE)
# ... and the same "Stage N" in a story on a drought's water restrictions ("moved to Stage 3 of its
# drought plan", "Stage 2 watering curbs", "could reach Stage 4 by autumn"): a reading on the
# utility's scale of curbs, as a load-shedding stage is; read where the text speaks of drought and
# of restrictions, curbs or watering (lawns watered, hosepipes, sprinklers), so "Stage 4 of the race"
# in other copy stays a position
DROUGHT_CURB_WORDS = ("restriction", "watering", "watered", "curbs", "hosepipe", "sprinkler", "lawn")
# "reach Kp 8", "a Kp of 7", "the Kp index hit 6", "Kp7": a reading on the planetary index of
# geomagnetic activity (0 to 9) that space-weather forecasts give; "KP" alone is a place's initials
# (Khyber Pakhtunkhwa), so the capitals count only before "index"
RE_KP_INDEX = re.compile(
    r"\b(?:Kp(?:[ -]index)?|KP[ -]index)"
    r"(?:\s+(?:of|at|to|reach|reached|reaching|hit|hitting|could|may|might|will|would|was|is|rose|climbed"
    r"|peaked|touched|reading|as\s+high\s+as|above|around|about)){0,3}[ -]?"
    r"(?P<num>[0-9](?:\.[0-9])?)(?![\w.,]\d|[\w-])"
)
# "60 feet (18m)", "37m (121ft)": a glued "m" is metres when it converts a length in brackets, is
# converted into feet, or is a length, height or depth ("1.6 m across", "1,340m below surface",
# hyphened to its adjective: "a 4m-long crocodile", "a 30m-high wall")
# (or a level against a mark: "1.1m above the danger mark", "40m below the summit"), or a speed
# in metres per second ("0.4m per second")
RE_METRES = re.compile(
    rf"(?P<num>{NUM})(?:m|\sm(?=[\s-]))(?=\)|-(?:tall|high|long|wide|deep)\b|\s+(?:tall|high|long|wide|deep|away|drop|across|underground"
    r"|in\s+diameter|(?:below|above)\s+(?:the\s+)?(?:surface|ground|sea|seabed|riverbed|summit|top|waterline"
    # ... or a height over the place it stands in, which ends its phrase ("rises 310m above the
    # city", "40m above the valley floor"; "2m above the city target" names a target)
    r"|(?:city|town|village|valley|streets?|rooftops|harbour)(?=[.,;:)]|\s*\Z|\s+(?:floor|and|or|in|on|at|with|to|from|as|below)\b)"
    r"|(?:danger\s+)?mark|danger\s+level|(?:chart\s+)?datum)|above\s+sea|(?:per|a)\s+second"
    # a level against a river's set marks ("0.6m above its alarm level", "2m below the warning mark")
    r"|(?:below|above)\s+(?:the|its|their)\s+(?:(?:flood|danger|alarm|alert|warning|evacuation|spill)\s+)+"
    r"(?:level|mark|line)s?)\b"
    r"|\s?\(\d[\d,.]*\s?(?:ft|feet|foot)\b)"
)
# "3.4 metres above datum, 0.9m lower than in 2018": a glued "m" before a comparative of size is
# metres when its sentence states a length in metres in words (else "sales were 1.2m higher" counts
# millions)
# A drill intercept as mining results write it: metres of core, then the grade it ran at ("31m at
# 2.2g/t gold", "6.5m at 3.8 grams per tonne", "40m at 0.8% copper", "4.2m @ 9.6g/t Au", "3m grading
# 5g/t", "8m of 1.1% copper"), or a depth "downhole" ("from 210m downhole"): the glued "m" is metres
RE_METRES_AT_GRADE = re.compile(
    rf"(?P<num>{NUM})m(?=\s+(?:at|@|grading|of)\s*\d[\d.]*\s?(?:g/t|grams?\s+per\s+tonne|oz/t|(?:%|per\s?cent)\s+"
    r"(?:copper|nickel|zinc|lead|lithium|tin|cobalt|Cu|Ni|Zn|Pb|Li2O|U3O8|WO3)\b)|\s+down-?hole\b)"
)
# "800m from the fence", "lies 300m offshore", "200m away", "500m north of the bridge": a glued
# "m" before a word of distance from a place is metres (an amount or a count is not "away" or
# "offshore"; "from" counts only before a place's noun: "rose to 1.2m from the previous 1.1m" and
# "raised 5m from the sale" stay millions)
DISTANCE_FROM_PLACES = (
    "border|fence|frontline|front line|coast|shore|shoreline|site|scene|camp|river|riverbank|road"
    "|edge|wall|line|summit|surface|school|airport|runway|station|embassy|beach|house|home|building"
    "|village|town|city centre|entrance|gate|checkpoint|crater|epicentre|plant|reactor|mosque|church"
    "|hospital|stadium|palace|bridge|dam|port|harbour|lake|sea|tower|mine|well|hotel|market|park"
)
RE_METRES_AWAY = re.compile(
    rf"(?P<num>{NUM})m(?=\s+(?:away|offshore|inland|upstream|downstream|off\s+the\s+(?:coast|shore)"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of"
    rf"|from\s+(?:the|a|its|their|his|her)\s+(?:{DISTANCE_FROM_PLACES}))\b)"
)
# "24 in. wide", "a 55 in. (140cm) screen": inches spaced from the number and closed by the
# abbreviation's stop, as US copy writes them, when the sentence goes on after the stop (a lower-case
# word, a bracket or a comma); "rose 5 in." ending a sentence is left alone
RE_INCHES_STOP = re.compile(rf"(?P<num>{NUM}) in\.(?=\s*[(,]|\s+[a-z])")
INCHES_STOP_FOLLOWERS = N.Followers(("in",))
RE_METRES_COMPARED = re.compile(
    rf"(?P<num>{NUM})m(?=\s+(?:lower|higher|deeper|shallower|taller|shorter|longer|wider|narrower)\b)"
)
# "a depth of 40m", "reached a height of up to 8m", "ships longer than 200m", "lies in 40m of
# water", "30m below the surface": a glued "m" is metres when a noun of length with "of", or a
# comparative of length with "than", stands right before the number, or a length follows it ("of
# water", "in depth"); no amount of money or count is so named ("a loss of 3m", "more than 200m",
# "1.2m below forecasts" stay millions)
LENGTH_OF_NOUNS = (
    "depth",
    "height",
    "length",
    "altitude",
    "elevation",
    "draught",
    "width",
    "wingspan",
    "diameter",
    "radius",
    "resolution",
    "span",  # a bridge's ("a main span of 1,390m", "its main span is 980m")
    "ascent",  # a walk's or a climb's ("a total ascent of 900m", "a descent of 300m")
    "descent",
)
RE_LENGTH_BEFORE = re.compile(
    rf"\b(?:(?:{'|'.join(LENGTH_OF_NOUNS)})\s+(?:of|is|was|will\s+be)|(?:longer|deeper|taller)\s+than"
    # ... also in the plural, or reaching a size ("snow depths reached 1.8m", "the height hit 4m")
    rf"|(?:{'|'.join(LENGTH_OF_NOUNS)})s?\s+(?:are|were|reached|hit|topped|exceeded|(?:stood|stands|rose|fell)\s+(?:at|to))"
    # ... or the heights of the sea ("waves of up to 6m", "a swell of 4m"), a depth of snow ("snow
    # of 1.2m", "a snowpack of 2m"), or a depth drilled to
    r"|(?:waves?|swells?|seas|surf|snow|snowfall|snowpack)\s+of|(?:drilled|bored)\s+to"
    # ... or a flood's crest, said of a river, a tide or a wave only ("the Waikato crested at 4.6m",
    # "a crest of 7.1m"): no count or sum crests
    r"|crest(?:ed|s|ing)?\s+at|crest\s+of|crest\s+(?:is|was)\s+(?:forecast|expected|predicted)\s+(?:at|to\s+be)"
    # ... or a cordon or an exclusion zone round a scene set to a new size ("the cordon was reduced
    # to 200m", "the exclusion zone has been widened to 800m")
    r"|(?:cordon|exclusion\s+zone)s?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:reduced|extended|widened|narrowed|cut|expanded|increased|shrunk|set)\s+to"
    # ... or a river's set level ("the flood warning level at Mill Bridge is 4.5m", "its evacuation
    # trigger is 6m"): no count or sum is an alarm, warning or evacuation level
    r"|(?:flood|danger|alarm|alert|warning|evacuation|spill|spillway)\s+(?:level|mark|trigger|line)"
    r"(?:\s+at\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:is|was|will\s+be|of|stands\s+at|sits\s+at))"
    r"(?:\s+(?:up\s+to|about|around|some|roughly|nearly|almost|just|more\s+than|less\s+than|over|under))?\s+\Z",
    re.IGNORECASE,
)
# A fact box's line whose label names a length, a height or a tide ("Height: 1.91m", "Wave height:
# 2.4m", "High tide: 3.12m", "Depth (max): 40m", "Height of spire: 123m"): a glued "m" after it on
# its line is metres, also after other words ("Tide: high 4.7m at 05:12, low 0.9m", "Swell: 3m
# easing to 1.5m", "Length: 4.8m, beam 1.9m"; words.line_label); no count or sum is labelled a
# height or a tide ("Reach: 2.3m", "Viewers: 4.1m" stay millions)
LENGTH_LABEL_WORDS = (
    "height|depth|length|width|elevation|altitude|tide|swell|waves|wingspan|draught|draft|crest|span"
    "|visibility|seas"
)
RE_LENGTH_LABEL = re.compile(
    rf"(?:[A-Za-z][a-z]*\.?[ \t]+){{0,2}}(?i:{LENGTH_LABEL_WORDS})"
    r"(?:[ \t]+(?:of|at|above|below|in|on)(?:[ \t]+[A-Za-z'’-]+){1,3})?"
)


def length_label(body: str, start: int) -> bool:
    """Whether a figure at `start` is on a label line whose label names a length (see above)."""
    label = line_label(body, start)
    return bool(label) and RE_LENGTH_LABEL.fullmatch(label) is not None


RE_METRES_NAMED = re.compile(
    rf"(?P<num>{NUM})m(?!\w|\.\w|,\d|\s+(?:people|of\s+(?:the|its|their|his|her)\b))"
)
# "at 2,615 m in the hills", "stood at 17.3 m.": a lone "m" written apart from its number, as
# SI style writes a unit, is a metre symbol when punctuation or a preposition follows it; no desk
# writes a million so without a currency sign ("5 m units" stays a count of 5, the sign's amounts
# are money's)
RE_SPACED_METRES = re.compile(
    rf"(?P<num>{NUM}) m(?!\.\s?p\b)(?=[.,;:)]|\s+(?:of|in|at|on|above|below|from|to|and|or|under|over|with|for"
    r"|since|by|after|before|during|onto|through|along|past|beyond|behind|out|off|up|down|ahead|short)\b|\Z)"
)
# "the 148 m hull", "a 7 m crocodile", "the 2 m mark": a spaced "m" between a determiner and a
# singular noun is the metres that size it (no desk writes a million spaced without a currency
# sign, and a million of one thing is no amount), as is one before a plural sized in metres ("the
# 400 m hurdles", "the 3 m waves", vocab.METRE_SIZED_NOUNS); another plural or people stays unread
RE_SPACED_M_SIZED = re.compile(rf"(?P<num>{NUM}) m(?=\s(?P<noun>[a-z]+)\b(?!-))")


# ... or a count of the things right before the size, which then measures each of them ("four 3 m
# pumps", "twelve 6 m poles"): a number of things cannot be followed by a million of them
RE_COUNT_BEFORE_SIZE = re.compile(rf"(?:(?<![\w.,-])\d{{1,4}}|(?i:{WNUM}))\s\Z")
COUNT_BEFORE_SIZE_REACH = 12  # characters back from the size to the count's start


def _counted_before_size(body: str, start: int) -> bool:
    """Whether a count of things stands right before a size at `start` (RE_COUNT_BEFORE_SIZE)."""
    return RE_COUNT_BEFORE_SIZE.search(body, max(0, start - COUNT_BEFORE_SIZE_REACH), start) is not None


def _spaced_metre_sized(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a spaced "m" sizes the singular noun after it, with a determiner before the number
    (RE_SPACED_M_SIZED), or the things a count right before the number counts."""
    noun = m.group("noun")
    if noun in FUNCTION_WORDS or noun in PEOPLE_NOUNS:
        return False
    if noun.endswith("s") and _counted_before_size(sc.body, m.start()):
        return True  # "four 3 m pumps"
    return (noun in METRE_SIZED_SINGULARS or noun in METRE_SIZED_NOUNS or not noun.endswith("s")) and (
        RE_SIZED_DETERMINER_BEFORE.search(sc.body, max(0, m.start() - SIZED_DETERMINER_REACH), m.start())
        is not None
    )


# "a 5 t axle limit", "the 40 t load", "800 t of steel": a spaced "t" (the letter alone is unsafe)
# is tonnes before "of" and the goods, or between a determiner and the noun it weighs, or closing
# its clause ("may carry up to 44 t.")
RE_SPACED_TONNES = re.compile(rf"(?P<num>{NUM}) t(?=[.,;:)]|\s(?:of\s[a-z]|(?P<noun>[a-z]+)\b(?!-)))")
SPACED_TONNES_FOLLOWERS = N.Followers(("t",))


def _spaced_tonnes(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a spaced "t" weighs what follows (RE_SPACED_TONNES)."""
    noun = m.group("noun")
    return noun is None or (
        noun not in FUNCTION_WORDS
        and RE_SIZED_DETERMINER_BEFORE.search(sc.body, max(0, m.start() - SIZED_DETERMINER_REACH), m.start())
        is not None
    )


# "a 2.4m fence", "the 50m wall", "a 6m wave": a glued "m" between a determiner and the singular of
# a noun sized in metres (vocab.METRE_SIZED_NOUNS) is metres ("a 5m project", "the 2m homes" stay
# millions); one word may describe the thing before the size ("the heated 25m pool", "an
# eight-lane 50m pool", "a new 12m yacht"), as it may after it ("a 20m swimming pool"), a
# name of its make or design too ("a 40m Bailey bridge")
# a noun after a measure hyphened to it, which the measure sizes: after "per" the noun is the base
# of the price and the measure its size ("Q1,900 per 46-kilogram quintal": a row), where "per 10
# grams" is the base itself (no row)
RE_SIZED_NOUN_AFTER = re.compile(r"\s+[a-z]")
RE_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _sizes_noun_after(body: str, num_end: int, end: int) -> bool:
    """Whether the measure ending at `end`, its number ending at `num_end`, sizes the noun after it:
    joined to the number by a hyphen ("per 46-kilogram quintal"), or glued or spaced before a pack
    (vocab.SIZED_PACKS: "$1,850 per 40ft box", "$2,400 per 40 ft box", "per 20 ft container"),
    where "per 10 grams", "per 10g of gold" and "per 100ml last year" are the base of a price or a
    reading itself."""
    if body[num_end : num_end + 1] in "-‑":
        return RE_SIZED_NOUN_AFTER.match(body, end) is not None
    noun = RE_WORD_AFTER.match(body, end)
    return noun is not None and noun.group(1) in SIZED_PACKS


RACE_NOUNS = frozenset(
    """hurdles steeplechases relays freestyles backstrokes breaststrokes butterflies medleys sprints races
    finals heats events laps lengths runs swims dashes dives jumps throws""".split()
)
RE_GLUED_M_SIZED = re.compile(rf"(?P<num>{NUM})m\s+(?P<noun>[A-Za-z][a-z]*)\b(?=(?:\s+(?P<next>[a-z]+)\b)?)")
RE_SIZED_DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he|its|their)\s"
    rf"(?:(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\s)[a-z]+(?:-[a-z]+)*\s)?\Z"
)
SIZED_DETERMINER_REACH = 32  # characters back to the determiner ("an eight-lane ")


def _metre_sized(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether the noun after a glued "m" is sized in metres, right after it ("a 2.4m fence") or
    after one word that modifies it ("a 20m swimming pool", "a 40m steel mast"), with a determiner
    before the number (see above)."""
    noun, following = m.group("noun"), m.group("next")
    return (
        noun in METRE_SIZED_SINGULARS
        or following is not None
        and following in METRE_SIZED_SINGULARS
        and noun not in FUNCTION_WORDS
    ) and RE_SIZED_DETERMINER_BEFORE.search(
        sc.body, max(0, m.start() - SIZED_DETERMINER_REACH), m.start()
    ) is not None


def _sized_thing(m: re.Match[str]) -> str:
    """The thing a glued "m" sizes (RE_GLUED_M_SIZED): "pool", or "swimming pool"."""
    noun, following = m.group("noun"), m.group("next")
    return noun if noun in METRE_SIZED_SINGULARS else f"{noun} {following}"


METRE_SIZED_SINGULARS = frozenset(
    {singular(noun) for noun in METRE_SIZED_NOUNS - RACE_NOUNS} | {"stretch", "section"}
)  # (races are named by their distance only in copy about racing: RE_GLUED_M, RACE_CUES)
# "The river rose 1.5m above normal", "lake levels fell 0.4m overnight", "the Rhine peaked at
# 4.2m", "the swell will build to 3m": a glued "m" with no noun after it is metres when a body of water or its level, as the
# subject right before the verb, moves or stands at it; no desk counts a river's or a tide's rise in millions ("Sales
# rose 1.5m units" names what it counts, and "the unemployment level rose 1.2m" names no water)
WATER_BODIES = (
    "river rivers water waters lake lakes sea seas tide tides floodwater floodwaters flood floods"
    " reservoir reservoirs dam dams canal canals creek stream swell swells surf".split()
)
WATER_NOUNS = WATER_BODIES + (
    # the banks and walls that hold water back, raised or lowered by so many metres ("the levees
    # were raised by 1.5m"); no desk raises a sum of money "by 1.5m" with a stopbank as subject
    "stopbank stopbanks levee levees embankment embankments seawall seawalls dyke dykes dike dikes".split()
    + [r"sea\s+walls?", r"flood\s+walls?", "breakwater", "breakwaters"]
)
RE_WATER_LEVEL_BEFORE = re.compile(
    rf"\b(?:{'|'.join(WATER_NOUNS)})(?:\s+(?:levels?|heights?|gauges?))?"
    r"(?:\s+(?:at|in|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?:\s*,\s+an?\s+[a-z]+(?:\s+[a-z]+)?,)?"  # an apposition: "the Avon Stream, a tributary, peaked at"
    r"\s+(?:(?:has|had|have|could|may|might|will|would|can)\s+)?(?:(?:been|was|were|is|are|be)\s+)?"
    # ... also forecast ("the river is expected to peak at 6.1m")
    r"(?:(?:expected|forecast|predicted|likely|set|due)\s+to\s+)?"
    r"(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|dropped|drop|drops|climbed|climb|receded"
    r"|swelled|surged|peaked\s+at|peaks?\s+at|peaking\s+at|reached|reach|reaches|stood\s+at|stands\s+at"
    r"|builds?|building|built|eases?|eased|easing"  # a sea's swell builds and eases
    r"|is\s+at|was\s+at"
    r"|raised|lifted|lowered|heightened)"
    r"(?:\s+(?:by|to|about|around|some|nearly|almost|just|more\s+than|over|a\s+further))?\s+\Z",
    re.IGNORECASE,
)
# ... or a body of water or its wall moved to or by the number as the object of a verb ("the surge
# pushed the river to 4.6m", "raising the sea wall by 0.5m"); a preposition in the verb's place is
# no verb ("the cost of the dam to 1.5m")
RE_WATER_OBJECT_BEFORE = re.compile(
    r"\b(?!(?:of|for|in|on|at|from|with|to|by|and|or|than)\s)[a-z]+\s+(?:the|its|their)\s+"
    r"(?:[A-Z][\w'’-]*\s+)?"
    rf"(?:{'|'.join(WATER_NOUNS)})(?:\s+(?:levels?|heights?))?\s+(?:to|by)"
    r"(?:\s+(?:about|around|some|nearly|almost|just|more\s+than|over|a\s+further))?\s+\Z",
    re.IGNORECASE,
)
RE_METRES_NO_NOUN = re.compile(
    rf"(?P<num>{NUM})m(?=[.,;:)]|\s*\Z|\s+(?:above|below|overnight|in|on|at|by|to|from|over|since|after|before"
    rf"|during|and|or|higher|lower|{'|'.join(sorted(TODAY_WORDS))}|this|last|on|within)\b)"
)
# ... and a range of such levels or of lengths named (RE_LENGTH_BEFORE), the "m" glued to both ends
# or the last ("crest at 6.5-7m", "the river will rise to 4.1m to 4.4m", "waves of 3-4m")
RE_METRES_NO_NOUN_RANGE = re.compile(
    rf"(?P<low>{NUM})(?P<join>m\s+to\s+|m?[-–])(?P<num>{NUM})m(?=[.,;:)]|\s*\Z|\s+\(|\s+(?:above|below|overnight|in|on"
    rf"|at|by|from|over|{'|'.join(sorted(TODAY_WORDS))}|this|last|within)\b)"
)
# ... and such a range after a length named, whatever follows it, as a single length may be read
# (RE_METRES_NAMED): "waves of 5-6m battered the coast", "a depth of 8-10m made the dive"
RE_METRES_NAMED_RANGE = re.compile(
    rf"(?P<low>{NUM})(?P<join>m?[-–])(?P<num>{NUM})m(?!\w|\.\w|,\d|\s+(?:people|of\s+(?:the|its|their|his|her)\b))"
)
WATER_LEVEL_REACH = 60  # characters back to the body of water whose level moves


# "the river was falling at 5cm an hour and should drop below 3.5m by noon": a verb of a level's
# move right before the glued "m", in a sentence whose earlier words name a body of water and that
# states another length ("5cm", "metres"): the level is in metres ("visitors to the lake should
# rise to 1.2m by 2030" states no length, so it stays a count)
RE_LEVEL_MOVE_BEFORE = re.compile(
    r"\b(?:drop|drops|dropped|fall|falls|fell|rise|rises|rose|recede|recedes|receded|peak|peaks|peaked)"
    r"\s+(?:below|above|to|under|at)\s+\Z"
)
RE_WATER_NOUN = re.compile(rf"\b(?:{'|'.join(WATER_BODIES)})\b", re.IGNORECASE)
RE_SENTENCE_LENGTH = re.compile(r"\d(?:cm|mm|m)\b|\b(?:centi|milli)?met(?:re|er)s?\b", re.IGNORECASE)
LEVEL_MOVE_REACH = 24  # characters back to the verb of the level's move ("expected to drop below ")
WATER_SENTENCE_REACH = 200  # characters of the sentence either side read for the water and the length


def _water_level(sc: Scanner, start: int) -> bool:
    """Whether a body of water or its level moves to or stands at the number at `start` in its
    clause (RE_WATER_LEVEL_BEFORE), or its sentence names a body of water whose level moves to it
    (RE_LEVEL_MOVE_BEFORE) and states another length."""
    s_start, s_end = sc.sentence_bounds(start)
    if RE_WATER_LEVEL_BEFORE.search(sc.body, max(s_start, start - WATER_LEVEL_REACH), start) is not None:
        return True
    if RE_WATER_OBJECT_BEFORE.search(sc.body, max(s_start, start - WATER_LEVEL_REACH), start) is not None:
        return True
    if RE_LEVEL_MOVE_BEFORE.search(sc.body, max(s_start, start - LEVEL_MOVE_REACH), start) is None:
        return False
    lo, hi = max(s_start, start - WATER_SENTENCE_REACH), min(s_end, start + WATER_SENTENCE_REACH)
    if RE_WATER_NOUN.search(sc.body, lo, start) is None:
        return False
    before, after = sc.body[lo:start], sc.body[start:hi]
    after = after[after.find("m") + 1 :]  # the figure's own "m" is not the other length
    return RE_SENTENCE_LENGTH.search(before) is not None or RE_SENTENCE_LENGTH.search(after) is not None


# a glued "m" before a word of comparison ("peaked at 5.42m, 0.6m below the record", "rose to
# 3.1m, 20cm higher than"), after a water level read in metres earlier in its sentence: the gap
# to another level, in the same metres
RE_COMPARED_AFTER = re.compile(r"\s+(?:above|below|higher|lower|short\s+of)\b")
RE_GLUED_METRES_EARLIER = re.compile(rf"(?P<num>{NUM})m(?=[.,;:)\s])")


def _compared_to_level(sc: Scanner, start: int, end: int) -> bool:
    """Whether the glued "m" number at start:end is compared to another level (RE_COMPARED_AFTER)
    after a water level in glued metres earlier in its sentence. The sentence's first such level
    is looked for once (Scanner.first_glued_level), not once per comparison."""
    if RE_COMPARED_AFTER.match(sc.body, end) is None:
        return False
    s_start, s_end = sc.sentence_bounds(start)
    if sc.first_glued_level[0] != s_start:
        levels = RE_GLUED_METRES_EARLIER.finditer(sc.body, s_start, s_end)
        first = next((m for m in levels if _water_level(sc, m.start())), None)
        sc.first_glued_level = (s_start, len(sc.body) if first is None else first.end())
    return sc.first_glued_level[1] < start  # (its mark after the "m" before the number too)


# "high water 07:48 (1.6m)", "low tide 1.15pm (0.4m)": a height in brackets right after a clock time,
# as tide tables and forecast pages give a tide's time and height, is metres in a sentence about
# tides or high and low water (quoted from the clock time, whose words before it the subject reads)
# (a bracketed "(£1.6m)" has its sign; "at 10:00 (1.2m viewers)" a noun)
RE_TIDE_HEIGHT = re.compile(
    rf"(?<![\w.:])\d{{1,2}}(?:[:.]\d\d(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)\s?\((?P<num>{NUM})\s?m\)"
)
RE_TIDE_WORDS = re.compile(r"\b(?:tides?|tidal|(?:high|low)\s+water)\b", re.IGNORECASE)
# ... and a tide table's height with no brackets, right after the clock time ("high 04.12 3.9m and
# 16.40 4.1m", "is at 06.33, 6.4m"): metres when "high", "low" or tides are named just before it
# ("closed at 14.58, 1.7m shares" has none)
RE_TIDE_CLOCK_BEFORE = re.compile(r"(?<![\w.:])\d\d[.:][0-5]\d,?\s\Z")
RE_TIDE_LINE_CUE = re.compile(r"(?i:\bhigh\b|\blow\b|\btides?\b|\btidal\b)")
TIDE_LINE_REACH = 90  # characters before a tide's height read for its clock time and "high" or "low"


def _tide_line_height(sc: Scanner, start: int) -> bool:
    """Whether the glued "m" number at `start` is a tide table's height after its clock time."""
    lo = max(0, start - TIDE_LINE_REACH)
    return bool(RE_TIDE_CLOCK_BEFORE.search(sc.body, max(0, start - 8), start)) and bool(
        RE_TIDE_LINE_CUE.search(sc.body, lo, start)
    )


def _tide_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` names tides or high and low water (RE_TIDE_WORDS), read
    once per sentence: a table's many heights in one sentence do not each read it again."""
    return sentence_fact(
        sc,
        "tide words",
        offset,
        lambda at: RE_TIDE_WORDS.search(sc.body, *sc.sentence_bounds(at)) is not None,
    )


RE_LENGTH_AFTER = re.compile(
    r"m\s+(?:of\s+(?:water|ascent|descent|climbing)|in\s+(?:depth|length|height|width|diameter))\b"
)
# "the path climbs to 450m", "the loop rises to just 300m": a glued "m" after a verb of climbing and
# "to" is a height when its sentence speaks of walking or hills (WALK_CUES); "subscribers climbed to
# 1.2m" stays millions
RE_CLIMBS_TO_BEFORE = re.compile(
    r"\b(?:climbs|climbing|rises|rising|tops\s+out)\s+(?:to|at)"
    r"(?:\s+(?:just|only|about|around|some|nearly|almost|roughly|over|more\s+than))?\s+\Z"
)
WALK_CUES = (
    "walk", "trail", "path", "loop", "route", "hike", "hiking", "summit", "hill", "mountain", "ridge",
)  # fmt: skip
# what may follow such a height: a stop or a preposition, no noun ("climbs to 3m units" counts)
RE_CLIMBED_HEIGHT_AFTER = re.compile(
    r"m(?=[.,;:)]|\s+(?:at|in|on|and|with|before|then|above|near|by|as|when|after)\b)"
)
# "Climbers turned back at 8,300m", "camped at 6,400m": an altitude reached, after a preposition of
# place, in a sentence about climbing a mountain (CLIMBING_CUES, words no other desk uses of money
# or counts), with no noun after it
RE_ALTITUDE_BEFORE = re.compile(
    r"\b(?:at|to|from|above|below)(?:\s+(?:about|around|nearly|almost|some|just|roughly|over|under))?\s+\Z"
)
CLIMBING_CUES = ("climber", "mountaineer", "sherpa", "altitude", "base camp", "summit push", "oxygen")
# the heights a glued "m" may read (RE_CLIMBED_HEIGHT_AFTER after it): the words before it and the
# sentence's cues (a walk's climb, a mountaineer's altitude)
HEIGHT_READINGS = ((RE_CLIMBS_TO_BEFORE, WALK_CUES), (RE_ALTITUDE_BEFORE, CLIMBING_CUES))
# "she cleared 4.70m", "vaulted 5.85m": a bar's height, stated to the centimetre, right after a verb
# of clearing it, with a stop or an attempt's preposition after the "m", is metres, not millions
# ("the club cleared 1.35m in debt" stays millions: "in" follows it)
RE_BAR_HEIGHT = re.compile(r"\d\.\d\d")
RE_BAR_HEIGHT_AFTER = re.compile(r"m(?=[.,;:)]|\s+(?:at|on|to|and|with)\b)")
RE_BAR_CLEARED_BEFORE = re.compile(
    r"\b(?:cleared|clears|clearing|vaulted|vaults|vaulting|leapt|leaped)\s+\Z", re.IGNORECASE
)
BAR_VERB_REACH = 12  # characters back to the verb ("vaulting ")
LENGTH_BEFORE_REACH = 50  # characters back to the noun of length ("a depth of more than 1,000m")
RE_METRE_WORD = re.compile(r"\b(?:kilo|centi|milli)?met(?:re|er)s?\b", re.IGNORECASE)
# "the men's 1,500m", "the 400m hurdles": a race is named by its distance, which the number
# measures (as in "the 100 metres"): a glued "m" is metres when the number is a standard race
# distance and its sentence speaks of racing (else "400m" may be 400 million)
RE_GLUED_M = re.compile(rf"(?P<num>{NUM})m(?!\w|\.\w)")
RACE_DISTANCES = frozenset("50 60 100 110 200 400 800 1500 3000 5000 10000".split())
RACE_CUES = (
    "race",
    "men's",
    "women's",
    "hurdles",
    "steeplechase",
    "sprint",
    "relay",
    "marathon",
    "athlet",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "olympic",
    # running and swimming said by a doer or a time: "the sprinter clocked 44.9 over 400m"
    "runner",
    "swimmer",
    "sprinter",
    "clocked",
    "personal best",
)
# "a 5k race", "the 10K": a "k" glued to a standard road-race distance is kilometres when a race
# noun follows, or when a determiner stands before it in a sentence that speaks of racing; else it
# is thousands ("5k followers", "raised 5k"), read with the counts
RE_GLUED_K = re.compile(rf"(?P<num>{NUM})[kK](?![\w.]|\.\w)")
ROAD_RACE_KM = frozenset("3 5 8 10 12 15 21 25 42 50 100".split())
# (no people noun: "12k runners" counts 12,000 runners, as the rules' table 1 reads it)
RE_RACE_NOUN_AFTER = re.compile(
    r"\s+(?:fun\s+)?(?:run|runs|race|races|walk|course|route|event)\b", re.IGNORECASE
)
# a distance run or swum: the verb right before it ("ran 400m"), or a finishing time right after
# it ("the 10K in 28 minutes", "the 400m in 44.9 seconds", "the 5k in 17:42")
RACE_VERBS_BEFORE = tuple(
    f"{verb} {article}".rstrip() + " "
    for verb in ("ran", "run", "runs", "swam", "swim")
    for article in ("", "a", "the")
)
RE_FINISH_TIME_AFTER = re.compile(
    r"\s+in\s+(?:under\s+|just\s+(?:over|under)\s+)?(?:\d+:\d\d|\d+(?:\.\d+)?\s*(?:seconds|secs|sec|s|minutes|mins|min|hours|hrs)\b)"
)
RE_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|her|his|their|its)\s+\Z", re.IGNORECASE)
K_FOLLOWERS = N.Followers(("k", "K"))

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
# Measures named by the labelling rules that have no unit word after a number.
AGE = "years of age"
MAGNITUDE = "magnitude"
INTENSITY = "intensity"
CATEGORY = subjects.STORM_CATEGORY  # the measure of a storm's category ("a Category 4 hurricane")
ALERT_LEVEL = "alert level"
CYCLONE_SIGNAL = "tropical cyclone warning signal"
SHEDDING_STAGE = "load-shedding stage"
DROUGHT_STAGE = "drought restriction stage"
KP_INDEX = "Kp index"
# "The air quality index reached 180", "an AQI of 312", "a UV index of 11", "a heat index of 110",
# "a BMI of 32", "at a redshift of 14.32" (how far the light of a galaxy is stretched, read on its
# own scale): a reading on a named index of weather, health or science news, after the index's name
# and the words that link it to its value (a rate-like reading, not a count)
RE_INDEX_READING = re.compile(
    r"\b(?P<name>[Aa]ir[ -][Qq]uality [Ii]ndex|AQI|UV [Ii]ndex|[Uu]ltraviolet [Ii]ndex|[Hh]eat [Ii]ndex"
    r"|[Bb]ody[ -][Mm]ass [Ii]ndex|BMI|[Pp]ower [Uu]sage [Ee]ffectiveness|PUE|pH|[Rr]edshift"
    r"|[Aa]ir[ -][Qq]uality(?=\s+readings?\b))(?: \([^()]{1,30}\))?:?"  # ... or a box's label ("UV index: 9")
    # ... and a word in quotes naming the band between ("The AQI was 'severe' at 421")
    r"(?:\s{1,3}(?:['‘\"“][A-Za-z ]{1,20}['’\"”]|readings?|levels?|values?|will|could|may|would|has|have|had|was|is|be|reach|reached|reaching|hit"
    r"|top|topped|exceed|exceeded|exceeding|remain|remained|stay|stayed|cross|crossed|crossing|pass|passed"
    r"|breached|touched|touching|surpassed|between"
    # ... and the verbs of a day's or a month's mean and of a monitor's reading ("the AQI averaged
    # 178 in November", "the city's AQI registered 212")
    r"|averaged|averaging|recorded|registered|read|reads"
    r"|hitting|rose|rising|fell|falling|climbed|peaked|stood|stands|of|at|to|above|over|below|around|about"
    r"|near|nearly|more|than|under|a|an"
    # ... and a place or a day named between ("The AQI in Lahore was 312", "the AQI on Sunday hit")
    r"|in\s[A-Z][\w'’-]+|on\s[A-Z][a-z]+day)){0,5}"
    r"\s{1,3}(?:(?P<low>\d{1,3}(?:\.\d{1,2})?)(?P<join>\s?(?:-|–)\s?|\s(?:to|and)\s))?"
    r"(?P<num>\d{1,3}(?:\.\d{1,2})?)(?![\w.,]\d|[\w%-])"
)
# ... and a second threshold on the same index after "or" ("a BMI of 35 and over, or 33 with
# diabetes", "an AQI of 150, or 100 for children"): the same reading; "or 27 patients" has a noun
RE_INDEX_ALTERNATIVE = re.compile(
    r"(?:\s+or\s+(?:more|above|higher|over|greater|less|below|lower|under))?,?\s+or\s+"
    r"(?P<num>\d{1,3}(?:\.\d{1,2})?)(?![\w.,%-]|\s+[a-z]+s\b)"
)
RE_INDEX_NUMBER = re.compile(r"(?P<num>\d{1,3}(?:\.\d{1,2})?)")  # that reading's own span
INDEX_CUES = ("quality index", "uv index", "ultraviolet index", "heat index", "mass index")
# ... and a UV index written "UV" and its reading alone, as forecasts give it ("a sunny morning with
# UV 6", "Tomorrow: cloudy, UV 4"): up to 16, then the clause's end, a band's word in brackets or
# a word of the forecast; "UV400 lenses", "UV 10 lamps" name products
RE_UV_READING = re.compile(
    r"UV[ -]?(?P<num>1[0-6]|[0-9])(?![\w.,]\d|[\w%-])"
    r"(?=\s*[,.;:)]|\s*\Z|\s+\(|\s+(?:and|or|is|was|will|today|tomorrow|tonight|this|on|in|at|by|until"
    r"|from|expected|forecast|extreme|very|high|moderate|low)\b)"
)
# the readings RE_INDEX_READING knows that are named without the word "index"
INDEX_SIGNS = ("AQI", "BMI", "PUE", "pH", "usage effectiveness", "uality reading", "edshift")
INDEX_NAMES = {
    "air quality index": "air quality index",
    "aqi": "air quality index",
    "uv index": "UV index",
    "ultraviolet index": "UV index",
    "heat index": "heat index",
    "body mass index": "body mass index",
    "body-mass index": "body mass index",
    "bmi": "body mass index",
    "air-quality index": "air quality index",
    "air quality": "air quality index",  # "air quality readings above 300"
    "air-quality": "air quality index",
    "power usage effectiveness": "power usage effectiveness",
    "pue": "power usage effectiveness",
    "ph": "pH",
    "redshift": "redshift",
}
# "an EF3 tornado", "rated EF-4": a tornado's strength on the Enhanced Fujita scale (like a
# hurricane's category), in a sentence about a tornado; "Mach 5": a speed in multiples of sound's
RE_EF_SCALE = re.compile(r"\bE?F-?(?P<num>[0-5])(?![\w.,-])")
EF_SCALE = "Enhanced Fujita scale"
TORNADO_WORDS = ("tornado", "twister")
# a distance in astronomical units written "AU" (space and science copy: "passed 1.3 AU from the
# Sun", "orbits at 40 AU."): only with a distance word after it or closing its clause, and no
# year before it, as "AU" is also the African Union ("the 2026 AU summit", "20 AU members")
RE_ASTRONOMICAL_AU = re.compile(
    r"(?<![\w.,$£€-])(?:(?P<low>\d{1,3}(?:\.\d+)?)(?P<join>\s?[-–]\s?|\s+to\s+))?"  # "2.5-3 AU": a range
    r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?AU"
    r"(?=\s+(?:from|away|beyond|across|out|past|closer|farther|further)\b|\s+\(|[,;)]\s|\.(?:\s|\Z))"
)
LAND_CENT = "cent_of_land"  # a hundredth of an acre before land ("60 cents of paddy land"; words.land_after)
RE_MACH = re.compile(r"\bMach (?P<num>\d{1,2}(?:\.\d{1,2})?)(?![\w.,]\d|[\w-])")
MACH = "Mach number"
# "cruising at FL360", "climbed to flight level 340": an aircraft's pressure altitude in hundreds of
# feet, in a text about flying (a "FL" before digits elsewhere may be Florida's or a model's)
RE_FLIGHT_LEVEL = re.compile(r"\b(?:FL ?|[Ff]light [Ll]evel )(?P<num>\d{2,3})(?![\w.,]\d|[\w-])")
FLIGHT_LEVEL = "flight level"
FLIGHT_CUES = (
    "flight",
    "aircraft",
    "plane",
    "pilot",
    "airliner",
    "altitude",
    "cruising",
    "cruise",
    "jet",
    "crew",
    "cockpit",
    "air traffic",
    "airspace",
    "airline",
    "aviation",
)
# "a 6 Star Green Star rating", "a five-star ANCAP safety rating": a rating in stars, a reading
# on its scheme's scale, and so is a grading in stars, as tourism boards grade hotels ("expects a
# five-star grading from the grading council"); a star grade before a hotel's or a restaurant's
# noun is one too (RE_STAR_GRADED_PLACE), while one before another noun names a kind ("four-star
# petrol")
# ... also stars a named scheme's testing gave ("earned four stars in Euro NCAP crash testing",
# "three stars from the Energy Board assessment") and stars out of a scale's top ("three stars out
# of five"); "50 stars in the flag" and "two stars in the Ashes side" are counted
# a number of stars, in digits or words ("4.5 stars", "five-star")
STARS = r"(?P<num>\d(?:\.\d)?|(?i:one|two|three|four|five|six|seven))[- ][Ss]tars?"
RE_STAR_RATING = re.compile(
    rf"\b{STARS}"
    r"(?=(?:\s+[A-Z][\w-]*){0,3}\s+(?:[a-z]+\s+)?(?:ratings?|gradings?)\b"
    r"|\s+(?:in|from|under)\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:[a-z]+\s+)?"
    r"(?:ratings?|testing|assessments?|crash\s+tests?)\b"
    r"|\s+out\s+of\s+(?:five|5|ten|10)\b"
    r"|\s+in\s+(?:its\s+|the\s+)?crash[- ]tests?\b)"  # "scored five stars in crash tests"
)
# ... and stars a rating is stated in, named before them ("a rating of 4.5 stars", "rated 4 stars",
# "the rating fell to three stars"); "rated the best of 40 stars" has no number before "stars"
# (it opens with its first letter and tests the word boundary behind it after: a pattern opening with
# "\b" is tried at every character of the text, one opening with a class only at its letters)
RE_STARS_RATED = re.compile(
    r"[Rr](?<!\w[Rr])(?:ating\s+(?:of|was|is|at|fell\s+to|rose\s+to|dropped\s+to|climbed\s+to"
    r"|(?:was\s+|is\s+)?(?:cut|lowered|raised|reduced|downgraded|upgraded|went)\s+from)|ated(?:\s+it)?)\s+"
    r"(?:an?\s+(?:average\s+of\s+)?)?"
    rf"{STARS}\b"
)
# ... and a star grading of a place to stay or to eat in every position, as tourism boards and
# guides grade hotels and restaurants: before the place's noun ("a three-star hotel", "two five-star
# resorts", "a four-star country house hotel"), or a guide's stars ("two Michelin stars", "a
# two-Michelin-star chef"); a grade that names a kind of other thing is no reading ("four-star
# petrol", "a four-star general", "five-star service at the hotel": a function word between)
GRADED_PLACES = (
    r"hotels?|resorts?|guest\s?houses?|lodges?|inns?|B&Bs?|bed[- ]and[- ]breakfasts?|restaurants?|bistros?"
    r"|campsites?|caravan\s+parks?|holiday\s+parks?|hostels?|motels?|spas?|accommodation|establishments?"
)
RE_STAR_GRADED_PLACE = re.compile(
    rf"\b{STARS}(?=(?:\s+(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\b)[a-z]+){{0,2}}?\s+(?:{GRADED_PLACES})\b)"
    r"|\b(?P<num2>\d|(?i:one|two|three))[- ]Michelin[- ]stars?\b"
)
# ... and the other end of a rating's move in stars ("the rating was cut from five stars to two",
# "went from three stars to four"): the same scale, after "from N stars to" (it opens with "from"
# and tests the word boundary behind it after, so it is searched for fast)
RE_STARS_TO_AFTER = re.compile(
    r"from(?<!\wfrom)\s+(?:\d(?:\.\d)?|(?i:one|two|three|four|five|six|seven))[- ][Ss]tars?\s+to\s+"
    r"(?P<num>\d(?:\.\d)?|(?i:one|two|three|four|five|six|seven))(?![\w-]|\s+[a-z]+s\b)"
)
# the words one of those needs in its text (a cheap test before the pattern)
STAR_RATING_CUES = ("rating", "grading", "testing", "assessment", "crash test", "out of", "rated")
STAR_RATING = "star rating"
STAR_LEADS = range(2, 7)  # from a number and its joiner to "star": "5 star" to "three-star"
# ... and to a guide's "star" too: "2 Michelin star" to "three-Michelin-star"
STAR_GRADED_LEADS = range(2, 16)
# A climb's category in a cycling race ("the Cat. 2 Col de Mure", "a category 1 climb", "the
# Category 3 ascent"): a reading on the race's scale of climbs, as a storm's category is (rules,
# table 7); the climb's word or its name must follow ("a Category 3 prisoner" is a class's name)
RE_CLIMB_CATEGORY = re.compile(
    r"\b(?:[Cc]ategory|Cat\.?)[ -](?P<num>[1-4])"
    r"(?=\s+(?:climbs?|ascents?|cols?|Col|Alto|Puerto|Côte|Cote|Passo|Colle|Monte|Mont|Montée|Collado|Alpe|Puy)\b)"
)
# ... or the category a climb named before "is rated" ("the 2.6km climb is rated Cat. 2")
RE_CLIMB_RATED_CATEGORY = re.compile(
    r"\b(?:climb|ascent|col|Col)\s+(?:is|was|will\s+be)\s+rated\s+(?:an?\s+)?(?:[Cc]ategory|Cat\.?)[ -](?P<num>[1-4])\b"
)
CLIMB_CATEGORY = "climb category"
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
# A racetrack's rating, as Australian and New Zealand racing copy gives it: the going's word and
# its number on a 1-10 scale ("on a Soft 7", "rated a Heavy 8", "the Good 4 track"); a reading
# of the track's condition, in a text about a track or a race ("a Good 4 U remix" names a song)
RE_TRACK_RATING = re.compile(
    r"\b(?:an?|rated|the)\s(?:Firm|Good|Soft|Heavy|Synthetic)\s?(?P<num>10|[1-9])(?![\w.,]\d|\w|\s?[A-Z]\b)"
)
TRACK_RATING = "track rating"
# A horse race's distance markers and a horse's weight, as Australian and New Zealand racing copy
# carries their units from the race's other figures: "led at the 400", "waited until the 600"
# (metres from the finish, in hundreds) and "carrying 57 in that ground" (kilograms carried); read
# only in a text about a horse race that states metres or kilograms itself, and only where no
# noun follows ("the 600 who ran" counts, "the 400 level" names a level)
RACING_CUES = ("jockey", "barrier", "trainer", "furlong")
RE_RACE_MARKER = re.compile(
    r"\b(?:at|until|till|to|from|near|approaching|passing|past|inside|before|after|around|on)\s+the\s+"
    r"(?P<num>[1-9]00|1[0-9]00|2000)(?![\w.,-]\d|\w|-)"
    r"(?=\s*[,.;:)!?\"”’]|\s+(?:and|or|but|when|where|as|before|after|with|on|in|to|he|she|they|it)\b|\s*\Z)"
)
RE_WEIGHT_CARRIED = re.compile(
    r"\b[Cc]arr(?:y|ies|ied|ying)\s+(?P<num>[4-6]\d(?:\.5)?)(?![\w.,-]\d|\w|-)"
    r"(?=\s*[,.;:)!?]|\s+(?:in|on|at|and|for|with|to)\b)"
)
TRACK_RATING_CUES = ("track", "race", "going", "jockey", "barrier")
# "180C/160C fan/gas 4", "gas mark 6": a British oven's setting on its gas scale, a reading
RE_GAS_MARK = re.compile(r"(?:\b[Gg]as\s+[Mm]ark\s+|(?<=/)[Gg]as\s+)(?P<num>\d{1,2})(?![\w.,]\d|[\w-])")
GAS_MARK = "gas mark"
# "a 4.5-mill operating levy", "a 1.2-mill renewal", "a levy of 6.9 mills": a US property tax rate in
# mills (a mill is a tenth of a cent of tax per dollar of assessed value), as school-board and
# county copy states levies; a levy, a tax or millage must follow within two words or come right
# before ("two paper mills closed", "14 mills and a tax", "a 3-mill town" count mills or name a kind)
RE_TAX_MILLS = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,2}(?:\.\d{1,3})?)[- ]mill"
    r"(?=(?:\s+(?!(?:and|or|a|an|the|with|of)\b)[a-z][a-z-]*){0,2}?\s+(?:levy|levies|tax|taxes|millage|renewal|replacement|increase|bond issue)\b)"
    r"|\b(?:levy|millage) of (?P<num2>\d{1,2}(?:\.\d{1,3})?) mills\b"
)
TAX_MILL = "mill"
# from a match's start to a "mill" it holds: none in "millage of 9 mills", 15 in "levy of 12.125 mills"
TAX_MILL_LEADS = range(16)
# A study's P value as medical and science news prints it after a result ("P = .03", "P<0.001",
# "p = 0.2", "a P value of .04"): a probability on its own scale, read as written (".001" is 0.001;
# a bound "<" dropped like an approximation word); a capital or lower-case "P" alone before the
# sign, so "Group P = 3" (a name then a count) is not read: the value must be a fraction below 1
RE_P_VALUE = re.compile(
    r"(?<![\w.])(?:[Pp]\s?(?:=|<|>|≤|≥|<=|>=)|[Pp][- ]values?\s+(?:of|was|were|=|<)(?:\s+(?:less\s+than|under|below))?)"
    r"\s?(?P<num>0?\.\d{1,6})(?![\d.]\d|\d)"
)
P_VALUE = "p-value"
# "a CD4 count below 200", "her viral load fell to 50 copies/mL", "a platelet count of 20,000 per
# microlitre": a blood test's reading after the test's name and the words that link it to its
# value (a reading, not a count of people or things); a scale word after it ("1 million copies")
# leaves it to the amounts
RE_LAB_READING = re.compile(
    r"\b(?P<name>CD4\+?(?:[ -](?:T[ -])?cell)?\s+counts?|[Vv]iral\s+loads?|[Pp]latelet\s+counts?"
    r"|[Ww]hite(?:\s+blood)?[ -]cell\s+counts?)"
    r"(?:\s{1,3}(?:was|is|were|are|had|has|have|been|fell|dropped|rose|climbed|falls|drops|rises|reached|hit"
    r"|stood|remained|stayed|of|at|to|above|over|below|under|around|about|nearly|less|more|fewer|than"
    r"|just|still|readings?|levels?)){0,5}"
    r"\s{1,3}(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\w.,]\d|[\w%-]|\s*(?:million|billion|thousand|m|bn)\b)"
)
LAB_CUES = ("cd4", "viral load", "platelet", "cell count")
LAB_NAMES = {"cd4": "CD4 count", "vir": "viral load", "pla": "platelet count", "whi": "white cell count"}
TAX_MILL_CUES = ("levy", "levies", "millage", "tax")
# An epidemic's reproduction number, the people each case infects ("the R number is estimated at
# between 1.1 and 1.3", "the R-number was put at 0.8-1.0", "the reproduction number dropped to
# 0.9", "with the R at around 1.15", "an R0 of 2.5"): a reading, not a count (rules, table 7, as
# the AQI's), after its name and the words that link it to its value; a bare "R" (or "R0", "Rt")
# only in a text of an epidemic (REPRODUCTION_CUES). It opens with its first letter and tests what
# is behind it after.
RE_REPRODUCTION_NUMBER = re.compile(
    r"(?:R(?<![\w.&'’-]R)(?:[ -](?:[Nn]umber|[Vv]alue|[Rr]ate)|(?P<bare>0|t|))"
    r"|[Rr](?<![\w-][Rr])eproduction\s+(?:[Nn]umber|[Rr]ate))(?![\w&'’-])"
    # ... and the place or strain it is given for ("the R number for England", "the R value in
    # London", "the R0 of the new variant" reads its "of" as the link below)
    r"(?:\s(?:for|in)\s(?:the\s)?(?:[A-Z][\w'’-]*|region|country|city|state|province|capital)"
    r"(?:\s[A-Z][\w'’-]*)?(?![\w'’-]))?"
    r"(?:\s{1,3}(?:is|was|has|had|will|could|may|would|be|been|now|currently|estimated|put|thought"
    r"|believed|calculated|at|to|of|between|around|about|near|nearly|roughly|above|below|under|over"
    r"|stands|stood|remains|remained|rose|fell|dropped|climbed|edged|slipped|hit|reached|risen|fallen"
    r"|an|a|just|back|up|down|from|still|nationally)(?![\w-])){1,5}"
    r"\s{1,3}(?:(?P<low>\d{1,2}(?:\.\d{1,2})?)(?P<join>\s?[-–]\s?|\s(?:to|and)\s))?"
    r"(?P<num>\d{1,2}(?:\.\d{1,2})?)(?![\w.,]\d|[\w%-]|\s+(?:per\b|[a-z]+s\b))"
)
REPRODUCTION_CUES = (
    "reproduction", "infection", "infected", "cases", "transmission", "epidemic", "outbreak", "virus",
    "covid", "positivity", "pandemic", "disease", "notification", "incidence", "variant", "strain",
    "contagious", "infectious", "measles", "influenza", "flu ", "ebola", "mpox", "pathogen",
)  # fmt: skip
REPRODUCTION_NUMBER = "reproduction number"
# "rates rose to WS64", "at WS 97.5", "Worldscale 95": a tanker freight rate in points of the Worldscale flat
# rate, in a text about tankers or freight
RE_WORLDSCALE = re.compile(r"\b(?:WS ?|Worldscale )(?P<num>\d{1,3}(?:\.\d{1,2})?)(?![\w.,]\d|[\w-])")
WORLDSCALE = "Worldscale point"
WORLDSCALE_CUES = ("tanker", "worldscale", "freight", "vlcc", "suezmax", "aframax", "charter")
SCALE_READINGS = {
    CATEGORY: "hurricane category (unit: category)",
    ALERT_LEVEL: "alert level (unit: alert level)",
    AVALANCHE_DANGER: "avalanche danger (unit: avalanche danger level)",
    AVALANCHE_SIZE: "size of the avalanche (unit: avalanche size)",
    CYCLONE_SIGNAL: "tropical cyclone warning signal (unit: tropical cyclone warning signal)",
    SHEDDING_STAGE: "load-shedding (unit: load-shedding stage)",
    DROUGHT_STAGE: "drought water restrictions (unit: drought restriction stage)",
    SCALE_LEVEL: "level on its scale (unit: level on a scale)",
    KP_INDEX: "geomagnetic activity (unit: Kp index)",
    "air quality index": "air quality (unit: air quality index)",
    "power usage effectiveness": "power usage effectiveness (unit: power usage effectiveness)",
    "pH": "acidity (unit: pH)",
    "redshift": "cosmological redshift (unit: redshift)",
    "UV index": "UV index (unit: UV index)",
    "heat index": "heat index (unit: heat index)",
    "body mass index": "body mass index (unit: body mass index)",
    EF_SCALE: "tornado strength (unit: Enhanced Fujita scale)",
    MACH: "speed (unit: Mach number)",
    FLIGHT_LEVEL: "aircraft's flight level (unit: flight level)",
    GAS_MARK: "oven temperature (unit: gas mark)",
    STAR_RATING: "rating (unit: stars)",
    CLIMB_CATEGORY: "climb category (unit: climb category)",
    BEAUFORT_FORCE: "wind force (unit: Beaufort scale)",
    TRACK_RATING: "track rating (unit: track rating)",
    WORLDSCALE: "tanker freight rate (unit: Worldscale points)",
    TAX_MILL: "property tax levy (unit: mills)",
    REPRODUCTION_NUMBER: "reproduction number (unit: people each case infects)",
    P_VALUE: "p-value of the result (unit: p-value)",
    "CD4 count": "CD4 cell count (unit: cells per cubic millimetre)",
    "viral load": "viral load (unit: copies per millilitre)",
    "platelet count": "platelet count (unit: platelets per microlitre)",
    "white cell count": "white blood cell count (unit: cells per microlitre)",
}
# "A reading of 7 would be severe": a bare reading of the named scale that the sentence or the one
# before it names (news names a scale, then gives its readings: "The Kp index gauges geomagnetic
# storms. A reading of 6 is strong."); a reading no scale of SCALE_READINGS is named for stays
# what it was ("a reading of 52.4" of a survey)
# (also a place's reading after a superlative, "with the port district the worst at 367", and a band of
# the scale, "back to the 'poor' range of 201-300")
RE_READING_OF = re.compile(
    r"\b(?:[Rr]eadings?\s+(?:of|at|above|over|below|under)"
    r"|(?:worst|highest|lowest|cleanest|poorest|best|peaked|peaking)\s+at|range\s+of"
    # ... or a band's threshold ("Anything above 300 is classed as hazardous", "anything over 7 is
    # very high")
    r"|[Aa]nything\s+(?:above|over|below|under|beyond|from))\s+"
    r"(?:(?P<low>\d{1,3})(?P<join>\s?[-–]\s?))?(?P<num>\d{1,3}(?:\.\d{1,2})?)(?![\w.,]\d|[\w%-])"
)
SCALE_NAME_CUES = ("Kp", "KP", "ndex", "AQI")  # what RE_SCALE_NAMED needs (a cheap test first)
READING_OF_CUES = (
    "reading", "worst", "highest", "lowest", "cleanest", "poorest", "best", "peak", "range", "anything",
)  # fmt: skip
RE_SCALE_NAMED = re.compile(
    r"\b(?P<kp>Kp(?:[ -]index)?|KP[ -]index)\b|(?P<aqi>[Aa]ir[ -][Qq]uality [Ii]ndex|AQI)\b"
    r"|(?P<uv>UV [Ii]ndex|[Uu]ltraviolet [Ii]ndex)\b|(?P<heat>[Hh]eat [Ii]ndex)\b"
)
SCALE_BY_GROUP = {"kp": KP_INDEX, "aqi": "air quality index", "uv": "UV index", "heat": "heat index"}
SCALE_NAMED_REACH = 400  # characters back to the scale's name, at most (bounded: linear time)


def scale_readings_named_before(sc: Scanner) -> list[tuple[re.Match[str], str]]:
    """Bare readings "of N" of the scale the sentence or the one before names (see above)."""
    found: list[tuple[re.Match[str], str]] = []
    for m in RE_READING_OF.finditer(sc.body):
        s_start, _ = sc.sentence_bounds(m.start())
        p_start, _ = sc.sentence_bounds(max(0, s_start - 2))
        reach = max(p_start, m.start() - SCALE_NAMED_REACH)
        last = None
        for named in RE_SCALE_NAMED.finditer(sc.body, reach, m.start()):
            last = named
        if last is not None and last.lastgroup is not None:
            found.append((m, SCALE_BY_GROUP[last.lastgroup]))
    return found


# A "cup" after a number is the kitchen's volume in a text that also measures in spoons or names an
# oven, a whisk, flour or a recipe
# or when a metric weight or volume follows it in brackets ("1 cup (240ml) stock"); otherwise it may
# be a trophy ("has won three cups").
KITCHEN_SPOONS = (*RECIPE_SPOONS, "recipe", "oven", "whisk", "flour")
RE_METRIC_IN_BRACKETS = re.compile(r" ?\(\d[\d,.]*\s?(?:g|grams?|ml|millilit(?:er|re)s?)\)")


# "nm" is nanometres (a chip's process, a wavelength) unless its sentence is at sea or in the air,
# where it is nautical miles
RE_SEA_AIR = re.compile(
    r"\b(?:nautical|knots?|aircraft|planes?|flights?|runways?|airports?|pilots?|ships?|vessels?|boats?|yachts?"
    r"|sail(?:s|ed|ing|ors?)?"
    r"|coast\w*|offshore|ports?|harbou?rs?|seas?|navy)\b"
)


# a precious metal after "kt" makes it gold's karats, not kilotonnes ("18kt gold", "9kt white gold")
RE_KARAT_METAL_AFTER = re.compile(
    r"[\s-]+(?:(?:white|yellow|rose|red|green|solid)[\s-]+)?(?:gold|platinum)\b"
)
# ... and so it makes a "K" glued or spaced after a number up to 24 gold's karats ("an 18K gold
# bracelet", "bars of 24k gold"), where the letter is otherwise a thousand ("18K runners", "a $50K
# salary": money is read first)
RE_KARAT_K = re.compile(rf"(?<![\w.,])(?P<num>[1-9]\d?) ?[Kk](?={RE_KARAT_METAL_AFTER.pattern})")
KARAT_K_FOLLOWERS = N.Followers(("k",))
MAX_KARAT = 24  # pure gold
# bullion's purity in thousandths before "fine" and a precious metal, or before "fineness" ("bars
# of 999.9 fine gold", "a coin of 925 fine silver", "995 fineness"), or "fine" in a sentence that
# names one ("the gold bars are 999.9 fine"): a reading in thousandths; "a 500 fine" is no purity
# ... and in per cent, "99" and its decimals ("kilobars of 99.99 fine gold"), read as the fineness
# as stated
RE_FINENESS = re.compile(
    r"(?<![\w.,])(?P<num>[3-9]\d\d(?:\.\d{1,2})?|99\.\d{1,3})[\s-]+(?:fineness\b|fine\b(?P<metal>"
    r"(?=[\s-]+(?:gold|silver|platinum|palladium)\b))?)"
)
FINENESS_FOLLOWERS = N.Followers(("fine", "fineness"))
RE_PRECIOUS_METAL = re.compile(r"\b(?:gold|silver|platinum|palladium|bullion)\b", re.IGNORECASE)
FINENESS = "millesimal fineness"
STATED_FINENESS = "fineness"  # a purity in per cent or as a fraction of one, as stated
# ... and bullion's hallmarks, the standard purities in thousandths, right before the metal with
# no "fine" ("916 gold", the 22-karat standard the Gulf's and South Asia's jewellers sell; "925
# sterling silver"), unless a plural noun follows the metal, which the number counts ("sold 750
# gold coins", "375 gold bars"); "sterling silver" is a purity whatever its number
HALLMARKS = r"375|585|750|800|833|900|916|917|958|990|995|999(?:\.9)?|925"
RE_HALLMARK = re.compile(
    rf"(?<![\w.,$£€¥₹-])(?P<num>{HALLMARKS})[\s-]+(?:sterling[\s-]+silver\b|(?:gold|silver|platinum)\b"
    r"(?![\s-]+[a-z]+s\b))"
)
HALLMARK_FOLLOWERS = N.Followers(("gold", "silver", "platinum", "sterling"))
# ... and the purity as a fraction of one, its point written first (".999 fine silver", ".9999 fine
# gold", ".925 sterling silver"), read from the point: the fraction as stated
RE_POINT_FINENESS = re.compile(
    r"\.(?<![\w.,]\.)(?P<digits>\d{2,4})(?![\d.,]\d)[\s-]+(?:(?:fine|fineness)\b(?P<metal>"
    r"(?=[\s-]+(?:gold|silver|platinum|palladium)\b))?|sterling[\s-]+silver\b)"
)


def scan_point_fineness(sc: Scanner) -> None:
    """Bullion's purity written as a fraction of one from its point (RE_POINT_FINENESS)."""
    for m in RE_POINT_FINENESS.finditer(sc.body):
        start, end = m.start(), m.end("digits")
        if not sc.free(start, end) or (
            m.group().rstrip().endswith("fine")
            and m.group("metal") is None
            and not sentence_matches(sc, start, RE_PRECIOUS_METAL)
        ):
            continue
        sc.claim(start, end)
        value: Value = N.normalise_number(float("0" + sc.body[start:end]))
        subject = quantity_subject(sc, start, STATED_FINENESS)
        sc.add(Figure(start, end, (start, end), value, "other", "other", subject, measure=STATED_FINENESS))


def _sea_or_air(sc: Scanner, start: int) -> bool:
    """Whether the sentence around `start` is at sea or in the air (see above)."""

    def cued(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        return RE_SEA_AIR.search(sc.lower, s_start, s_end) is not None

    return sentence_fact(sc, "sea or air", start, cued)


def _kitchen_cup(sc: Scanner, end: int) -> bool:
    """Whether a "cup" ending at `end` is the kitchen's volume (see KITCHEN_SPOONS)."""
    recipe = text_fact(sc, "recipe text", lambda: any(unit in sc.lower for unit in KITCHEN_SPOONS))
    return recipe or bool(RE_METRIC_IN_BRACKETS.match(sc.body, end))


# inches glued to their number after a height in feet ("6ft 4in", "5ft 11in tall")
RE_INCHES_AFTER_FEET = re.compile(r"(?P<num>\d{1,2})in(?![\w/])")  # tried only after "<digit>ft "


INDEX_POINT = "index point"
RATIO = "ratio"
RATIO_REACH = 200  # how far back a ratio's name is looked for, within the sentence
# a ratio and the word that names it ("bid-to-cover ratio"); not "ration", "rationing"
# (a study's "relative risk" is a ratio of two risks, read as one: "a relative risk of 1.47")
RE_RATIO = re.compile(r"(?:\b[a-z][\w'-]*\s+)?\bratios?\b|\brelative\s+risks?\b")
# the words before a bare number that make it a level an index reached ("closed at", "fell to",
# "reached 78", "touching 2,640", "a reading below 50", "forecasts of 94.7", "a gain of 120")
INDEX_LEVEL_BEFORE = frozenset(
    "at to from of reach reached reaches reaching hit hits hitting touch touched touching above below under".split()
)
# ... or the word after it that names a level on the index's scale ("above the 50 mark", "short
# of the 100 level", "broke through the 5,000 barrier")
RE_INDEX_LEVEL_AFTER = re.compile(r"\s+(?:mark|level|threshold|barrier)\b")


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


def _weighed_compound(body: str, end: int) -> bool:
    """Whether "N-pound" ending at `end` weighs the noun after it (see above)."""
    return (
        RE_MONEY_NOUN_AFTER.match(body, end) is None and body[end : end + 1] == " "
    ) or RE_LINE_TEST_AFTER.match(body, end) is not None


# a height in feet and inches hyphened as American copy writes it ("the 6-foot-2 guard", "a
# 5-foot-11 forward"): the inches after "foot-" are a measurement of their own
RE_FOOT_INCHES = re.compile(r"(?<=\d-foot-)(?P<num>\d{1,2})(?![\w.,]\d|\w)")


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


def _installed_meters(sc: Scanner, start: int, end: int) -> bool:
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


def _concentration_base(body: str, start: int, end: int) -> bool:
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


# A person's height as sports copy writes it, in metres with two decimals, from 1.4 to 2.4: before
# the noun of a person or of a playing position ("the 1.93m winger", "a 2.04-metre 25-year-old",
# "the 2.01m tall lock" is read below), or after a verb of standing ("stands 1.97m"). The glued
# "m" is metres there, not millions: a sum of money takes a currency ("paid $1.93m for the
# winger") and no desk writes a count of millions before a person's noun.
PLAYING_POSITIONS = frozenset(
    """forward guard centre center lock prop flanker hooker fullback full-back back lineman
    receiver quarterback pitcher keeper opposite libero setter hitter blocker spiker pivot
    playmaker rookie""".split()
)
PERSON_HEIGHT_METRES = r"(?:1\.[4-9]|2\.[0-3])\d"  # from 1.4 m to under 2.4 m, two decimals
RE_PERSON_HEIGHT = re.compile(
    rf"(?<![\w.,$£€])(?P<num>{PERSON_HEIGHT_METRES})(?P<mu>m|-metres?|-meters?)"
    r"(?=\s+(?P<w1>\d{1,2}-year-old|[A-Za-z]+(?:-[a-z]+)?)\b(?:\s+(?P<w2>\d{1,2}-year-old|[a-z]+(?:-[a-z]+)?)\b)?)"
)
RE_STANDS_HEIGHT = re.compile(rf"(?P<num>{PERSON_HEIGHT_METRES})(?P<mu>m|\s(?:metres|meters))(?![\w-])")
RE_STANDS_BEFORE = re.compile(
    r"\b(?:stands|standing|stood|measures|measuring|who\s+is|who\s+was|who's)\s+(?:at\s+)?\Z", re.IGNORECASE
)  # ... or after "who is" ("the centre, who is 2.04m, signed"): a person's own measure


def scan_person_heights(sc: Scanner) -> None:
    """A person's height in metres (see above): `other`, subject "height"."""
    body = sc.body
    found: list[re.Match[str]] = []
    for pos in sc.digits:  # a height starts "1." or "2.": the cheap test before the patterns
        if body[pos + 1 : pos + 2] != "." or body[pos] not in "12":
            continue
        m = RE_PERSON_HEIGHT.match(body, pos)
        if m is not None and (_person_noun(m.group("w1")) or m.group("w2") and _person_noun(m.group("w2"))):
            found.append(m)
        elif (m := RE_STANDS_HEIGHT.match(body, pos)) and RE_STANDS_BEFORE.search(
            body, max(0, pos - 16), pos
        ):
            found.append(m)
    for m in found:
        s, e = m.span("num")
        if not sc.free(s, m.end("mu")):
            continue
        sc.claim(s, m.end("mu"))
        value = N.normalise_number(N.parse_amount(sc.body[s:e]))
        sc.add(
            Figure(
                s, m.end("mu"), (s, e), value, "other", "other", f"height {label('meter')}", measure="meter"
            )
        )


def _person_noun(noun: str) -> bool:
    """Whether a word names a person by role or playing position, or is an age ("25-year-old")."""
    return noun in PERSON_NOUNS or noun in PLAYING_POSITIONS or noun.endswith("year-old")


def scan_measures(sc: Scanner) -> None:
    """Earthquake magnitudes and shaking intensities, then measures with units (km, °C...)."""
    scan_person_heights(sc)
    found = list(sc.at(RE_MAGNITUDE_AFTER, sc.digits_then(MAGNITUDE_FOLLOWERS)))
    if "magnitude" in sc.lower:
        found += RE_MAGNITUDE_BEFORE.finditer(sc.body)
    if any(word in sc.lower for word in QUAKE_WORDS):
        found += (m for m in bare_magnitudes(sc.body, sc.digits) if _quake_sentence(sc, m.start("num")))
        if RE_OF_MAGNITUDE.search(sc.body):
            found += (m for m in RE_MAGNITUDE_OF.finditer(sc.body) if _quake_sentence(sc, m.start("num")))
    if "MMI" in sc.body or "Mercalli" in sc.body:
        found += RE_MMI.finditer(sc.body)
    for m in found:
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        mmi = bool(m.groupdict().get("mmi"))
        sky = not mmi and _sky_sentence(sc, s) and not _quake_sentence(sc, s)
        subject = (
            "Modified Mercalli Intensity" if mmi else "apparent magnitude" if sky else "earthquake magnitude"
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
COVER_APPROX = r"(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|close\s+to|just\s+over)\s+)?"
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


# A television rating as ratings columns state it, a decimal before "rating" ("a 0.6 rating among
# adults 18-49", "a 1.4 demo rating", "a 5.2 household rating"): a reading in rating points, not
# a count of the people after it; and the same rating as the second figure in the brackets after
# a show's name, its viewers first ("Lakeside (3.9 million, 0.4)"), in a text that names one.
# A film's "18 rating" (a certificate) has no decimal point; a "4.5-star rating" counts stars.
RE_TV_RATING = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,2}\.\d{1,2})(?:\s+(?:demo|household|key\s+demo|adults\s+18-49|live\+same\s+day))?"
    r"\s+rating\b(?!\s+points?\b|s)"
)
RE_TV_RATING_PAIR = re.compile(
    r"\(\s*\d{1,3}(?:\.\d{1,2})?\s+million(?:\s+viewers)?,\s+(?P<num>\d{1,2}\.\d{1,2})\s*\)"
)


def scan_tv_ratings(sc: Scanner) -> None:
    """Television ratings in rating points (RE_TV_RATING, RE_TV_RATING_PAIR)."""
    if "rating" not in sc.lower:
        return
    found = list(RE_TV_RATING.finditer(sc.body))
    if not found:
        return
    if "million," in sc.body:
        found += RE_TV_RATING_PAIR.finditer(sc.body)
    for m in found:
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        end = m.end() if m.re is RE_TV_RATING else e
        sc.claim(s, end)
        value = N.normalise_number(N.parse_digits(m.group("num")))
        subject = f"rating {label(RATING_POINT)}"
        sc.add(Figure(s, end, (s, e), value, "other", "other", subject, measure=RATING_POINT))


MAGNITUDE_BARE_LEADS = ("measuring", "measured", "an", "a")  # the words RE_MAGNITUDE_BARE opens with


def bare_magnitudes(body: str, digits: list[int]) -> list[re.Match[str]]:
    """What `RE_MAGNITUDE_BARE.finditer(body)` gives, tried only where it can match: at the word
    before white space and a digit run (`digits`: the runs' starts, ascending) that reads "5.4"."""
    found = []
    for d in digits:
        if not d or body[d + 1 : d + 2] != "." or not body[d - 1].isspace():
            continue
        i = d - 1
        while i and body[i - 1].isspace():
            i -= 1
        for lead in MAGNITUDE_BARE_LEADS:
            if body.endswith(lead, 0, i):
                m = RE_MAGNITUDE_BARE.match(body, i - len(lead))
                if m:
                    found.append(m)
                break
    return found


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


def _angle(sc: Scanner, start: int, end: int) -> bool:
    """Whether degrees read at start..end measure an angle (see RE_ANGLE_NOUN_AFTER)."""
    return bool(
        RE_ANGLE_NOUN_AFTER.match(sc.body, end)
        or RE_STEEP_BEFORE.search(sc.body, max(0, start - STEEP_REACH), start)
    )


def _tornado_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of a tornado (an "EF3" there is a rating)."""
    return sentence_names(sc, offset, TORNADO_WORDS)


def _sky_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of a star, a planet or the night sky."""
    return sentence_matches(sc, offset, RE_SKY_WORDS)


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


def _quake_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of an earthquake or its aftershocks."""
    return sentence_names(sc, offset, QUAKE_WORDS)


# A fraction after a whole number or a unit ("and a half", "and a quarter", "and three-quarters"),
# with its value; a fraction alone ("half a hectare", "three-quarters of a length") gets no row
# (rules, table 8: "half" is a number only with a scale word)
FRACTION_AFTER = {"a half": 0.5, "a quarter": 0.25, "three-quarters": 0.75, "three quarters": 0.75}
# what a text holds where one of these fractions may stand (the cheap test before the pattern)
FRACTION_CUES = (" and a half", " and a quarter", " and three")


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


# A relay named by its legs and each leg's distance ("the 4x100m relay", "a 4 x 400 metres
# relay"): the number measures each leg, in metres; the number of legs is a multiple (no row).
RE_RELAY = re.compile(
    r"(?<![\w.,])(?P<legs>[2-9])\s?[x×X]\s?(?P<num>\d{2,3}|1,?500)\s?(?:m|metres?|meters?)(?![\w/])"
)
# Readings of baseball and golf copy: a pitcher's earned run average ("lowered his ERA to 3.12"),
# a batting average written with a leading point (".310 team batting average", "is batting .412"),
# and the speed of a golf course's greens on the Stimpmeter ("running at 12 on the Stimpmeter").
RE_ERA = re.compile(
    r"\bERA\b(?:\s+(?:of|to|at|is|was|from|stands|stood|dropped|fell|rose|climbed|lowered)){0,2}"
    r"\s+(?P<num>\d{1,2}\.\d{2})(?![\w.,]\d|[\w%-])"
    # ... or the number before it ("a 2.95 ERA", "his 3.10 ERA this season")
    r"|(?<![\w.,])(?P<num2>\d{1,2}\.\d{2})\s+ERA\b"
)
# ... and hockey's counterpart, a goalie's goals-against average, the goals let in per 60 minutes
# ("a 2.49 goals-against average", "his goals-against average dropped to 1.76"): a reading, not a
# count of goals
RE_GOALS_AGAINST = re.compile(
    r"(?<![\w.,])(?P<num>\d\.\d{2})\s+goals[- ]against\s+average\b"
    r"|\bgoals[- ]against\s+average(?:\s+(?:of|to|at|is|was|dropped|fell|rose|stands|stood)){1,2}"
    r"\s+(?P<num2>\d\.\d{2})(?![\w.,]\d|[\w%-])"
)
RE_BATTING = re.compile(
    r"(?<![\w.,])(?P<num>\.\d{3})(?=\s+(?:[\w-]+\s+){0,2}(?:batting\s+)?average\b)"
    r"|\b(?:batting|hitting|hit|hits|batted)\s+(?P<num2>\.\d{3})(?![\w.,]\d)"
)
# ... and the other leading-point readings of hockey and baseball box scores: a goalie's save
# percentage (".921 save percentage", "a save percentage of .908"), a hitter's on-base and
# slugging percentages, a team's winning percentage: a proportion written as a decimal, read as
# stated (like the batting average), not a percent
RE_DECIMAL_PERCENTAGE = re.compile(
    r"(?<![\w.,])(?P<num>\.\d{3})(?=\s+(?P<name>save|on-base|slugging|winning)\s+percentage\b)"
    r"|\b(?P<name2>save|on-base|slugging|winning)\s+percentage\s+(?:(?:of|is|was|to|at)\s+)?"
    r"(?P<num2>\.\d{3})(?![\w.,]\d)"
)
RE_STIMPMETER = re.compile(
    r"(?P<num>\d{1,2}(?:\.\d{1,2})?)\s+on\s+the\s+Stimpmeter\b"
    r"|\bStimpmeter(?:\s+reading)?\s+of\s+(?P<num2>\d{1,2}(?:\.\d{1,2})?)(?![\w.,]\d)"
)
# A darts player's three-dart average, the points scored per visit to the board ("averaged 99.71",
# "an average of 98.7", "his average was 91.6"), in an article about darts; a plain "average" of
# other copy ("averaged 4.2 goals") is another figure.
RE_DARTS_AVERAGE = re.compile(
    r"\b(?:averaged|averaging|(?:three-dart |match |tournament )?average(?: of| was| is|d"
    # ... or a verb that moves it ("her average dropped to 87.6", "his average climbed to 101")
    r"|(?: dropped| fell| slipped| rose| climbed| improved| jumped) to| stood at)?)"
    r"\s+(?P<num>(?:[4-9]\d|1[0-2]\d)(?:\.\d{1,2})?)(?![\w.,]\d|[\w%-]|\s(?!(?:and|to|in|for|with|as|but|while|against|on|over|when|after|before|from|this|last|across"
    r"|during|at|throughout|through|the|a|an|his|her|their"
    # (a verb after it: "his average of 98.6 was the best")
    r"|was|is|were|are|has|had|will|would|could|remains|remained|put|left|made|gave|meant)\b)[a-z])"
)
# A device's benchmark score, as technology reviews report their test runs ("it scored 2,057 in the
# single-core test and 7,734 in the multi-core one"), in a sentence that names a benchmark: a
# reading on the benchmark's scale, not a count; "scored 31 in the game" is sport's
# ... or in a benchmark named after "in" or "on" ("scores 2,980 in Geekbench 6 single-core tests",
# "posted 1.9 million on AnTuTu"), whose name is the sentence's cue
BENCHMARK_CUES = ("benchmark", *(name.lower() for name in BENCHMARK_NAMES))
RE_BENCHMARK_SCORE = re.compile(
    r"(?:\b(?:scored|scores|scoring|managed|posted)\s+|,?\s+and\s+)(?P<num>\d{1,3}(?:,\d{3})+|\d{3,7})"
    r"(?=\s+(?:points\s+)?(?:in|on)\s+(?:(?:the|its|our|a)\s+(?:[\w-]+\s+){0,2}(?:test|benchmark|one)\b"
    rf"|(?:the\s+)?(?:{'|'.join(BENCHMARK_NAMES)})\b))"
)
BENCHMARK_POINT = "benchmark point"
# A score a jury, a panel of judges or of cuppers awards, said with "scored" and a decimal, with
# "points" or bare ("the lot scored 91.42 points", "the Pacamara, scoring 90.08, fetched $118", "she
# scored 14.233 on the beam"): a reading on the judges' scale. Points counted in play come whole
# or in halves ("7.5 points from nine rounds"), so a decimal of any other fraction is judged; a
# whole or a half is judged only beside a jury's word (JURY_CUES); "24.5 points per game", "scored
# 12.5 per cent" and "8.5 out of 10" are other readings
RE_JUDGED_SCORE = re.compile(
    r"scor(?:ed|es|ing)\s+(?:an?\s+)?(?P<num>\d{1,3}\.(?P<frac>\d{1,3}))(?!\d|,\d)"
    r"(?:(?P<points>\s+points)(?![\w-]|\s+(?:per|a|an|each)\b)"
    r"|(?=[,;)]|\.(?!\d)|\s*\Z|\s+(?:on|in|from|for|at|and|with|to|under|behind|ahead)\b))"
)
RE_HALF_FRACTION = re.compile(r"0*|50*")  # a whole or a half: points counted in play may be so
RE_JURY_CUE = re.compile(r"\b(?:jury|juries|judges?|judging|judged|cupp(?:ers?|ing)|tasters?|tasting)\b")
JURY_CUE_REACH = 300  # characters before a judged score (and 100 after) read for a jury's word
JURY_POINT = "jury point"
# A review score on a named site's scale ("holds a score of 84 on review aggregator Critiq", "a
# rating of 4.6 on Tripvisor", "a rating of 8 out of 10"): a reading on that scale, not a count;
# "a score of 3 on Saturday" names a day, no site, and a scoreline "2-1" is a pair (no row)
RE_REVIEW_SCORE = re.compile(
    r"\b(?:an?|its|the|their|his|her)\s+(?:score|rating)\s+of\s+(?P<num>\d{1,3}(?:\.\d{1,2})?)(?![\d.,-]|/\d)"
    r"(?=\s+(?:on|from)\s+(?:the\s+)?(?:(?:review|film|game)\s+)?(?:aggregator|site|website)?\s*"
    rf"(?!(?:{'|'.join(MONTHS)}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
    r"|(?P<top>\s+out\s+of\s+(?:5|10|100|five|ten)\b))"
)
REVIEW_SCORE_POINT = "review score point"
# A score on a points system or scale named right after the points ("up to 140 points under the
# valuation system", "needs 70 points on the immigration scale"): a reading on that scheme's scale,
# not a count; "scored 21 points in the final" names no system
RE_SCHEME_POINTS = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})\s+points\s+(?:under|on|in)\s+(?:the|a|an|its|their)\s+"
    r"(?P<name>(?:[A-Za-z-]+\s+){0,3}?(?:system|scale|scheme))\b"
)
SCHEME_POINT = "scheme point"
SCHEME_POINT_FOLLOWERS = N.Followers(("points",))  # the numbers RE_SCHEME_POINTS is tried at
# what holds the score: the noun right before "with" ("homes with up to 140 points under ...")
RE_SCORE_HOLDER_BEFORE = re.compile(
    r"\b([A-Za-z][a-z]{2,})\s+with\s+(?:(?:up\s+to|at\s+least|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?\Z"
)
SCORE_HOLDER_REACH = 40  # characters before the score read for its holder
# A storm's or a weather chart's air pressure in millibars glued as "mb", as British and Irish
# weather copy writes it ("deepening to 945mb"), in a sentence that speaks of pressure or a storm:
# a reading between 850 and 1,085, about the range of sea-level pressure; "a 950mb file" elsewhere is data
RE_GLUED_MILLIBARS = re.compile(r"(?<![\w.,])(?P<num>(?:8[5-9]\d|9\d\d|10[0-7]\d|108[0-5])(?:\.\d)?)\s?mb\b")
MILLIBAR_FOLLOWERS = N.Followers(("mb",))  # "945mb", "951 mb"
PRESSURE_CUES = ("pressure", "storm", "depression", "low ", "isobar", "deepen", "hpa", "millibar")
DARTS_AVERAGE = "three-dart average"
EARNED_RUN_AVERAGE = "earned run average"
GOALS_AGAINST_AVERAGE = "goals-against average"
BATTING_AVERAGE = "batting average"
STIMPMETER = "Stimpmeter reading"
# A golf hole's or course's par, the strokes it should take: hyphenated ("the par-72 course", "the
# par-five 18th") or spaced before "hole", "course" or the hole's ordinal ("a par 4 hole"); "at par"
# and "par value" are finance's, with no number after them.
RE_PAR = re.compile(
    r"\b[Pp]ar(?:-(?P<num>[3-6]|[67]\d|three|four|five|six)"
    r"|\s(?P<num2>[3-6]|[67]\d|three|four|five|six)(?=\s(?:hole|course|\d{1,2}(?:st|nd|rd|th))\b))(?![\w-])"
)
# A race's distance in miles and furlongs, as racing copy writes it ("the 2m5f chase", "a
# two-mile-five-furlong contest"): two figures, one in each unit (as "4 hours 41 minutes").
RE_MILES_FURLONGS = re.compile(
    r"(?<![\w.,])(?P<mi>[1-4])m ?(?P<f>[1-7])f(?![\w])"
    r"|\b(?P<wmi>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)-mile-(?:and-)?(?P<wf>one|two|three|four|five|six|seven)-furlong(?![\w])"
)
# A weight in stones and pounds glued as British copy writes it ("carried 10st 2lb", "lost 3st"):
# a number whose ordinal ends in "st" ("21st", "1st") is an ordinal instead.
RE_STONES = re.compile(r"(?<![\w.,])(?P<num>\d{1,2})st(?![\w'’-])")
# what the digit-anchored readings above need right after the number: the relay's times sign,
# the glued "m" of miles, the glued "st" of stones (tried only at numbers so followed)
RELAY_FOLLOWERS = N.Followers(("x", "X", "×"))
STONES_FOLLOWERS = N.Followers(("st",))


def scan_sport_readings(sc: Scanner) -> None:
    """Relay legs, earned run and batting averages, Stimpmeter readings, golf pars, glued stones,
    GRAP stages and fat scores (see above)."""
    found: list[tuple[int, int, int, int, Value, str, str, str]] = []
    if "x" in sc.lower or "×" in sc.body:
        for m in sc.at(RE_RELAY, sc.digits_then(RELAY_FOLLOWERS)):
            value = N.normalise_number(N.parse_digits(m.group("num")))
            found.append(
                (m.start(), m.end(), *m.span("num"), value, "other", "relay leg " + label("meter"), "meter")
            )
    for cue, pattern, text, average in (
        ("ERA", RE_ERA, sc.body, EARNED_RUN_AVERAGE),  # in capitals: "era" is a word
        ("against average", RE_GOALS_AGAINST, sc.lower, GOALS_AGAINST_AVERAGE),
    ):
        if cue in text:
            for m in pattern.finditer(text):
                g = "num" if m.group("num") else "num2"
                value = N.normalise_number(N.parse_digits(m.group(g)))
                found.append(
                    (m.start(), m.end(), *m.span(g), value, "other", f"{average} (unit: {average})", average)
                )
    batting = "average" in sc.body or "batting" in sc.body or "hit" in sc.body or "batted" in sc.body
    if batting and (" ." in sc.body or "(." in sc.body):  # a batting average has no digit before its point
        for m in RE_BATTING.finditer(sc.body):
            g = "num" if m.group("num") else "num2"
            value = N.normalise_number(float(m.group(g)))
            subject = f"{BATTING_AVERAGE} (unit: {BATTING_AVERAGE})"
            found.append((m.start(g), m.end(g), *m.span(g), value, "other", subject, BATTING_AVERAGE))
    if "averag" in sc.lower and "dart" in sc.lower:
        for m in RE_DARTS_AVERAGE.finditer(sc.body):
            value = N.normalise_number(N.parse_amount(m.group("num")))
            subject = f"{DARTS_AVERAGE} (unit: {DARTS_AVERAGE})"
            # the figure's span opens with its words, so "three-dart" is no count of darts
            found.append((m.start(), m.end(), *m.span("num"), value, "other", subject, DARTS_AVERAGE))
    if "mb" in sc.lower:
        for m in sc.at(RE_GLUED_MILLIBARS, sc.digits_then(MILLIBAR_FOLLOWERS)):
            if not sentence_fact(sc, "pressure", m.start(), lambda at: sentence_names(sc, at, PRESSURE_CUES)):
                continue
            value = N.normalise_number(N.parse_digits(m.group("num")))
            subject = quantity_subject(sc, m.start(), "millibar")
            found.append((m.start(), m.end(), *m.span("num"), value, "other", subject, "millibar"))
    if any(cue in sc.lower for cue in BENCHMARK_CUES):
        for m in RE_BENCHMARK_SCORE.finditer(sc.body):
            if not sentence_fact(
                sc, "benchmark", m.start("num"), lambda at: sentence_names(sc, at, BENCHMARK_CUES)
            ):
                continue
            value = N.normalise_number(N.parse_amount(m.group("num")))
            subject = f"benchmark score {label(BENCHMARK_POINT)}"
            found.append((*m.span("num"), *m.span("num"), value, "other", subject, BENCHMARK_POINT))
    if "scor" in sc.lower:
        for m in RE_JUDGED_SCORE.finditer(sc.body):
            if RE_HALF_FRACTION.fullmatch(m.group("frac")) and not RE_JURY_CUE.search(
                sc.lower, max(0, m.start() - JURY_CUE_REACH), m.end() + 100
            ):
                continue  # "7.5 points from nine rounds": points counted in play
            value = N.normalise_number(N.parse_amount(m.group("num")))
            subject = f"jury score {label(JURY_POINT)}"
            found.append((m.start("num"), m.end(), *m.span("num"), value, "other", subject, JURY_POINT))
    if "score of " in sc.lower or "rating of " in sc.lower:
        for m in RE_REVIEW_SCORE.finditer(sc.body):
            value = N.normalise_number(N.parse_amount(m.group("num")))
            subject = f"review score {label(REVIEW_SCORE_POINT)}"
            end = (
                m.end("top") if m.group("top") else m.end("num")
            )  # "4.6 out of 5": the scale's top no figure
            found.append((m.start("num"), end, *m.span("num"), value, "other", subject, REVIEW_SCORE_POINT))
    if "points " in sc.body:
        for m in sc.at(RE_SCHEME_POINTS, sc.digits_then(SCHEME_POINT_FOLLOWERS)):
            value = N.normalise_number(N.parse_amount(m.group("num")))
            holder = RE_SCORE_HOLDER_BEFORE.search(sc.body, max(0, m.start() - SCORE_HOLDER_REACH), m.start())
            whose = f" of {holder.group(1)}" if holder else ""  # "score of homes on the valuation system"
            subject = f"score{whose} on the {' '.join(m.group('name').split())} {label(SCHEME_POINT)}"
            end = m.start() + m.group(0).index("points") + len("points")  # "140 points"
            found.append((m.start(), end, *m.span("num"), value, "other", subject, SCHEME_POINT))
    if " percentage" in sc.body and (" ." in sc.body or "(." in sc.body):
        for m in RE_DECIMAL_PERCENTAGE.finditer(sc.body):
            g = "num" if m.group("num") else "num2"
            measure = f"{m.group('name') or m.group('name2')} percentage"
            value = N.normalise_number(float(m.group(g)))
            found.append(
                (m.start(g), m.end(g), *m.span(g), value, "other", f"{measure} (unit: {measure})", measure)
            )
    if "Stimp" in sc.body:
        for m in RE_STIMPMETER.finditer(sc.body):
            g = "num" if m.group("num") else "num2"
            value = N.normalise_number(N.parse_digits(m.group(g)))
            subject = f"speed of the greens (unit: {STIMPMETER})"
            found.append((m.start(), m.end(), *m.span(g), value, "other", subject, STIMPMETER))
    if "par-" in sc.lower or "par " in sc.lower:
        for m in RE_PAR.finditer(sc.body):
            g = "num" if m.group("num") else "num2"
            value = N.normalise_number(N.parse_amount(m.group(g)))
            found.append((m.start(), m.end(), *m.span(g), value, "count", "par (strokes)", ""))
    if "f" in sc.lower:  # "2m5f", "two-mile-five-furlong": the written form only where "furlong" is
        racing = sc.at(RE_MILES_FURLONGS, sc.digits_then(METRES_FOLLOWERS))
        for m in RE_MILES_FURLONGS.finditer(sc.body) if "furlong" in sc.lower else racing:
            for group, measure in (("mi", "mile"), ("f", "furlong"), ("wmi", "mile"), ("wf", "furlong")):
                if m.group(group):
                    s, e = m.span(group)
                    value = N.normalise_number(N.parse_amount(m.group(group)))
                    found.append((s, e, s, e, value, "other", "race distance " + label(measure), measure))
    if "st" in sc.lower:
        for m in sc.at(RE_STONES, sc.digits_then(STONES_FOLLOWERS)):
            n = int(m.group("num"))
            if n % 10 == 1 and n % 100 != 11:
                continue  # "1st", "21st": ordinals
            found.append(
                (
                    m.start(),
                    m.end(),
                    *m.span("num"),
                    n,
                    "other",
                    quantity_subject(sc, m.start(), "stone"),
                    "stone",
                )
            )
    found += stage_readings(sc)
    for start, end, s, e, value, unit, subject, measure in found:
        if not sc.free(start, end):
            continue
        sc.claim(start, end)
        kind = "count" if unit == "count" else "other"
        sc.add(Figure(start, end, (s, e), value, unit, kind, subject, measure=measure))


# The stages of Delhi's Graded Response Action Plan (GRAP) against air pollution, I to IV, as
# India's press names them ("GRAP Stage 3", "Stage III of GRAP", "GRAP-4"): a reading on the
# plan's scale of curbs, like a load-shedding stage; "Stage 3" elsewhere is a name
RE_GRAP_STAGE = re.compile(
    r"\b(?:GRAP[ -](?:[Ss]tage[ -])?|[Ss]tage[ -])(?P<num>[1-4]|IV|III|II|I)(?![\w.,]\d|[\w-])"
)
GRAP_CUES = ("GRAP", "Graded Response Action Plan")
GRAP_STAGE = "GRAP stage"
ROMAN_STAGES = {"I": 1, "II": 2, "III": 3, "IV": 4}


# A beef animal's fatness on the 0-to-6 scale of cattle-market copy ("cows in fat score 4",
# "fat score 3 steers"): a reading on a named scale
RE_FAT_SCORE = re.compile(r"\b[Ff]at[ -][Ss]core[ -](?P<num>[0-6])(?![\w.,]\d|[\w-])")
FAT_SCORE = "fat score"


def stage_readings(sc: Scanner) -> list[tuple[int, int, int, int, Value, str, str, str]]:
    """The stages of the Graded Response Action Plan in a sentence that names the plan, and fat
    scores (above), as scan_sport_readings collects its readings."""
    found: list[tuple[int, int, int, int, Value, str, str, str]] = []
    if "score" in sc.lower:
        subject = f"condition of the cattle (unit: {FAT_SCORE})"
        for m in RE_FAT_SCORE.finditer(sc.body):
            found.append(
                (m.start(), m.end(), *m.span("num"), int(m.group("num")), "other", subject, FAT_SCORE)
            )
    if "GRAP" not in sc.body and "Graded Response" not in sc.body:
        return found
    subject = f"air pollution curbs (unit: {GRAP_STAGE})"
    for m in RE_GRAP_STAGE.finditer(sc.body):
        s_start, s_end = sc.sentence_bounds(m.start("num"))
        if any(cue in sc.body[s_start:s_end] for cue in GRAP_CUES):
            num = m.group("num")
            value = ROMAN_STAGES.get(num) or int(num)
            found.append((m.start(), m.end(), *m.span("num"), value, "other", subject, GRAP_STAGE))
    return found


# Two dimensions joined by "by" (or "x" before inches, feet or centimetres) before one unit: a size
# as recipes, property and prison reports give it ("a 9-by-13-inch pan", "a 12-by-15-foot room",
# "a 30 x 40cm frame"): each number is a measurement in that unit ("4x100m" is a relay's legs, read
# elsewhere).
RE_BY_DIMENSIONS = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,4}(?:\.\d{1,2})?)(?:-by-|\s+by\s+|\s?[x×]\s?(?=\d[\d.]*[\s-]?(?:in|inch|ft|foot|feet|cm)\b))"
    r"(?P<num>\d{1,4}(?:\.\d{1,2})?)[\s-]?(?P<mu>inches|inch|in|feet|foot|ft|metres|metre|meters|meter|cm|mm)\b"
)


def scan_dimensions(sc: Scanner) -> None:
    """Sizes of two dimensions in one unit (see above): one measurement row each."""
    if "by" not in sc.lower and "x" not in sc.lower and "×" not in sc.body:
        return
    for m in sc.at(RE_BY_DIMENSIONS, sc.digits):
        if not sc.free(m.start(), m.end()):
            continue
        measure = measure_of(m.group("mu"))
        if not measure or sc.is_name_or_code(*m.span("a")):
            continue  # "extend Quay 7 by 200 metres": a name's number, then the change "by" a length
        sc.claim(m.start(), m.end())
        subject = quantity_subject(sc, m.start(), measure)
        for group in ("a", "num"):
            s, e = m.span(group)
            value = N.normalise_number(N.parse_amount(m.group(group)))
            sc.add(
                Figure(
                    s,
                    m.end() if group == "num" else e,
                    (s, e),
                    value,
                    "other",
                    "other",
                    subject,
                    measure=measure,
                )
            )


def scan_p_values(sc: Scanner) -> None:
    """A study's P values ("P = .03", "P < .001"), as written, in their own unit."""
    for m in RE_P_VALUE.finditer(sc.body):
        s, e = m.span("num")
        if not sc.free(s, e):
            continue
        digits = sc.body[s:e]
        value = N.normalise_number(N.parse_amount(digits if digits[0].isdigit() else f"0{digits}"))
        sc.claim(m.start(), e)
        sc.add(Figure(s, e, (s, e), value, "other", "other", SCALE_READINGS[P_VALUE], measure=P_VALUE))


GROSS_TONNAGE = "gross tonnage"


def _model_name_before(body: str, start: int) -> bool:
    """Whether a name's capitalised word (N.RE_NAME_WORD_BEFORE), no article, preposition or
    hedge (names.NOT_NAMES), stands right before the number at `start`: the number is then a
    model's ("the Porsche 911 GT"), and a unit after it a grade."""
    found = N.RE_NAME_WORD_BEFORE.search(body, max(0, start - N.NAME_WORD_REACH), start)
    return found is not None and found.group(1) not in names.NOT_NAMES


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
    r"(?:\s*[,.;:)]|\s+(?:above|below|over|under|higher|lower|warmer|cooler|colder|hotter|more|less"
    r"|Celsius|Fahrenheit|centigrade|C|F|of)\b)"
)


def _one_degree(body: str, m: re.Match[str]) -> bool:
    """Whether a spaced singular "degree" after the number 1 is the unit (RE_ONE_DEGREE_AFTER)."""
    return (
        m.group("num") == "1"
        and m.group("mu").lower() == "degree"
        and RE_ONE_DEGREE_AFTER.match(body, m.end()) is not None
    )


def scan_units(sc: Scanner) -> None:
    """Numbers with a unit after them ("90 km/h", "5-10W", "eight kilometres"), storm categories
    and glued metres."""
    scan_sport_readings(sc)
    scan_dimensions(sc)
    # (a fraction's cue also ending its sentence: "won by a length and a half.")
    if any(cue in sc.lower for cue in FRACTION_CUES):
        scan_and_a_half_units(sc)
    scan_word_units(sc)
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
                and _weighed_compound(sc.body, m.end())
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
        if m.group("mu") == "nm" and _sea_or_air(sc, m.start()):
            measure = "nautical_mile"  # "3nm from the runway", "12nm off the coast"
        if m.group("mu") == "kt":
            if RE_KARAT_METAL_AFTER.match(sc.body, m.end()):
                measure = "karat"  # "an 18kt gold ring": gold's purity, as "a 22-karat gold chain"
            elif _sea_or_air(sc, m.start()) or sentence_matches(sc, m.start(), RE_WIND_WORDS):
                measure = "knot"  # "crossing at 18 kt off the coast", "gusts of 50 kt"
        if measure == "cup" and not _kitchen_cup(sc, m.end()):
            continue  # "won two cups": trophies, unless the text is a recipe
        if measure == "cent" and land_after(sc.body, m.end()):
            measure = LAND_CENT  # "25 cents of land": a hundredth of an acre, not money
        if m.group("mu") == "pp" and N.pages_not_points(sc.body, m.start("num"), m.group("num")):
            continue  # "Harbour Books, 368 pp": a book's pages (the counts read them)
        if m.group("mu") == "meters" and _installed_meters(sc, m.start(), m.end()):
            continue  # "will install 75,000 meters": devices counted, not a length
        if measure == "degree_Celsius" and _angle(sc, m.start(), m.end()):
            measure = ANGLE
        if (
            m.group("mu") in ("C", "F")
            and m.group("sep") is not None
            and RE_MODEL_DIGITS_AFTER.match(sc.body, m.end())
        ):
            continue  # "48 F-16 jets", "12 C-130 planes": an aircraft's name, no temperature
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
            if _avalanche_sentence(sc, m.start()) and _avalanche_level_named(sc.body, m)
        ]
        found += [
            (m, AVALANCHE_SIZE)
            for m in RE_AVALANCHE_SIZE.finditer(sc.body)
            if _avalanche_sentence(sc, m.start())
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
            (m, _scale_level_measure(sc, m.start()))
            for m in RE_LEVEL_OF_SCALE.finditer(sc.body)
            if int(m.group("num")) <= N.parse_amount((m.group("top") or m.group("named")).lower())
        ]
    if "shedding" in sc.lower:
        found += [
            (m, SHEDDING_STAGE) for m in RE_SHEDDING_STAGE.finditer(sc.body) if _sheds_load(sc, m.start())
        ]
    if "drought" in sc.lower and "tage" in sc.body and any(word in sc.lower for word in DROUGHT_CURB_WORDS):
        found += [
            (m, DROUGHT_STAGE) for m in RE_SHEDDING_STAGE.finditer(sc.body) if not _sheds_load(sc, m.start())
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
    if "R" in sc.body or "reproduction" in sc.lower:
        epidemic = any(cue in sc.lower for cue in REPRODUCTION_CUES)
        found += [
            (m, REPRODUCTION_NUMBER)
            for m in RE_REPRODUCTION_NUMBER.finditer(sc.body)
            if m.group("bare") is None or epidemic
        ]
    if any(cue in sc.lower for cue in LAB_CUES):
        found += [(m, LAB_NAMES[m.group("name")[:3].lower()]) for m in RE_LAB_READING.finditer(sc.body)]
    if "F" in sc.body and any(word in sc.lower for word in TORNADO_WORDS):
        found += [(m, EF_SCALE) for m in RE_EF_SCALE.finditer(sc.body) if _tornado_sentence(sc, m.start())]
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
    if "as " in sc.body and ("gas mark" in sc.lower or "/gas " in sc.lower):
        found += [(m, GAS_MARK) for m in RE_GAS_MARK.finditer(sc.body)]
    if _horse_racing(sc):
        if "metre" in sc.lower or RE_GLUED_M.search(sc.body):
            found += [(m, "meter") for m in RE_RACE_MARKER.finditer(sc.body)]
        if "kg" in sc.lower:
            found += [(m, "kilogram") for m in RE_WEIGHT_CARRIED.finditer(sc.body)]
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
        for m in sc.at(RE_METRES, sc.digits_then(METRES_FOLLOWERS))
        if _converts_length(sc, m.start())
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_COMPARED, sc.digits_then(METRES_FOLLOWERS))
        if RE_METRE_WORD.search(sc.body, *sc.sentence_bounds(m.start()))
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_NO_NOUN_RANGE, sc.digits_then(METRES_RANGE_FOLLOWERS))
        if _water_level(sc, m.start()) or _length_named(sc, m.start(), m.end("num"))
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_NAMED_RANGE, sc.digits_then(METRES_RANGE_FOLLOWERS))
        if _length_named(sc, m.start(), m.end("num"))
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_GLUED_M, sc.digits_then(METRES_FOLLOWERS))
        if _race_distance(sc, m.group("num"), m.start())
        or _course_point(sc, m)
        or _field_mark(sc, m)
        or _tide_line_height(sc, m.start())
    ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_NAMED, sc.digits_then(METRES_FOLLOWERS))
        if _length_named(sc, m.start(), m.end("num"))
    ]
    found += [(m, "meter") for m in sc.at(RE_SPACED_METRES, sc.digits_then(METRES_FOLLOWERS))]
    if "m)" in sc.body:
        found += [
            (m, "meter") for m in RE_TIDE_HEIGHT.finditer(sc.body) if _tide_sentence(sc, m.start("num"))
        ]
    found += [
        (m, "meter")
        for m in sc.at(RE_METRES_NO_NOUN, sc.digits_then(METRES_FOLLOWERS))
        if _water_level(sc, m.start()) or _compared_to_level(sc, m.start(), m.end())
    ]
    found += [(m, "meter") for m in sc.at(RE_METRES_AT_GRADE, sc.digits_then(METRES_FOLLOWERS))]
    found += [(m, "meter") for m in sc.at(RE_METRES_AWAY, sc.digits_then(METRES_FOLLOWERS))]
    if " in." in sc.body:
        found += [(m, "inch") for m in sc.at(RE_INCHES_STOP, sc.digits_then(INCHES_STOP_FOLLOWERS))]
    found += [
        (m, "meter") for m in sc.at(RE_GLUED_M_SIZED, sc.digits_then(METRES_FOLLOWERS)) if _metre_sized(sc, m)
    ]
    if " m " in sc.body:
        found += [
            (m, "meter")
            for m in sc.at(RE_SPACED_M_SIZED, sc.digits_then(METRES_FOLLOWERS))
            if _spaced_metre_sized(sc, m)
        ]
    if " t" in sc.body:  # ("a 5 t axle", "up to 44 t.")
        found += [
            (m, "metric_ton")
            for m in sc.at(RE_SPACED_TONNES, sc.digits_then(SPACED_TONNES_FOLLOWERS))
            if _spaced_tonnes(sc, m)
        ]
    found += [
        (m, "kilometer")
        for m in sc.at(RE_GLUED_K, sc.digits_then(K_FOLLOWERS))
        if _road_race(sc, m.group("num"), m.start(), m.end())
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
            and not _sizes_noun_after(sc.body, e, m.end())
            or _concentration_base(sc.body, first, e)
        ):
            sc.claim(first, m.end())  # "Rs4,501 per 10 grams": the base of a price or rate is no figure
            continue
        scale = m.groupdict().get("scale") or m.groupdict().get("hscale") or m.groupdict().get("m")
        signed = (
            None if low or reading_of_scale else below_zero(sc.body, m.start(), measure in SIGNED_MEASURES)
        )
        subject = (
            SCALE_READINGS[measure]
            if reading_of_scale
            else f"{_sized_thing(m)} {label(measure)}"
            if m.re is RE_GLUED_M_SIZED
            else f"{m.group('noun')} {label(measure)}"
            if m.re is RE_SPACED_M_SIZED
            else f"{line_label(sc.body, first)} concentration {label(measure)}"  # "PM2.5 concentration"
            if m.re is RE_PARTICLE_READING
            else quantity_subject(sc, first if signed is None else signed, measure)
        )
        if measure == "degree_Celsius" and m.groupdict().get("mu") in ("degrees", "degree"):
            measure = temperature_scale(sc)  # bare "degrees": the scale the article names first
            if measure == "degree_Celsius" and _oven_fahrenheit(sc, sc.body[s:e], s):
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


AVALANCHE_CUES = ("avalanche", "slide", "slope", "snowpack", "danger")


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
        names = list(RE_NAMED_SCALE.finditer(body, max(before, m.start() - NAMED_SCALE_REACH), m.start()))
        if not names:
            continue
        named = names[-1]  # the name nearest the level
        measure = (
            TRAVEL_ADVICE_LEVEL
            if named.group("advice")
            else THREAT_LEVEL
            if named.group("threat")
            else ALERT_LEVEL
        )
        found.append((m, measure))
    return found


def _avalanche_level_named(body: str, m: re.Match[str]) -> bool:
    """Whether a match of RE_AVALANCHE_DANGER names a level: "Level 3 (of 5)", or a number after
    "danger" or "risk" with "level" or "rating" before it or "out of 5" after it ("the danger is 3
    out of 5"; not "the risk was 2 times higher")."""
    if m.group("num2"):
        return True
    words = body[m.start() : m.start("num")].lower()
    return "level" in words or "rating" in words or RE_OUT_OF_FIVE.match(body, m.end()) is not None


def _avalanche_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of avalanches, their slides or their danger."""
    return sentence_names(sc, offset, AVALANCHE_CUES)


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


def _scale_level_measure(sc: Scanner, offset: int) -> str:
    """The measure of a level on a scale whose top is given (RE_LEVEL_OF_SCALE): an alert level
    where its sentence speaks of an alert, else a level on the scale the text names."""
    return ALERT_LEVEL if sentence_names(sc, offset, ALERT_CUES) else SCALE_LEVEL


def _sheds_load(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around an offset speaks of load-shedding."""
    s_start, s_end = sc.sentence_bounds(offset)
    return bool(RE_LOAD_SHEDDING.search(sc.body, s_start, s_end))


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
    r"(?:is|weighs|measures)\s+(?:about|roughly|around|some|nearly|approximately|just\s+over|just\s+under)\s|"
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
        if measure == "cup" and not _kitchen_cup(sc, m.end()):
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


@cache
def a_scale_pattern() -> re.Pattern[str]:
    """ "a million", "half a million", "three-quarters of a million" (numbers.A_SCALE), then a
    physical unit word after a space ("half a million barrels a day", "a quarter of a million
    tonnes")."""
    return re.compile(
        rf"(?<![\w-])(?P<num>(?i:{N.A_SCALE})){qualifier_gap()} (?P<mu>{measures.unit_alternation()})(?![\w/])"
    )


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


def _oven_fahrenheit(sc: Scanner, number: str, start: int) -> bool:
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


# A horse race's distance in brackets after its name, as Australian, New Zealand and Asian racing
# copy prints it ("won the Coastal Stakes (1450m)", "the Derby (2500m)"): metres, a distance of
# 800 to 4,000 in steps of 50 ("Acme Holdings (350m)" names no race: millions)
RE_RACE_NAME_BEFORE_BRACKET = re.compile(
    r"\b(?:Cup|Stakes|Handicap|Plate|Classic|Oaks|Derby|Guineas|Quality|Mile|Sprint|Trophy|Prelude"
    r"|Trial|Maiden|Hurdle|Chase|Bowl|Vase|Medal|Challenge|Prix)\s\(\Z"
)


def _bracketed_race_distance(sc: Scanner, number: str, start: int) -> bool:
    """Whether a number glued to "m" in brackets is a horse race's distance (see above)."""
    return (
        _horse_race_distance(number)
        and sc.body[start + len(number) + 1 : start + len(number) + 2] == ")"
        and RE_RACE_NAME_BEFORE_BRACKET.search(sc.body, max(0, start - 12), start) is not None
    )


# A field event's mark, as results print them to the centimetre ("Shot put: Maria Ostrova 19.42m",
# "Long jump: 1 Dara Obi 8.14m"): a glued "m" after a number with two decimals is metres in a
# sentence naming a field event (FIELD_EVENT_CUES) when no noun follows it; "$8.14m" is money, and
# "Javelin: the maker sold 2.45m units" counts its units.
FIELD_EVENT_CUES = (
    "shot put",
    "long jump",
    "triple jump",
    "high jump",
    "pole vault",
    "discus",
    "javelin",
    "hammer throw",
)
RE_MARK_NUMBER = re.compile(r"\d{1,3}\.\d\d")
RE_MARK_END = re.compile(r"m(?=[,;.)\n]|\s*\(|\s*\Z)")  # no noun after the mark ("2.45m units")


def _field_mark(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a number glued to "m" is a field event's mark (see above)."""
    return (
        RE_MARK_NUMBER.fullmatch(m.group("num")) is not None
        and RE_MARK_END.match(sc.body, m.end("num")) is not None
        and sc.body[m.start() - 1 : m.start()] not in currencies.sign_words()  # not "$8.14m"
        and sentence_names(sc, m.start(), FIELD_EVENT_CUES)
    )


def _race_distance(sc: Scanner, number: str, start: int) -> bool:
    """Whether a number glued to "m" is a race's distance ("the men's 1,500m"): a standard race
    distance in a sentence that speaks of racing, or a horse race's in brackets after its name."""
    if sc.body[start - 1 : start] == "(" and _bracketed_race_distance(sc, number, start):
        return True
    if number.replace(",", "") not in RACE_DISTANCES:
        return False
    end = start + len(number) + 1
    return _run_or_timed(sc.body, start, end) or _speaks_of_racing(sc, start)


# A point or a section of a race's course named by its distance ("still strong at the 200m",
# "faded over the final 150m", "with 300m to go", "the 400m mark"), or a horse race's distance
# after "over" ("the Cup over 1,600m"): metres, in a text about horse racing (RACING_CUES) or a
# sentence about a race (RACE_CUES), where a glued "m" with no noun after it is not a million
# ("the final 150m of the loan" names its noun; "passed the 300m mark" in a text about
# subscribers speaks of no race)
RE_COURSE_POINT_BEFORE = re.compile(
    r"(?<![\w-])(?:final|last|closing|opening|first|with"
    r"|(?:at|to|from|inside|passing|past|approaching|until|near|around)\s+the)\s\Z",
    re.IGNORECASE,
)
RE_OVER_BEFORE = re.compile(r"(?<![\w-])over\s\Z")
RE_COURSE_POINT_AFTER = re.compile(
    r"m(?=[.,;:)!?\"”’]|\s*\Z|\s+(?:mark|pole|post|to\s+go|left|remaining|of\s+the\s+(?:race|course|track|trip)"
    r"|in|on|at|to|by|into|and|or|but|when|as|before|after|with|for|he|she|they|it|his|her|their)\b)"
)
COURSE_POINT_REACH = 24  # characters back to the word naming the point ("approaching the ")


def _course_point(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a number glued to "m" names a point or a section of a race's course, or a horse
    race's distance after "over" (see above)."""
    start = m.start()
    if not RE_COURSE_POINT_AFTER.match(sc.body, m.end("num")):
        return False
    reach = max(0, start - COURSE_POINT_REACH)
    point = RE_COURSE_POINT_BEFORE.search(sc.body, reach, start) is not None
    if not point and not (
        RE_OVER_BEFORE.search(sc.body, reach, start) is not None and _horse_race_distance(m.group("num"))
    ):
        return False
    return _horse_racing(sc) or point and _speaks_of_racing(sc, start)


def _horse_racing(sc: Scanner) -> bool:
    """Whether the text is about a horse race (RACING_CUES); worked out once per text."""
    return text_fact(sc, "horse racing", lambda: any(cue in sc.lower for cue in RACING_CUES))


def _horse_race_distance(number: str) -> bool:
    """Whether a number is a horse race's distance in metres: 800 to 4,000 in steps of 50."""
    digits = number.replace(",", "")
    return digits.isdigit() and 800 <= int(digits) <= 4000 and int(digits) % 50 == 0


def _run_or_timed(body: str, start: int, end: int) -> bool:
    """Whether a distance is run or swum ("ran 400m") or timed ("the 10K in 28 minutes")."""
    if body.endswith(RACE_VERBS_BEFORE, max(0, start - 9), start):
        return True
    return body.startswith(" in ", end) and bool(RE_FINISH_TIME_AFTER.match(body, end, end + 40))


def _road_race(sc: Scanner, number: str, start: int, end: int) -> bool:
    """Whether a number glued to "k" is a road race's distance in kilometres ("a 5k race", "won
    the 10K in 28 minutes"), not thousands ("5k followers")."""
    if number not in ROAD_RACE_KM:
        return False
    if RE_RACE_NOUN_AFTER.match(sc.body, end, end + 16) or _run_or_timed(sc.body, start, end):
        return True
    return bool(RE_DETERMINER_BEFORE.search(sc.body, max(0, start - 8), start)) and _speaks_of_racing(
        sc, start
    )


# a race time states racing too: a time to hundredths written m:ss.hh ("in 27:14.52"; a clock time
# has no hundredths), or a time in seconds after a verb of running ("ran 19.31", "clocked 10.71")
RE_RACE_TIME_CUE = re.compile(r"\d:\d\d\.\d|(?:ran|swam|clocked|clocking)\s+\d{1,2}\.\d\d?(?!\d)")


def _speaks_of_racing(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` names a race or a racing event, or states a race time
    (once per sentence: sentence_names and sentence_matches keep their answers)."""
    return sentence_names(sc, offset, RACE_CUES) or sentence_matches(sc, offset, RE_RACE_TIME_CUE)


# "slid 45m down a scree slope", "hovered 15m above the water", "landed at 131.5m", "sank 200m
# from the pier": a glued "m" right after a verb of a body moving, falling, hanging or landing is
# the distance it went, when a preposition of place or the clause's end follows it; no sum or count
# hovers, lands, skids or capsizes (verbs a sum also takes, "slid", "plunged", "fell", "rose",
# "climbed", ask for a path after: "slid 45m down a slope", "rose 40m above the old walls")
MOVED_ONLY_VERBS = (
    "hovered|hovers|hovering|landed|lands|landing|skidded|skids|skidding|swam|swims|swimming|swum"
    "|crawled|crawls|crawling|abseiled|abseiling|winched|dangled|dangling|dangles|capsized|capsizing"
    "|threw|thrown|throws|throwing|hurled|hurling|careered|careering|perched|towers|towered|towering"
    "|overhangs|overhang|overhanging|protrudes|protruding|juts|jutting|flying|flew|flies|flown|fly"
)
MOVED_PATH_VERBS = (
    "slid|slide|slides|sliding|slipped|slips|slipping|tumbled|tumbles|tumbling|plunged|plunges|plunging"
    "|plummeted|plummets|plummeting|hurtled|hurtles|hurtling|sank|sinks|sinking|sunk|leapt|leaped|leaps"
    "|leaping|dived|dives|diving|dove|toppled|topples|dug|digs|digging|drilled|bored|tunnelled|tunneled"
    "|encroaches|encroached|encroaching|hanging|hung|suspended|lowered|lifted|hauled|hoisted|towed"
    "|fell|falls|falling|fallen|fall|dropped|drops|dropping|rose|rises|rising|risen|climbed|climbs|climbing"
    "|jumped|jumps|jumping|swept|washed|dragged|carried|pushed|pulled|blown|stands|stood|sits|sat|rolled"
)
RE_MOVED_BEFORE = re.compile(
    rf"\b(?:(?P<only>{MOVED_ONLY_VERBS})|(?P<path>{MOVED_PATH_VERBS}))"
    # ... the body moved may stand between, read only with a path after ("swept the skiers 300m
    # down the couloir", "dragged him 50m along the beach")
    r"(?P<object>\s+(?:him|her|them|it|(?:the|a|an|his|her|their|its)(?:\s+[a-z]+){1,2}))?"
    r"(?P<hedge>\s+(?:at|to|about|around|some|nearly|almost|roughly|just|another|a\s+further|more\s+than|over))?\s+\Z",
    re.IGNORECASE,
)
# a path: a preposition of place and a determiner ("down a slope", "into the gully", "above the old
# town walls", "from the pier"), to or from no figure a sum is compared with ("2m above the
# forecast", "2m from the previous year" and "2m into the red" are no path)
RE_PATH_AFTER = re.compile(
    r"m\s+(?:down|into|onto|on\s+to|off|across|along|through|beneath|underneath|towards?|over\s+the\s+edge"
    r"|above|below|from)\s+(?:an?|the|its|his|her|their)\s+(?P<thing>[a-z]+(?:\s+[a-z]+){0,2})"
)
FIGURE_THINGS = frozenset(
    """forecast forecasts target targets estimate estimates expectations average figure figures level
    levels year previous last same threshold cap limit budget plan record peak total red black""".split()
)
# ... and after a verb of only a body's moving, a preposition or the clause's end will do
RE_MOVED_END_AFTER = re.compile(
    r"m(?=[.,;:)]|\s*\Z|\s+(?:down|up|into|onto|off|across|along|through|beneath|underneath|towards?|above|below"
    r"|from|on|in|at|to|and|before|when|after|as|while|over|under|short|clear|ahead|behind|out|away)\b)"
)
MOVED_REACH = 40  # characters back to the verb ("hovered some ")
# "30m clear at the bell", "15m ahead at the final turn": a lead or a gap in a race, with no figure
# it is compared with after it ("2m ahead of forecast", "3m behind schedule" are sums and counts)
RE_LEAD_AFTER = re.compile(
    r"m\s+(?:clear|ahead|behind)(?=[.,;:)]|\s*\Z|\s+(?:at|with|and|after|when|as|going|of\s+(?:the\s+)?"
    r"(?:field|pack|chasing|rest|others|peloton|leaders?|runner|pursuers)))"
)
# "overhangs the road by 12m", "the extension juts out over the pavement by 1.5m": a glued "m"
# after "by" in a clause whose verb puts a structure over or into a place, a length
RE_JUTS_BY_BEFORE = re.compile(
    r"\b(?:overhang|overhangs|overhanging|overhung|protrude|protrudes|protruding|protruded|jut|juts|jutting"
    r"|jutted|encroach|encroaches|encroaching|encroached)\b[^.,;:]{0,60}?\bby"
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|just|more\s+than|up\s+to))?\s+\Z",
    re.IGNORECASE,
)
# "Hungry Hill, at 685m the highest peak on the peninsula", "at 324m the world's tallest": a glued
# "m" before a superlative of size, a height or a length (a sum is "the biggest", not "the tallest")
RE_SUPERLATIVE_SIZE_AFTER = re.compile(
    r"m,?\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*['’]s\s+|world['’]s\s+|country['’]s\s+|city['’]s\s+)?"
    r"(?:tallest|deepest|longest|widest|highest\s+(?:peak|point|mountain|summit|hill|tower|building|bridge"
    r"|waterfall|dam|structure|fell|cliff))\b"
)
JUTS_REACH = 90  # characters back to the verb ("overhangs the neighbouring garden by ")


def _moved_distance(sc: Scanner, start: int, num_end: int) -> bool:
    """Whether a number with "m" glued is the distance a body moved, hung or went, a lead in a race,
    a structure's overhang or a height or length ranked by its size (see above)."""
    if RE_LEAD_AFTER.match(sc.body, num_end) or RE_SUPERLATIVE_SIZE_AFTER.match(sc.body, num_end):
        return True
    if RE_JUTS_BY_BEFORE.search(sc.body, max(0, start - JUTS_REACH), start):
        return True
    verb = RE_MOVED_BEFORE.search(sc.body, max(0, start - MOVED_REACH), start)
    if verb is None:
        return False
    path = RE_PATH_AFTER.match(sc.body, num_end)
    if path is not None and not FIGURE_THINGS & set(path.group("thing").split()):
        return True
    if verb.group("only") is None or verb.group("object") is not None:
        return False
    if RE_MOVED_END_AFTER.match(sc.body, num_end) is None:
        return False
    # "hovered at 4.2m", "landed at 2.3m" may be a sum's level: after "at" or a hedge, only in a
    # sentence that states another length ("landed at 131.5m on the 125m hill")
    return verb.group("hedge") is None or _other_length(sc, start, num_end)


def _other_length(sc: Scanner, start: int, num_end: int) -> bool:
    """Whether the sentence around a glued "m" from `start` to `num_end` states another length."""
    s_start, s_end = sc.sentence_bounds(start)
    return (
        RE_SENTENCE_LENGTH.search(sc.body, s_start, start) is not None
        or RE_SENTENCE_LENGTH.search(sc.body, num_end + 1, s_end) is not None
    )


# a structure that works make longer, deeper, wider or higher ("extend its main runway from 2,400m
# to 3,100m", "the sea wall is to be raised by 1.2m", "deepening the channel to 16m"): a glued "m"
# after the verb of size, the structure and "from", "to" or "by" (the second end of "from A to B"
# too) is metres; no count or sum is a runway's or a wall's size
BUILT_STRUCTURES = (
    "runway|channel|canal|wall|pier|quay|berth|jetty|breakwater|dam|dyke|dike|levee|embankment"
    "|platform|tunnel|bridge|shaft|borehole|well|tower|mast|fence|barrier|spillway|harbou?r|basin"
)
SIZE_VERB_FORMS = (
    r"(?:deepen|lengthen|extend|widen|heighten|shorten)(?:s|ed|ing)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?"
)
RE_RESIZED_BEFORE = re.compile(
    rf"\b(?:(?:{SIZE_VERB_FORMS})\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{BUILT_STRUCTURES})s?"
    rf"|(?:{BUILT_STRUCTURES})s?\s+(?:(?:will|would|could|is|was|are|were|has|have|had|to|be|been|being)\s+){{1,3}}"
    rf"(?:{SIZE_VERB_FORMS}))"
    r"\s+(?:from\s+(?:\d[\d,.]*m\s+to\s+)?|to\s+|by\s+(?:a\s+further\s+|another\s+)?)"
    r"(?:(?:about|around|nearly|some|roughly|almost|just)\s+)?\Z",
    re.IGNORECASE,
)
RESIZED_REACH = 80  # characters back to the verb of size ("extend its main runway from 2,400m to ")


def _length_named(sc: Scanner, start: int, num_end: int) -> bool:
    """Whether a number with "m" glued is a length by the words around it (RE_LENGTH_BEFORE,
    length_label, RE_LENGTH_AFTER, a height climbed to, a bar's height cleared or a structure
    resized, RE_RESIZED_BEFORE)."""
    return (
        RE_LENGTH_AFTER.match(sc.body, num_end) is not None
        or RE_LENGTH_BEFORE.search(sc.body, max(0, start - LENGTH_BEFORE_REACH), start) is not None
        or length_label(sc.body, start)
        or RE_CLIMBED_HEIGHT_AFTER.match(sc.body, num_end) is not None
        and any(
            before.search(sc.body, max(0, start - LENGTH_BEFORE_REACH), start) is not None
            and sentence_names(sc, start, cues)
            for before, cues in HEIGHT_READINGS
        )
        or RE_BAR_HEIGHT_AFTER.match(sc.body, num_end) is not None
        and RE_BAR_HEIGHT.fullmatch(sc.body, start, num_end) is not None
        and RE_BAR_CLEARED_BEFORE.search(sc.body, max(0, start - BAR_VERB_REACH), start) is not None
        or _moved_distance(sc, start, num_end)
        or RE_RESIZED_BEFORE.search(sc.body, max(0, start - RESIZED_REACH), start) is not None
    )


def _converts_length(sc: Scanner, start: int) -> bool:
    """A glued "m" is metres in brackets after a length ("60 feet (18m)") or before "tall"."""
    before = sc.body[max(0, start - 20) : start]
    if not before.endswith("("):
        return True
    unit = tokens(before[:-1])[-1:]
    return bool(unit) and measure_of(unit[0]) in ("foot", "mile", "inch", "kilometer", "yard")


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


def _gust_measure(sc: Scanner, s_start: int, start: int) -> str:
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


def _weather_in_degrees(sc: Scanner) -> bool:
    """Whether the text states degrees and speaks of weather (WEATHER_TEXT_CUES), or is a text of
    forecast lines (FORECAST_TEXT_CUES, RE_COMPASS_WIND)."""
    return (
        (
            ("degree" in sc.lower or "°" in sc.body)
            and RE_DEGREES_STATED.search(sc.body) is not None
            and any(cue in sc.lower for cue in WEATHER_TEXT_CUES)
        )
        or holds_any(sc.lower, "chance", FORECAST_CHANCE_CUES)  # (FORECAST_TEXT_CUES: one scan for the eight)
        or "uv index" in sc.lower
        or ("wind" in sc.lower and RE_COMPASS_WIND.search(sc.lower) is not None)
    )


RE_BARE_READING = re.compile(r"\d{1,3}(?:\.\d)?(?![\d%]|[.,]\d)")


def _temperature_named(sc: Scanner, s_start: int, start: int) -> str:
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
        weather = text_fact(sc, "weather in degrees", lambda: _weather_in_degrees(sc))
    return bool(weather) and _temperature_named(sc, sc.sentence_bounds(start)[0], start) != ""


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
        gust = _gust_measure(sc, s_start, start)
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
        weather = text_fact(sc, "weather in degrees", lambda: _weather_in_degrees(sc))
    if weather and (temperature := _temperature_named(sc, s_start, start)) != "":
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


# a sentence whose subject is "It" or "The reading": the thing the sentence before named ("The
# services index for May is out. It rose to 52.6", "... The latest reading of 48.1 was the lowest
# since 2020"), so an index named there is this sentence's too
RE_IT_OPENS = re.compile(
    r"\s*(?:It(?:\s|'s\s|’s\s)|The\s+(?:(?:latest|headline|final|flash|preliminary)\s+)?readings?\s)"
)


# A market box's line whose label names a reading of an index ("Close: 1,204.50 points", "Closing
# level:", "Day's high:", "Previous close:"); its bare "points" are index points (not a bare
# "High:", which a sports or weather box may use)
RE_MARKET_LABEL = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]+)?(?:(?:Previous|Prev\.?)[ \t]+)?"
    r"(?:[Cc]lose|[Cc]losing(?:[ \t]+level)?|[Oo]pen|[Oo]pening(?:[ \t]+level)?|Index"
    r"|(?:Day['’]s|Intraday|Session)[ \t]+(?:high|low))"
    r"(?:[ \t]+\([^()\n]{1,20}\))?:[ \t]"
)


@cache
def _market_index_pattern() -> re.Pattern[str]:
    """A word naming a stock-market index (MARKET_INDEX_WORDS), read on lower-case text."""
    return re.compile(rf"(?<![\w&])(?:{N.alternation(MARKET_INDEX_WORDS)})(?![\w&])")


def market_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` names a stock-market index ("the Hang Seng index"):
    its bare "points" are index points there, not percentage points."""

    def names_index(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        if _market_index_pattern().search(sc.lower, s_start, s_end) is not None:
            return True
        if RE_MARKET_LABEL.match(sc.body, sc.body.rfind("\n", 0, at) + 1, at) is not None:
            return True  # a market box's "Close: 1,204.50 points", "Index: 3,118.9 points"
        if not RE_IT_OPENS.match(sc.body, s_start) or s_start == 0:
            return False
        p_start, p_end = sc.sentence_bounds(s_start - 1)  # "It slipped to 49.7": the index before
        return _market_index_pattern().search(sc.lower, p_start, p_end) is not None

    return sentence_fact(sc, "market index", offset, names_index)


INDEX_NAME_WORDS = 3  # the most words before the index's word read as its name ("purchasing managers' index")
INDEX_NAME_REACH = 200  # characters read back for it (bounded: linear time in a long sentence of levels)


def index_named(sc: Scanner, start: int) -> str:
    """The index a level at `start` reads, named in a clause whose subject is "It" or before "the
    50 mark" (where the level's own clause names none): the last index word before it in its
    sentence, or in the sentence before for "It", and up to INDEX_NAME_WORDS words before that
    word that are no function words; "" when neither case holds or none is named."""
    s_start, s_end = sc.sentence_bounds(start)
    spans = [(max(s_start, start - INDEX_NAME_REACH), start)]
    if RE_IT_OPENS.match(sc.body, s_start) and s_start > 0:
        p_start, p_end = sc.sentence_bounds(s_start - 1)
        spans.append((max(p_start, p_end - INDEX_NAME_REACH), p_end))
    for a, b in spans:
        found = None
        for match in _market_index_pattern().finditer(sc.lower, a, b):
            found = match  # the last index word before the level
        if found is None:
            continue
        words = tokens_before(sc.body, max(a, found.start() - 40), found.start())
        kept: list[str] = []
        for word in reversed(words[-INDEX_NAME_WORDS:]):
            if not word[0].isalpha() or word.lower() in FUNCTION_WORDS:
                break
            kept.insert(0, word)
        return " ".join([*kept, sc.body[found.start() : found.end()]])
    return ""


def worldscale_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` quotes a tanker rate on the Worldscale ("rose 7.5
    points to WS97.5"): its bare "points" are Worldscale points there, not percentage points."""

    def quotes_worldscale(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        sentence = sc.lower[s_start:s_end]
        return (
            "ws" in sentence
            and any(cue in sentence for cue in WORLDSCALE_CUES)
            and bool(RE_WORLDSCALE.search(sc.body, s_start, s_end))
        )

    return sentence_fact(sc, "worldscale", offset, quotes_worldscale)  # its sentence only: linear


# A study's ratio by its abbreviation, as medical news gives results in brackets ("(HR 0.82; 95% CI
# 0.70-0.96; P = .01)", "an adjusted OR of 1.6"): the hazard, odds, risk or rate ratio, and the
# bounds of its confidence interval after it; read inside an open bracket or right after "HR of",
# "OR =" (a capital "OR" in running prose is no ratio: "WIN OR LOSE 2.5" has no bracket)
RATIO_ABBREVIATIONS = {
    "HR": "hazard ratio",
    "aHR": "hazard ratio",
    "sHR": "hazard ratio",
    "OR": "odds ratio",
    "aOR": "odds ratio",
    "RR": "relative risk",
    "aRR": "relative risk",
    "IRR": "incidence rate ratio",
}
RE_RATIO_ABBREVIATION = re.compile(rf"(?<![\w-])(?:{'|'.join(RATIO_ABBREVIATIONS)})(?![\w-])")
RE_RATIO_ABBREVIATION_VALUE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(RATIO_ABBREVIATIONS)}),?\s*(?:of|was|were|=|:)?\s*\Z"
)
RATIO_ABBREVIATION_REACH = 60  # characters back to "HR" before a number in its bracket


def ratio_abbreviated(sc: Scanner, start: int, s_start: int) -> str:
    """The ratio an abbreviation names for a decimal at `start` ("HR 0.82", "95% CI 0.70-0.96"
    after "HR" in one bracket): "hazard ratio", "odds ratio", ...; "" when none."""
    lo = max(s_start, start - RATIO_ABBREVIATION_REACH)
    window = sc.body[lo:start]
    if "R" not in window:
        return ""
    right = RE_RATIO_ABBREVIATION_VALUE.search(window)
    if right is None:
        opened = window.rfind("(")
        if opened < 0 or window.rfind(")") > opened:
            return ""  # not inside a bracket
        found = list(RE_RATIO_ABBREVIATION.finditer(window, opened))
        if not found:
            return ""
        right = found[-1]
    abbreviation = RE_RATIO_ABBREVIATION.match(right.group())
    return RATIO_ABBREVIATIONS.get(abbreviation.group(), "") if abbreviation else ""


# A ratio named before its two terms, one of them one ("a pupil-teacher ratio of 38 to 1", "the
# ratio is 40 pupils to one teacher", "a ratio of 1 officer to 8 inmates", "a ratio of one carer to
# five residents"): the one is the ratio's base, no figure. "N to 1" is the ratio's level
# (`other`/`other`, in the ratio); after "1 <noun> to" the other term counts its own noun, as "one
# midwife for every 5,200 women" does (read by counts). Odds ("22,000 to 1") name no ratio, and a
# colon ratio ("from 1:8 to 1:11") is no figure (rules, table 8).
RE_RATIO_TERMS = re.compile(
    r"ratios?\s+(?:(?:of|at|is|was|were|stood|stands|to|from|reached|now|remains|remained)\s+){1,2}"
    r"(?:(?:about|around|nearly|roughly|almost)\s+)?"
    r"(?:(?P<one>1|one)\s+(?:[a-z]+\s+){0,2}?(?:to|for\s+every|per)\s+(?=\d|[a-z]+\s)"
    r"|(?P<num>\d[\d,]*(?:\.\d+)?)\s+(?:(?P<noun>[a-z]+)\s+)?to\s+(?P<base>1|one)(?:\s+(?P<head>[a-z]+))?"
    r"(?![\w.,]\d|[\w-]))"
)
RATIO_NAME_REACH = 30  # characters before "ratio" read for the word that names it
RE_WORD_BEFORE = re.compile(r"([a-z][\w'-]*)\s+\Z")  # the word right before a place in lower case


def scan_ratio_terms(sc: Scanner) -> None:
    """Ratios written with a term of one after their name (see RE_RATIO_TERMS): the one claimed as
    no figure, and the level of an "N to 1" ratio added."""
    if "ratio" not in sc.lower:
        return
    for m in RE_RATIO_TERMS.finditer(sc.lower):
        if m.group("one"):
            s = m.start("one")
            if sc.free(s, m.end("one")):
                sc.claim(s, m.end("one"))  # "1 officer to 8 inmates": the 8 counts inmates
            continue
        s, e = m.start("num"), m.end("num")
        if not sc.free(s, m.end()):
            continue
        before = RE_WORD_BEFORE.search(sc.lower, max(0, m.start() - RATIO_NAME_REACH), m.start())
        name = before.group(1) if before and before.group(1) not in FUNCTION_WORDS else ""
        noun, head, end = m.group("noun"), m.group("head"), m.end()
        if head in FUNCTION_WORDS:
            head, end = "", m.end("base")  # "38 to 1 in 2015": no noun of the base
        measure = f"{noun} per {head}" if noun and head else RATIO
        unit_label = f"(unit: {measure})" if noun and head else label(measure)  # "pupils per teacher"
        subject = f"{name} ratio".lstrip()
        value = N.normalise_number(N.parse_amount(sc.body[s:e]))
        sc.claim(s, end)
        sc.add(Figure(s, end, (s, e), value, "other", "other", f"{subject} {unit_label}", measure=measure))


# ... and a whole number that is the level of a ratio its clause has as subject, a word of level
# right before it, no figure, clause mark or new clause between ("the ratio of patients to nurses
# on night shifts reached 14", "Kenya's pupil-teacher ratio, the worst in the region, stands at
# 42"): the ratio's level, whatever nouns its terms name. A conjunction opens a clause of its own
# ("the ratio fell, while cases rose to 40", "... fell as the number of clinics rose to 40"; "seen
# as a key indicator" is none); a year between is no figure of the clause ("which peaked in
# 2016"). The same gap, from a measure's name to the bare level of it, serves a rate per head
# named by its measure (figures/counts.py: "the fertility rate, watched closely, slipped to
# 1.15"); the second of "from A to B" takes the first between.
RE_LEVEL_SUBJECT_GAP = re.compile(
    r"(?:(?!\b(?:and|but|while|whereas|when|because|although|though|unless)\b|\bas\s+(?!an?\s))[^\d;:()!?]"
    r"|\b(?:1[89]|20)\d\d\b)*?"
    r"\b(?:to|at|of|from|reached|reaches|hit|hits|is|was|stands|stood|remains|remained|topped|passed|"
    r"(?:be|is|was)\s+now)\s+(?:\d[\d,]*(?:\.\d+)?\s+to\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|only|over|under|more\s+than|less\s+than)\s+)?\Z"
)
RATIO_SUBJECT_REACH = 120  # characters from the ratio's name to its whole-number level, at most


def ratio_named(sc: Scanner, start: int, number: str) -> str:
    """The ratio a bare decimal reads, as the sentence names it before the number ("the
    bid-to-cover ratio fell to 2.92 from 3.41" -> "bid-to-cover ratio"): a level of the ratio, not
    a count of anything; for a whole number, the ratio its clause has as subject (above); "" when
    no ratio is named."""
    if "." not in number:
        return _subject_ratio(sc, start)
    s_start, _ = sc.sentence_bounds(start)
    named = ""
    for found in RE_RATIO.finditer(sc.lower, max(s_start, start - RATIO_REACH), start):
        named = found.group()
    if not named:
        return ratio_abbreviated(sc, start, s_start)
    words = named.split()
    return named if len(words) == 1 or words[0] not in FUNCTION_WORDS else words[-1]


def _subject_ratio(sc: Scanner, start: int) -> str:
    """The ratio a bare whole number at `start` is the level of, as its clause's subject (see
    RE_LEVEL_SUBJECT_GAP), or ""."""
    s_start, _ = sc.sentence_bounds(start)
    lo = max(s_start, start - RATIO_SUBJECT_REACH)
    if sc.lower.find("ratio", lo, start) < 0:  # the cheap test first
        return ""
    found = None
    for match in RE_RATIO.finditer(sc.lower, lo, start):
        found = match  # the last, nearest the number
    if found is None or not found.group().rstrip("s").endswith("ratio"):
        return ""
    if RE_LEVEL_SUBJECT_GAP.fullmatch(sc.lower, found.end(), start) is None:
        return ""
    words = found.group().split()
    return found.group() if len(words) == 1 or words[0] not in FUNCTION_WORDS else words[-1]


# A score, a rating or a mark named by its scale right before a bare number in its clause ("a
# credit score of 740", "the hygiene rating was cut to 2", "a frailty score above 6", "her FICO
# score fell 45 points", "the pass mark of 40", "credit scores of 800 or more"): a reading on the
# scale of that score, not a count of anything. The word before the noun
# names the scale ("credit", "hygiene"): "a score of 3" names none. A game's score is sport's, so a
# text about sport (a sport cue besides "score" itself: "won by a score of 98 to 91", a skater's
# "technical score of 97.6" in a report of who won) is left to sport's rules.
SCORE_NOUNS = "score|rating|mark"
# a hedge between the score's name and its number ("a rating of about 4", "scores more than 700")
SCORE_HEDGE = r"(?:(?:about|around|nearly|almost|roughly|just|only|at\s+least|more\s+than|less\s+than)\s+)?"
RE_SCORE_NAMED_BEFORE = re.compile(
    rf"\b(?P<mod>[a-z][\w'-]*)\s+(?P<noun>{SCORE_NOUNS})s?\s+(?:[a-z]+\s+){{0,6}}?"
    r"(?:from\s+\d[\d,]*(?:\.\d+)?\s+)?"  # "rose from 640 to 700": the level after the move's start
    r"(?:of|at|to|from|above|below|under|over|between|reached|hit|scoring)\s+"
    rf"{SCORE_HEDGE}\Z"
)
# ... the same noun before a move or a level stated in points ("the score fell 45 points")
RE_SCORE_NAMED_BEFORE_POINTS = re.compile(
    rf"\b(?P<mod>[a-z][\w'-]*)\s+(?P<noun>{SCORE_NOUNS})s?\s+(?:[a-z]+\s+){{1,4}}?"
    rf"{SCORE_HEDGE}\Z"
)
SCORE_NAMED_REACH = 60  # characters before the number read for the score's name
SCORE_POINT = "score point"


# A score a person or a thing reached on a named instrument, said with the verb ("patients scoring
# 10 or more on the depression questionnaire", "rated 7 on the pain scale"): a reading on it;
# "scored 21 on the night" names no instrument
RE_SCORED_BEFORE = re.compile(r"\b(?:scor(?:e|es|ed|ing)|rated?)\s+(?:(?:it|them|him|her)\s+)?\Z")
# (a bound may stand between the verb and the number: "scored above 5.5 on our 7-point scale",
# "score at least 6 on the scale")
RE_SCORED_BOUND_BEFORE = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|rated?)\s+(?:above|below|over|under|at\s+least|at\s+most|more\s+than"
    r"|less\s+than|fewer\s+than|higher\s+than|lower\s+than)\s+\Z"
)
SCORED_BOUND_REACH = 24  # characters back from the number to the verb, over its bound
RE_ON_INSTRUMENT_AFTER = re.compile(
    r"(?:\s+or\s+(?:more|higher|above|over|less|lower|below|under))?\s+on\s+(?:the|a|an|its|their|our|his|her|this|your)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?P<name>questionnaire|scale|test|exam|examination|assessment|index|inventory)\b"
)


def scored_on_instrument(sc: Scanner, start: int, end: int) -> bool:
    """Whether the bare number from `start` to `end` is a score reached on a named instrument (see above)."""
    if not sc.body.startswith((" on ", " or "), end):
        return False  # the cheap test first
    return bool(
        (
            RE_SCORED_BEFORE.search(sc.lower, max(0, start - 10), start)
            or RE_SCORED_BOUND_BEFORE.search(sc.lower, max(0, start - SCORED_BOUND_REACH), start)
        )
        and RE_ON_INSTRUMENT_AFTER.match(sc.lower, end, end + 80)
    )


# A reading stated against its scale's top ("fell to 6.8 out of 10", "rated it 8 out of 10"): a
# decimal, or a number right after "rated" or "scored", before "out of" a scale's usual top; the
# top is no figure ("three out of four voters" is a ratio, rules table 8)
RE_OUT_OF_TOP = re.compile(
    r"\s+out\s+of\s+(?:5|10|100|five|ten)\b(?!\s+[a-z]{3,}s\b)"
)  # no noun: "3 out of 5 penalties"


def out_of_top(sc: Scanner, start: int, end: int) -> bool:
    """Whether the bare number from `start` to `end` is a reading against its scale's top (see above)."""
    if not sc.body.startswith(" out of ", end) or not RE_OUT_OF_TOP.match(sc.body, end):
        return False
    return (
        "." in sc.body[start:end] or RE_SCORED_BEFORE.search(sc.lower, max(0, start - 14), start) is not None
    )


def scale_named(sc: Scanner, start: int, points: bool = False) -> tuple[str, str]:
    """(the scale's name, its measure) when a score or a rating named right before the bare
    number (or the "N points") at `start` is what it reads (see above), else ("", "")."""
    s_start, _ = sc.sentence_bounds(start)
    reach = max(s_start, start - SCORE_NAMED_REACH)
    low = sc.lower
    if (
        low.find("scor", reach, start) < 0
        and low.find("rating", reach, start) < 0
        and low.find("mark", reach, start) < 0
    ):
        return "", ""  # the cheap test first
    pattern = RE_SCORE_NAMED_BEFORE_POINTS if points else RE_SCORE_NAMED_BEFORE
    found = pattern.search(sc.lower, reach, start)
    if found is None or found.group("mod") in FUNCTION_WORDS or found.group("mod").endswith("ly"):
        return "", ""  # "a score of 3" names no scale; "typically score 50" is a verb after an adverb
    noun = found.group("noun")
    if noun != "rating" and _sport_besides_score(sc):
        return "", ""  # a game's score or mark; a rating is a reading in sport too ("her Elo rating")
    return f"{found.group('mod')} {noun}", RATING_POINT if noun == "rating" else SCORE_POINT


# A level a horse, a player or a thing is "rated" at, with no unit or noun after it ("the
# five-year-old, rated 112,", "the mare is rated 96 and"): a reading in rating points on the
# rater's scale (a handicapper's, a federation's), not a count; "rated it 8 out of 10" is a score
# against its top (out_of_top), "rated 4 stars" a star rating
RE_RATED_LEVEL_BEFORE = re.compile(r"\brated\s+(?:at\s+)?\Z")
RATED_LEVEL_REACH = 10  # characters back to "rated " ("rated at ")


def rated_level(sc: Scanner, start: int) -> bool:
    """Whether the bare number at `start` is a level it is rated at (see above)."""
    return RE_RATED_LEVEL_BEFORE.search(sc.lower, max(0, start - RATED_LEVEL_REACH), start) is not None


# the sport cues that also name a part of a company's or a statistics office's year
NOT_SPORT_ALONE = ("score", "quarter")


def _sport_besides_score(sc: Scanner) -> bool:
    """Whether the text speaks of sport (percent.SPORT_CUES) in a word other than "score" (and
    "quarter", a part of a year in business copy), read once per text."""

    def sport() -> bool:
        return any(m.group() not in NOT_SPORT_ALONE for m in RE_SPORT_CUE.finditer(sc.lower))

    return text_fact(sc, "sport besides score", sport)


# Points on a points system (a university's entry points, a scheme's score): in a sentence that
# speaks of no sport, poll or market, points that move to or from a bare level ("fell 3 points to
# 725", "rose 8 points, to 512", "climbed to 455 points from 437 last year"; not "7.5 points from
# nine rounds", whose number counts a noun) are readings on that system, not points scored or counted; once a text
# has read its points so, or names its points system ("under the points scheme"), its later points
# in such sentences are readings on the same system ("needed 421 points"); so are points an
# admissions word names ("480 admission points", "UCAS tariff points"). The level after "to"
# takes the unit of the points before it, as any bare number does (compose.carry_units).
RE_POINTS_TO_LEVEL = re.compile(
    r",?\s+(?:to|at|from)\s+\d[\d,]*(?:\.\d+)?(?![\d%]|[.,]\d|[A-Za-z])"
    r"(?=\s*(?:[,.;:)]|\Z)|\s+(?:in|on|at|from|last|this|after|before|and|but|while|with|for|as|the|under|since)\b)"
)
# (a driving licence's penalty points are counted, not read on a scale: "the penalty points system")
RE_POINTS_SYSTEM = re.compile(r"\b(?<!penalty )points?(?:-based)?[- ](?:system|scheme|scale)s?\b")
POINTS_SCALE_READ = "points scale read"  # the text fact a first reading of points leaves
# Words before "points" that name an admissions points system ("480 admission points", "CAO points",
# "UCAS tariff points"): a reading on it, as a named system is ("12 entry points" may be gates)
ADMISSION_POINT_WORDS = frozenset("admission admissions cao ucas tariff matriculation".split())


def points_scale(sc: Scanner, start: int, end: int) -> bool:
    """Whether the "N points" from `start` to `end` are a reading on a points system (see above),
    in a sentence the caller found no poll or market in."""
    if _sport_sentence_besides_score(sc, start):
        return False
    if RE_POINTS_TO_LEVEL.match(sc.body, end, end + 24) or not ADMISSION_POINT_WORDS.isdisjoint(
        sc.lower[start:end].split()[1:-1]
    ):
        sc.text_facts[POINTS_SCALE_READ] = True
        return True
    if sc.text_facts.get(POINTS_SCALE_READ):
        return True
    return text_fact(sc, "points system named", lambda: RE_POINTS_SYSTEM.search(sc.lower) is not None)


def points_scale_level(sc: Scanner, start: int, last: Figure | None) -> bool:
    """Whether a bare number at `start` after a level word ("stayed at 316", "went to 540") is a
    level on the points system a reading earlier in its sentence (`last`, the count before it)
    was read on (see points_scale)."""
    if last is None or last.measure != SCHEME_POINT or not sc.text_facts.get(POINTS_SCALE_READ):
        return False
    s_start, _ = sc.sentence_bounds(start)
    if last.start < s_start:
        return False
    before = tokens_before(sc.body, max(s_start, start - 12), start)
    return bool(before) and before[-1].lower() in INDEX_LEVEL_BEFORE


def _sport_sentence_besides_score(sc: Scanner, start: int) -> bool:
    """Whether the sentence around `start` speaks of sport in a word other than "score" and
    "quarter" (NOT_SPORT_ALONE)."""

    def sport(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        found = RE_SPORT_CUE.finditer(sc.lower, s_start, s_end)
        return any(m.group() not in NOT_SPORT_ALONE for m in found)

    return sentence_fact(sc, "sport besides score", start, sport)


COUNTED_SUBJECT = ("the number of ", "the total number of ")  # a sentence's subject that counts


# a markets box's line labelled by the index it reads ("FTSE 100: 8,164.1 (-0.6%)", "Dow Jones:
# 38,904.0", "- Nikkei 225: 38,120"): the index's level; read on lower-case text (a title-case line
# is lowered), up to four words
RE_INDEX_LABEL_LINE = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]+)?([a-z][\w&/.'’-]*(?: [a-z0-9][\w&/.'’-]*){0,3}):[ \t]*"
)
# ... not a label that names a reading of the index by its last word ("Index high: 4,512",
# "Close:"): RE_MARKET_LABEL reads those, and a bare "High:" may be a weather box's
INDEX_READING_WORDS = frozenset("high low close closing open opening level".split())
INDEX_LABEL_REACH = 40  # characters from a line's start to its figure, at most


def _index_label_line(sc: Scanner, start: int) -> bool:
    """Whether the number at `start` follows its line's label naming a market index
    (RE_INDEX_LABEL_LINE, MARKET_INDEX_WORDS, not INDEX_READING_WORDS)."""
    line_start = sc.body.rfind("\n", 0, start) + 1
    if start - line_start > INDEX_LABEL_REACH:
        return False
    label = RE_INDEX_LABEL_LINE.fullmatch(sc.lower, line_start, start)
    return (
        label is not None
        and label.group(1).rsplit(" ", 1)[-1] not in INDEX_READING_WORDS
        and _market_index_pattern().search(sc.lower, label.start(1), label.end(1)) is not None
    )


def index_level(sc: Scanner, start: int, end: int = -1) -> bool:
    """Whether a bare number is the level a market index reached ("closed at 40,152.3", "shed
    2.6% to 2,806.35"): "at", "to" or "from" before it, in a sentence that names an index, or
    after its line's label naming the index ("FTSE 100: 8,164.1")."""
    if sc.body[start - 2 : start] in (": ", ":\t") and _index_label_line(sc, start):
        return True
    s_start, _ = sc.sentence_bounds(start)
    before = tokens_before(sc.body, max(s_start, start - 12), start)
    if not before:
        return False
    if sc.lower.startswith(COUNTED_SUBJECT, s_start):
        return False  # "The number of deeds for flats, the main gauge of sales, rose to 1,296": a count
    if before[-1].lower() not in INDEX_LEVEL_BEFORE and not (
        before[-1].lower() == "the" and end >= 0 and RE_INDEX_LEVEL_AFTER.match(sc.body, end)
    ):
        return False
    return market_sentence(sc, start)
