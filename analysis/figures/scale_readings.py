"""Scale readings: readings on a named scale, not counts: quake magnitudes, storm categories, alert
and avalanche levels, cyclone signals, drought and load-shedding stages, the Kp index, star and
track ratings, fineness, p-values, TV ratings; scores, ratings and points systems (scale_named, out_of_top,
rated_level, points_scale); market index levels (index_level, index_named); ratios (ratio_named,
scan_ratio_terms)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..vocab import FUNCTION_WORDS, MARKET_INDEX_WORDS, STORM_NOUNS
from . import numbers as N
from . import subjects
from .figure import Figure, Value
from .numbers import END, NUM
from .percent_points import RATING_POINT, RE_SPORT_CUE
from .sport_readings import JURY_POINT, SCHEME_POINT, TRACK_RATING
from .unit_readings import label, quantity_subject
from .weather_readings import BEAUFORT_FORCE
from .words import sentence_fact, sentence_matches, sentence_names, text_fact, tokens_before

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
# "felt at intensity 5 on the EMS-98 scale", "shaking of intensity 6 on the Modified Mercalli
# scale": a shaking intensity read on the named scale after it, at most 12 (as MMI is)
RE_INTENSITY_ON_SCALE = re.compile(
    r"\b[Ii]ntensity\s+(?:of\s+)?(?P<num>1[0-2]|[1-9])(?P<plus>\+)?\s+on\s+the\s+"
    r"(?P<scale>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+scale\b"
)
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
MAGNITUDE = "magnitude"
INTENSITY = "intensity"
CATEGORY = subjects.STORM_CATEGORY  # the measure of a storm's category ("a Category 4 hurricane")
ALERT_LEVEL = "alert level"
CYCLONE_SIGNAL = "tropical cyclone warning signal"
SHEDDING_STAGE = "load-shedding stage"
DROUGHT_STAGE = "drought restriction stage"
KP_INDEX = "Kp index"
# "The air quality index reached 180", "an AQI of 312", "a UV index of 11", "a heat index of 110",
# "a BMI of 32", "a WBGT of 28" (the wet-bulb globe temperature, a heat-stress index in degrees
# whose name gives the unit; late-carry8), "at a redshift of 14.32" (how far the light of a galaxy is stretched, read on its
# own scale): a reading on a named index of weather, health or science news, after the index's name
# and the words that link it to its value (a rate-like reading, not a count)
RE_INDEX_READING = re.compile(
    r"\b(?P<name>[Aa]ir[ -][Qq]uality [Ii]ndex|AQI|UV [Ii]ndex|[Uu]ltraviolet [Ii]ndex|[Hh]eat [Ii]ndex"
    r"|[Bb]ody[ -][Mm]ass [Ii]ndex|BMI|WBGT(?: [Ii]ndex)?|[Ww]et[ -][Bb]ulb [Gg]lobe [Tt]emperature(?: \(WBGT\))? [Ii]ndex|[Pp]ower [Uu]sage [Ee]ffectiveness|PUE|pH|[Rr]edshift"
    r"|[Aa]ir[ -][Qq]uality(?=\s+readings?\b))(?: \([^()]{1,30}\))?:?"  # ... or a box's label ("UV index: 9")
    # ... and a word in quotes naming the band between ("The AQI was 'severe' at 421")
    r"(?:\s{1,3}(?:['‘\"“][A-Za-z ]{1,20}['’\"”]|readings?|levels?|values?|will|could|may|would|has|have|had|was|is|be|reach|reaches|reached|reaching|hit|hits"
    r"|top|topped|exceed|exceeded|exceeding|remain|remained|stay|stayed|cross|crossed|crossing|pass|passed"
    r"|breached|touched|touching|surpassed|between"
    # ... and the verbs of a day's or a month's mean and of a monitor's reading ("the AQI averaged
    # 178 in November", "the city's AQI registered 212")
    r"|averaged|averaging|recorded|registered|read|reads"
    r"|hitting|rose|rising|fell|falling|climbed|peaked|stood|stands|of|at|to|above|over|below|around|about"
    r"|near|nearly|more|than|under|a|an"
    # ... and a place or a day named between ("The AQI in Lahore was 312", "the AQI on Sunday hit")
    r"|(?:in|at)\s[A-Z][\w'’-]+|on\s[A-Z][a-z]+day)){0,5}"
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
INDEX_SIGNS = (
    "AQI",
    "BMI",
    "WBGT",
    "lobe temperature",
    "PUE",
    "pH",
    "usage effectiveness",
    "uality reading",
    "edshift",
)
INDEX_NAMES = {
    "air quality index": "air quality index",
    "aqi": "air quality index",
    "uv index": "UV index",
    "ultraviolet index": "UV index",
    "heat index": "heat index",
    "body mass index": "body mass index",
    "body-mass index": "body mass index",
    "bmi": "body mass index",
    "wbgt": "WBGT",
    "wbgt index": "WBGT",
    "wet-bulb globe temperature index": "WBGT",
    "wet bulb globe temperature index": "WBGT",
    "wet-bulb globe temperature (wbgt) index": "WBGT",
    "wet bulb globe temperature (wbgt) index": "WBGT",
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
# (a comma or a stop may end it: "was an EF2, with peak winds"); in a text that names a tornado,
# a box line's "Rating: EF2" after its label is the same scale (measures._tornado_ratings)
RE_EF_SCALE = re.compile(r"\bE?F-?(?P<num>[0-5])(?![\w-]|[.,]\d)")
EF_SCALE = "Enhanced Fujita scale"
TORNADO_WORDS = ("tornado", "twister")
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
    r"|\s+(?:in|from|under)\s+(?:(?:the\s+|its\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:[a-z]+\s+)?"
    # ... or a scheme named in lower case after a determiner ("under the state's clean toilet rating")
    r"|(?:the|its|their|an?)\s+(?:[\w'’-]+\s+){0,3}?)"
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
RE_STAR_GRADED_PLACE = re.compile(  # (the place's noun may open its name: "the four-star Hotel Miramar")
    rf"\b{STARS}(?=(?:\s+(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\b)[a-z]+){{0,2}}?\s+(?i:{GRADED_PLACES})\b)"
    r"|\b(?P<num2>\d|(?i:one|two|three))[- ]Michelin[- ]stars?\b"
)
# ... and the other end of a rating's move in stars ("the rating was cut from five stars to two",
# "went from three stars to four"): the same scale, after "from N stars to" (it opens with "from"
# and tests the word boundary behind it after, so it is searched for fast)
RE_STARS_TO_AFTER = re.compile(
    r"from(?<!\wfrom)\s+(?:\d(?:\.\d)?|(?i:one|two|three|four|five|six|seven))[- ][Ss]tars?\s+to\s+"
    r"(?P<num>\d(?:\.\d)?|(?i:one|two|three|four|five|six|seven))(?![\w-]|\s+[a-z]+s\b)"
)
# ... and stars a place holds, keeps or is raised to, alone or as a range ("only nine hold four or
# five stars", "was upgraded to four stars", "must keep at least three stars"): verbs a flag's or a
# film's cast of stars does not take
STAR_NUMBER = r"\d(?:\.\d)?|(?i:one|two|three|four|five|six|seven)"
RE_STARS_HELD = re.compile(
    r"(?<![\w-])(?:holds?|held|holding|keeps?|kept|keeping|retains?|retained|earns?|earned|awarded|achieved?"
    r"|achieves|(?:raised|upgraded|downgraded|lowered|cut|dropped|promoted|demoted)\s+to)\s+"
    r"(?:(?:at\s+least|at\s+most|only|just|all)\s+)?"
    rf"(?:(?P<low>{STAR_NUMBER})(?P<join>\s+(?:or|to)\s+))?(?P<num>{STAR_NUMBER})[- ][Ss]tars?\b"
)
STARS_HELD_LEADS = range(
    8, 48
)  # from the verb to "star": "held 4 star" to "downgraded to at least 4.5 or 5.5 star"
# ... and the top of the scale a rating in stars is stated against, its own row in stars ("four
# stars out of five": the five), as "of a possible 120" is an index's top
RE_STARS_OUT_OF_TOP = re.compile(
    rf"(?:{STAR_NUMBER})[- ][Ss]tars?\s+out\s+of\s+(?:a\s+possible\s+|a\s+maximum\s+(?:of\s+)?)?"
    r"(?P<num>5|6|7|10|(?i:five|six|seven|ten))(?![\w-]|[.,]\d)"
)
STARS_OUT_OF_LEADS = range(2, 7)  # from the rating's number and its joiner to "star"
# ... and the top of the scale a text's judged scores are stated against ("scores are out of 100",
# "every wine is scored out of 100", "the panel scores each entry out of 20", "rated out of 10"):
# its own row, as the stars' top is; in a text that so states it, each "N points" up to that top is
# a score on the scale ("Firm and cassis-led. 94 points."), as p663's cupping points are, never
# points counted in play or percentage points ("points per game", "points behind" read elsewhere)
RE_SCORES_TOP = re.compile(r"out\s+of\s+(?P<num>10|20|100)(?![\w.,]\d|[\w-])")
RE_SCORES_BEFORE_TOP = re.compile(
    r"(?:\b(?:scores|ratings|marks|score|rating)\s+(?:are|is|were|was)(?:\s+(?:given|awarded|marked))?"
    r"|\b(?:scored|rated|marked|judged|scores|rates|marks|judges)(?:\s+(?:every|each|all|the)\s+[a-z]+)?)\s+\Z",
    re.IGNORECASE,
)
SCORES_TOP_REACH = 40  # characters before "out of" read for the scores it bounds
RE_POINTS_ON_SCALE = re.compile(
    r"(?<![\w.,$£€-])(?P<num>\d{1,3}(?:\.\d{1,2})?)\s+points\b"
    r"(?!-|\s+(?:per|a|an|each|behind|ahead|clear|off|from|lead|higher|lower|more|fewer|less)\b)"
)
JURY_POINT_FOLLOWERS = N.Followers(("points",))  # the numbers RE_POINTS_ON_SCALE is tried at
# ... and, in a text that gives a rating in stars (one of the readings above) or sets them out in a
# box, every other number of stars in its scheme's range, in any position ("up from 3.5 stars",
# "Four stars is good news", "scored two stars for early literacy", a box's "Overall: 4 stars"):
# the same scale; stars a determiner or a number word owns before them ("the two stars of the
# film", "its three stars") or "of" after ("two stars of the show") are persons, and a hyphened
# grade names a kind ("a five-star review" of another noun: RE_STAR_GRADED_PLACE reads places)
RE_STARS_ANY = re.compile(
    r"(?<![\w.,-])(?P<num>\d(?:\.5)?|(?i:one|two|three|four|five|six|seven))\s[Ss]tars?\b(?!\s+of\b|-)"
)
RE_STARS_OWNED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:the|its|their|his|her|our|my|your|both|all|these|those)\s+\Z", re.IGNORECASE
)
STARS_OWNED_REACH = 8  # characters before the number read for its owner
STARS_ANY_LEADS = range(2, 7)
# a box's label line before the stars ("Overall: 4 stars", "Gap Closing: 5 stars")
RE_STARS_LABEL_BEFORE = re.compile(r"(?:^|\n)[A-Z][\w'’ -]{0,30}:\s\Z")
STARS_LABEL_REACH = 36
# ... and the earlier rating bracketed after one in stars, the stars carried ("Overall: 4 stars
# (2024-25: 3.5)", "three stars (last year: 2.5)")
RE_STARS_BRACKETED_EARLIER = re.compile(
    r"(?:(?<=[Ss]tars\s)|(?<=[Ss]tar\s))\("
    r"(?:(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?|last\s+year|previous(?:\s+year)?|prior\s+year|before)"
    r":\s(?P<num>\d(?:\.5)?)(?=\))"
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
REPRODUCTION_LETTER = r"R(?<![\w.&'’-]R)(?:[ -](?:[Nn]umber|[Vv]alue|[Rr]ate)|(?P<bare>0|t|))"
REPRODUCTION_WORDS = r"[Rr](?<![\w-][Rr])eproduction\s+(?:[Nn]umber|[Rr]ate)"
REPRODUCTION_VALUE = (
    r"(?![\w&'’-])"
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
RE_REPRODUCTION_NUMBER = re.compile(rf"(?:{REPRODUCTION_LETTER}|{REPRODUCTION_WORDS}){REPRODUCTION_VALUE}")
# the same where "reproduction" stands nowhere in the text, so its second name cannot match: a
# pattern opening with the capital "R" alone, which the regex engine skips to, where the full one
# is tried at every "r" of the text
RE_REPRODUCTION_NUMBER_BY_LETTER = re.compile(rf"(?:{REPRODUCTION_LETTER}){REPRODUCTION_VALUE}")
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
    JURY_POINT: "judged score (unit: jury points)",
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


INDEX_POINT = "index point"
RATIO = "ratio"
RATIO_REACH = 200  # how far back a ratio's name is looked for, within the sentence
# a ratio and the word that names it ("bid-to-cover ratio"); not "ration", "rationing"
# (a study's "relative risk" is a ratio of two risks, read as one: "a relative risk of 1.47")
RE_RATIO = re.compile(r"(?:\b[a-z][\w'-]*\s+)?\bratios?\b|\brelative\s+risks?\b")
# the words before a bare number that make it a level an index reached ("closed at", "fell to",
# "reached 78", "touching 2,640", "a reading below 50", "forecasts of 94.7", "a gain of 120"),
# the index's own word right before it, as a box line gives it ("Performance index 87.6"), or the
# scale's top after "possible" ("87.6 of a possible 120")
INDEX_LEVEL_BEFORE = frozenset(
    "at to from of reach reached reaches reaching hit hits hitting touch touched touching above below under"
    " index possible".split()
)
# ... or the word after it that names a level on the index's scale ("above the 50 mark", "short
# of the 100 level", "broke through the 5,000 barrier")
RE_INDEX_LEVEL_AFTER = re.compile(r"\s+(?:mark|level|threshold|barrier)\b")


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


def tornado_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of a tornado (an "EF3" there is a rating)."""
    return sentence_names(sc, offset, TORNADO_WORDS)


