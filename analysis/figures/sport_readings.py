"""Sport readings: race distances ("the men's 1,500m", "a 5k race", "the Derby (2500m)", "with
300m to go"), field marks, and sport's own readings (averages, relay legs, par, stones, judged and
review scores, benchmark scores) with the stages they share a scan with."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import currencies
from ..vocab import BENCHMARK_NAMES, MONTHS
from . import numbers as N
from .figure import Figure, Value
from .numbers import NUM
from .unit_readings import METRES_FOLLOWERS, label, quantity_subject
from .words import sentence_fact, sentence_matches, sentence_names, text_fact

if TYPE_CHECKING:
    from ..extract import Scanner

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
# an apprentice jockey's claim, the weight off the horse's load, in brackets after the rider's name
# on a card ("F. Zainal (a2)", "K. Lee (a1.5)", as Asian and Australian cards print it): kilograms
# in a text about a horse race that weighs in kilograms (late-units14)
RE_APPRENTICE_CLAIM = re.compile(r"(?<=[A-Za-z] )\(a(?P<num>[1-4](?:\.5)?)\)")
TRACK_RATING_CUES = ("track", "race", "going", "jockey", "barrier")


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


def field_mark(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a number glued to "m" is a field event's mark (see above)."""
    return (
        RE_MARK_NUMBER.fullmatch(m.group("num")) is not None
        and RE_MARK_END.match(sc.body, m.end("num")) is not None
        and sc.body[m.start() - 1 : m.start()] not in currencies.sign_words()  # not "$8.14m"
        and sentence_names(sc, m.start(), FIELD_EVENT_CUES)
    )


def race_distance(sc: Scanner, number: str, start: int) -> bool:
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


def course_point(sc: Scanner, m: re.Match[str]) -> bool:
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
    return horse_racing(sc) or point and _speaks_of_racing(sc, start)


def horse_racing(sc: Scanner) -> bool:
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


def road_race(sc: Scanner, number: str, start: int, end: int) -> bool:
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