def sky_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of a star, a planet or the night sky."""
    return sentence_matches(sc, offset, RE_SKY_WORDS)


def quake_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of an earthquake or its aftershocks."""
    return sentence_names(sc, offset, QUAKE_WORDS)


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


AVALANCHE_CUES = ("avalanche", "slide", "slope", "snowpack", "danger")


def avalanche_level_named(body: str, m: re.Match[str]) -> bool:
    """Whether a match of RE_AVALANCHE_DANGER names a level: "Level 3 (of 5)", or a number after
    "danger" or "risk" with "level" or "rating" before it or "out of 5" after it ("the danger is 3
    out of 5"; not "the risk was 2 times higher")."""
    if m.group("num2"):
        return True
    words = body[m.start() : m.start("num")].lower()
    return "level" in words or "rating" in words or RE_OUT_OF_FIVE.match(body, m.end()) is not None


def avalanche_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of avalanches, their slides or their danger."""
    return sentence_names(sc, offset, AVALANCHE_CUES)


def scale_level_measure(sc: Scanner, offset: int) -> str:
    """The measure of a level on a scale whose top is given (RE_LEVEL_OF_SCALE): an alert level
    where its sentence speaks of an alert, else a level on the scale the text names."""
    return ALERT_LEVEL if sentence_names(sc, offset, ALERT_CUES) else SCALE_LEVEL


def sheds_load(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around an offset speaks of load-shedding."""
    s_start, s_end = sc.sentence_bounds(offset)
    return bool(RE_LOAD_SHEDDING.search(sc.body, s_start, s_end))


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


# the heat-stress index named before the word "index" ("the wet-bulb globe temperature (WBGT)
# index", "the WBGT index"; late-carry8): a reading's scale, no market's (an air-quality index's
# earlier level, "up from 371", is still read as the market's bare level)
RE_READING_INDEX_BEFORE = re.compile(r"(?:globe\s+temperature|wbgt)\W{1,3}(?:\(\w+\)\s)?\Z")


def _reading_index(lower: str, found: re.Match[str]) -> bool:
    """Whether the index word `found` names the heat-stress reading's index (above)."""
    return found.group() == "index" and bool(
        RE_READING_INDEX_BEFORE.search(lower, max(0, found.start() - 30), found.start())
    )


def market_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` names a stock-market index ("the Hang Seng index"):
    its bare "points" are index points there, not percentage points."""

    def names_index(at: int) -> bool:
        s_start, s_end = sc.sentence_bounds(at)
        if any(
            not _reading_index(sc.lower, m)
            for m in _market_index_pattern().finditer(sc.lower, s_start, s_end)
        ):
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
    rf"(?:{N.ROUGH}\s+)?"
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


# An entitlement ratio of holdings ("one right for every two shares held", "one bonus share for
# every ten they own", "three new units for each five held"): a ratio, no figure for either term
# (rules, table 8, as "one in five adults"; p1054; late-kinds14)
RE_HELD_RATIO = re.compile(
    rf"\b(?P<a>\d{{1,3}}|{N.SMALL_WORD})\s+(?:[a-z-]+\s+){{1,2}}?for\s+(?:every|each)\s+(?P<b>\d{{1,3}}|{N.SMALL_WORD})"
    r"(?:\s+[a-z-]+){0,2}?\s+(?:held|owned|(?:they|you|he|she|we|it)\s+(?:own|owns|hold|holds|held|owned))\b",
    re.IGNORECASE,
)


def scan_held_ratios(sc: Scanner) -> None:
    """Both terms of an entitlement ratio of holdings (RE_HELD_RATIO) claimed as no figure."""
    if "for every" not in sc.lower and "for each" not in sc.lower:
        return
    for m in RE_HELD_RATIO.finditer(sc.body):
        if sc.free(m.start("a"), m.end("a")) and sc.free(m.start("b"), m.end("b")):
            sc.claim(m.start("a"), m.end("a"))
            sc.claim(m.start("b"), m.end("b"))


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
    rf"(?:(?:{N.ROUGH_COUNT}|just|only|over|under|more\s+than|less\s+than)\s+)?\Z"
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
SCORE_HEDGE = rf"(?:(?:{N.ROUGH}|just|only|at\s+least|more\s+than|less\s+than)\s+)?"
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


# ... and the points that reading moved, right after it ("scored 71.4 out of 100, up 3.2 points on
# last year", "6.8 out of 10 in the survey, down 0.4 points"): the same scale's points, not a count
RE_TOP_MOVE_BEFORE = re.compile(
    r"\d\s+out\s+of\s+(?:5|10|100|five|ten)(?:\s+(?:in|on|for)(?:\s+[\w'’-]+){1,3})?,\s+(?:up|down)\s+(?:by\s+)?\Z"
)
TOP_MOVE_REACH = 64  # characters before the points read for the reading, its top and where it was given


def moved_after_top(sc: Scanner, start: int) -> bool:
    """Whether the points at `start` move a reading stated against its scale's top (above)."""
    return RE_TOP_MOVE_BEFORE.search(sc.body, max(0, start - TOP_MOVE_REACH), start) is not None


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
    if noun != "rating" and sport_besides_score(sc):
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


def sport_besides_score(sc: Scanner) -> bool:
    """Whether the text speaks of sport (percent_points.SPORT_CUES) in a word other than "score" (and
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
# takes the unit of the points before it, as any bare number does (carry_over.carry_units).
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


# a level named as safe, normal or required after a count of a noun in its sentence ("stocks stood at
# 1,184 bags, against a safe level of 2,100"): the level of that count, in its noun, not an index's
RE_COUNTED_LEVEL_BEFORE = re.compile(
    r"\b(?:safe|normal|minimum|required|target|healthy|comfortable|critical)\s+(?:levels?|stocks?)\s+of\s+\Z"
)
COUNTED_LEVEL_REACH = 40  # characters before the number read for the level's name


def _counted_level(sc: Scanner, start: int) -> bool:
    """Whether a bare number is a level named after a count of a noun in its sentence (above)."""
    last = sc.last_count
    return (
        last is not None
        and last.end > last.core[1]  # the count names its noun
        and sc.sentence_bounds(start)[0] <= last.start < start
        and RE_COUNTED_LEVEL_BEFORE.search(sc.lower, max(0, start - COUNTED_LEVEL_REACH), start) is not None
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
    if _counted_level(sc, start):
        return False  # "stood at 1,184 bags, against a safe level of 2,100": bags, not index points
    if before[-1].lower() not in INDEX_LEVEL_BEFORE and not (
        before[-1].lower() == "the" and end >= 0 and RE_INDEX_LEVEL_AFTER.match(sc.body, end)
    ):
        return False
    return market_sentence(sc, start)
