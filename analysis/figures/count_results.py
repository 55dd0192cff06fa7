"""Count results: sports results and ratios: results lines, league logs and tables, goals and
behinds, team stat pairs, score pairs and "N in M" ratios (in_ratio)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..reading import RE_RESULT, may_hold_results
from . import numbers as N
from . import scale_readings
from .count_rates import one_rate_noun_end, sport_record
from .counted_units import count_in_sentence_before, count_unit_after
from .figure import Figure
from .person_nouns import (
    RE_NOUN_RATIO_BEFORE,
    RE_ONE_NOUN_FOR_EVERY,
    RE_PER_ROUND_BASE,
    RE_RATIO_BEFORE,
    RESULT_NOUNS,
    SMALL,
    TEAM_STAT_LABEL_WORDS,
)
from .words import LABEL_LINE_OPENING, sentence_fact

if TYPE_CHECKING:
    from ..extract import Scanner

# (a decimal before "out of" is a reading on a scale whose top follows: "fell to 7.1 out of 10"; the
# top is no figure, and the decimal no ratio's term, as a count of things has no decimals)
RE_AGE_BEFORE = re.compile(r"\b(?:aged|ages? of)\s+\Z", re.IGNORECASE)  # a number that is an age
RE_RATIO_AFTER = re.compile(rf"\s+(?:in|out of)\s+(?:every\s+)?(?P<m>{SMALL})", re.IGNORECASE)
# ("one in every 23 drivers": "every" changes nothing)
# "one train in six", "one adult in five": "one" and a singular noun, then the ratio's other term
RE_ONE_NOUN_RATIO_AFTER = re.compile(rf"\s+[a-z]+(?<!s)\s+(?:in|out of)\s+(?:every\s+)?(?P<m>{SMALL})")
RE_ONE_NOUN_RATIO_BEFORE = re.compile(
    r"(?<![\w.,])(?:one|1)\s+[a-z]+(?<!s)\s+(?:in|out of)\s+(?:every\s+)?\Z", re.IGNORECASE
)
# "two samples in three fail", "nine patients in 10 recovered": a number and its plural noun, then
# the ratio's other term with no noun of its own after it: a stop, a verb of the auxiliaries and
# of saying, failing and surviving, or a past tense ("two goals in three games" counts goals and
# games, "two deaths in three years" is a span, "two suspects in three separate cases" counts)
RE_NOUN_RATIO_AFTER = re.compile(rf"\s+[a-z]{{3,}}s\s+(?:in|out of)\s+(?P<m>{SMALL})")
RE_RATIO_TAIL = re.compile(
    r"(?:[.,;:!?)]|\s*\Z|\s+(?:are|were|is|was|say|said|says|have|had|has|do|did|will|would|could|can|may"
    r"|might|should|must|fail|die|survive|agree|think|believe|want|support|oppose|use|live|own|[a-z]{2,}ed"
    # a negation or an adverb before the verb ("cannot swim", "now pay"), or a verb a poll or a
    # survey reports of its share ("back the plan", "lack heating", "expect higher costs")
    r"|cannot|can't|can’t|don't|don’t|do\s+not|didn't|didn’t|won't|won’t|never|now|still|also|already"
    r"|only|back|favou?r|prefer|lack|expect|plan|need|pay|earn|rent|admit|report|struggle|feel|fear"
    r"|worry|trust|approve|disapprove|vote|choose|get|go|work|skip|miss|face|see|know|like|read|buy"
    r"|recover|return|remain|stay|leave|lose|win|pass|drop|quit|end|finish|test|suffer|go|come)\b)"
)
# the one of a ratio whose other term is written with thousands separators ("1 in 45,057,474",
# "1 in every 2,500 births"): a term too large for SMALL, as the word "one" before it already reads
RE_ONE_IN_GROUPED = re.compile(r"\s+in\s+(?:every\s+)?\d{1,3}(?:,\d{3})+(?![\d,.]\d)")
RATIO_TERM_MAX = 10  # the other term of such a ratio is small ("in three", "in 10")
# ... but "N times out of M" is a frequency whatever M ("19 times out of 20", a poll's accuracy;
# "nine times out of ten"): occasions are never counted out of a whole, so neither term is a count
# ("it happened 19 times in 20 years" counts times, then years)
RE_TIMES_OUT_OF = re.compile(r"\s*times\s+out\s+of\s", re.IGNORECASE)


RE_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b")


def _ratio_term_max(ratio: str) -> int:
    """The largest other term a noun's ratio may have: RATIO_TERM_MAX, any for "times out of"."""
    return 999 if RE_TIMES_OUT_OF.match(ratio) else RATIO_TERM_MAX


def _ratio_tail(body: str, end: int, ratio: str) -> bool:
    """Whether a noun's ratio ends at `end` (RE_RATIO_TAIL); after "times out of M" anything but
    a plural noun M counts ("nine times out of ten the bus is late", not "12 times out of 40 starts")."""
    if RE_TIMES_OUT_OF.match(ratio):
        return not RE_PLURAL_NOUN_AFTER.match(body, end)
    return bool(RE_RATIO_TAIL.match(body, end))


RATIO_WORD_ENDS = frozenset("nNfFyY")  # the last letters of "in", "out of" and "every", in any case


# measures' "scored", "rated it" before a reading, in any case
RE_RATED_BEFORE = re.compile(scale_readings.RE_SCORED_BEFORE.pattern, re.IGNORECASE)


def _small_value(text: str) -> float:
    if "." in text:
        return float(text)  # a reading before "out of" (see RE_RATIO_BEFORE)
    return int(text) if text[0].isdigit() else N.parse_word_number(text)


def _ratio_word_may_follow(body: str, end: int) -> bool:
    """Whether white space, then "in" or "out of" (any case), may follow `end`: a cheap test that
    RE_RATIO_AFTER needs (a letter outside ASCII, or a long gap, is left to the pattern)."""
    window = body[end : end + 8]
    rest = window.lstrip()
    return window[:1].isspace() and (not rest or rest[0] in "iIoO" or not rest[0].isascii())


def in_ratio(body: str, start: int, end: int, number: str) -> bool:
    """Whether the number `number` at start..end is a term of a ratio "N in M" or "N out of M" (N < M),
    or the "one" of "one (for) every M"."""
    if body.startswith(("-in-", "‑in‑"), end):
        return True  # "a 1-in-100-year flood", "odds of 1-in-5": a ratio's term joined by hyphens
    if number.lower() in ("one", "1") and body.startswith((" every ", " for every "), end):
        return True  # "one every 2.5 kilometres", "one for every 15 square kilometres": a rate's term
    if number == "1" and RE_ONE_IN_GROUPED.match(body, end, end + 40):
        return True  # "odds of 1 in 45,057,474", "1 in 2,500 children": a ratio's one, any size of the other
    if number.lower() in ("one", "1") and RE_ONE_NOUN_FOR_EVERY.match(body, end, end + 40):
        # "one midwife for every 5,200 women": the rate's one, the number after it counts; but "one
        # death per 100,000 people" is a rate of one, its round base no figure
        return one_rate_noun_end(body, end) < 0
    if (
        body.startswith(" out of ", end)
        and scale_readings.RE_OUT_OF_TOP.match(body, end)
        and ("." in number or RE_RATED_BEFORE.search(body, max(0, start - 14), start))
    ):
        return False  # "fell to 7.1 out of 10", "rated it 8 out of 10": a reading on a scale, no ratio's term
    after = RE_RATIO_AFTER.match(body, end) if _ratio_word_may_follow(body, end) else None
    if after is not None and "." in number and RE_PER_ROUND_BASE.match(body, end, end + 60):
        return False  # "arrears on 4.2 in every 100 mortgages": decimals per a round base, a rate
    if after is not None and sport_record(body, start, after.end()):
        return False  # "has 9 in 14 matches": a player's goals and games, two counts
    if after is None and number.lower() in ("one", "1"):
        after = RE_ONE_NOUN_RATIO_AFTER.match(body, end, end + 40)
    if (
        after is None
        and (" in " in body[end : end + 40] or " out of " in body[end : end + 44])
        and (noun_ratio := RE_NOUN_RATIO_AFTER.match(body, end, end + 40)) is not None
    ):
        m_value = _small_value(noun_ratio.group("m"))
        if (
            m_value <= _ratio_term_max(noun_ratio.group())
            and _ratio_tail(body, noun_ratio.end(), noun_ratio.group())
            and noun_ratio.group().split()[0] not in RESULT_NOUNS
        ):
            after = noun_ratio
    if after and N.parse_amount(number) < _small_value(after.group("m")):
        return True
    lead = body[max(0, start - 30) : start].rstrip()
    if (
        not body[start - 1 : start].isspace()
        or lead[-1:] not in RATIO_WORD_ENDS
        and not lead.endswith(" every")
    ):
        return False  # no "in" or "out of" right before the number
    before = RE_RATIO_BEFORE.search(body, max(0, start - 30), start)
    if before is not None and sport_record(body, before.start(), end):
        return False  # the games of "has 9 in 14 matches"
    if before is None:  # "one adult in five": 1 is the other term
        if RE_ONE_NOUN_RATIO_BEFORE.search(body, max(0, start - 30), start):
            return N.parse_amount(number) > 1
        before = RE_NOUN_RATIO_BEFORE.search(body, max(0, start - 40), start)
        if (
            before is None
            or before.group().split()[1] in RESULT_NOUNS
            or N.parse_amount(number) > _ratio_term_max(before.group()[len(before.group("n")) :])
            or not _ratio_tail(body, end, before.group()[len(before.group("n")) :])
        ):
            return False
    if RE_AGE_BEFORE.search(body, max(0, before.start() - 12), before.start()):
        return False  # "pupils under the age of nine in 30 schools": an age, then a count
    if before.groupdict().get("n") and RE_FOR_PAIR_BEFORE.search(
        body, max(0, before.start("n") - 10), before.start("n")
    ):
        return False  # "were 212 for 6 in 40 overs": a cricket score's wickets, then the overs counted
    return _small_value(before.group("n")) < N.parse_amount(number)


# a cricket score or bowling figures: "198 for six", "5 for 48" (runs for wickets, wickets for
# runs; one of the two is at most 10), with no noun after either (rules, table 8: scores)
RE_FOR_PAIR_AFTER = re.compile(rf"\s+for\s+(?P<m>\d{{1,3}}|{N.WORD_NUMBER})(?![\w-]|[.,]\d)", re.IGNORECASE)
# (an amount after a currency's sign is a price, no side of a score: "about £60 for two")
RE_FOR_PAIR_BEFORE = re.compile(r"(?<![\w.,$£€¥₹₦])(?P<n>\d{1,3})\s+for\s+\Z")
SCORE_PAIR_MAX = 10  # the wickets of a cricket score
# ... but "went 3 for 7 on the power play", "was 3 for 4 at the plate", "1 for 9 from 3-point
# range": what a team or a player made of what it tried, as North American sports copy writes it
# (two counts, as "15 of 22 from the field"), told by what follows the pair in its sentence, or by
# the sentence before when the pair ends its own ("Calgary was 1 for 3.")
RE_MADE_OF_TRIED_CUE = re.compile(
    r"\s+(?:on\s+(?:the\s+|their\s+|its\s+|his\s+)?power[- ]plays?|with\s+the\s+man\s+advantage"
    r"|on\s+(?:the\s+)?penalty\s+kills?|at\s+the\s+plate|with\s+runners\s+(?:in\s+scoring\s+position|on(?:\s+base)?)"
    r"|from\s+the\s+(?:field|floor|free[- ]throw\s+line|foul\s+line|line)"
    r"|from\s+(?:3|three)-point\s+range|from\s+beyond\s+the\s+arc|from\s+deep)\b",
    re.IGNORECASE,
)
RE_PAIR_ENDS_SENTENCE = re.compile(r"\.(?:\s|$)")
# ... or by "went" right before it ("Ruiz went 2 for 3 with a double"): a player's line; a cricket
# side's score is "were", "at" or "to" N for M, never "went" N for M
RE_WENT_BEFORE = re.compile(r"\b(?:went|goes|going)\s+\Z")
MADE_OF_TRIED_CUE_REACH = 200  # how far back the sentence before may name the cue


def in_score_pair(sc: Scanner, start: int, end: int, number: str) -> bool:
    """Whether the number `number` at start..end is one term of a score "N for M" (see above)."""
    body = sc.body
    if not number.isdigit() and not number.isalpha():
        return False  # "5.9", "1,200": no term of a score
    if body.startswith(" for ", end):
        pair = RE_FOR_PAIR_AFTER.match(body, end, end + 30)
        if pair is None or not number.isdigit():
            return False
        low, high, last_end = N.parse_amount(number), _small_value(pair.group("m")), pair.end()
        first = start
    elif body.endswith(" for ", 0, start):
        pair = RE_FOR_PAIR_BEFORE.search(body, max(0, start - 10), start)
        if pair is None or any(
            fig.kind == "money" for fig in sc.figures_ending_in(pair.end("n"), pair.end("n"))
        ):
            return False  # (an amount after a letter sign is a price too: "Rs 100 for five")
        low, high, last_end = int(pair.group("n")), N.parse_amount(number), end
        first = pair.start("n")
    else:
        return False
    unit, _, head, _ = count_unit_after(sc, last_end)
    if low <= high and (
        _made_of_tried(sc, start, last_end) or RE_WENT_BEFORE.search(body, max(0, first - 8), first)
    ):
        return False
    return min(low, high) <= SCORE_PAIR_MAX and not unit and not head


def _made_of_tried(sc: Scanner, start: int, end: int) -> bool:
    """Whether a pair "N for M" ending at `end` is what was made of what was tried (see above)."""
    body = sc.body
    if RE_MADE_OF_TRIED_CUE.match(body, end, end + 40):
        return True
    if not RE_PAIR_ENDS_SENTENCE.match(body, end):
        return False
    s_start, _ = sc.sentence_bounds(start)
    window = body[max(0, s_start - MADE_OF_TRIED_CUE_REACH) : s_start]
    return RE_MADE_OF_TRIED_CUE.search(window) is not None


# Australian rules football writes a score as goals and behinds, the points in brackets after
# them ("Carlton 12.11 (83) d Essendon 9.14 (68)"): a goal is worth six points and a behind one,
# so the bracketed total is six times the goals plus the behinds (a check no other number with a
# bracketed one passes by chance: "rose 4.2 (3.9)", "a 1.5 (2) rating"). A score is a pair read
# together with its total (rules, table 8: scores; as Gaelic football's "1-16"): no row.
RE_GOALS_BEHINDS = re.compile(r"(?<![\w.,$£€])(\d{1,2})\.(\d{1,2})\s?\((\d{1,3})\)")
# ... and where a text holds such a score, a bare tally of goals and behinds elsewhere in it
# ("booted 5.3 to 2.4", "a sloppy 2.6 opening", "4.5 before the break"): the decimal with no
# unit, percent, sign or counted noun after it, only a stop, a preposition or a period of play
RE_GOALS_BEHINDS_TALLY = re.compile(
    r"(?<![\w.,$£€+-])\d{1,2}\.\d{1,2}(?![\w%-]|[.,]\d)"
    r"(?=\s*[,.;:)!?](?!\d)|\s*\Z|\s+(?:to|in|at|and|from|for|against|after|before|until|with|"
    r"start|quarter|term|half|finish|opening)\b)"
)
GOALS_PER_POINTS = 6  # a goal's points (a behind scores one)
# ... and such a tally right after a verb of kicking, in any text ("the Swans kicked 4.3 in the last
# term"): a decimal count of kicks has a noun ("kicked 2.5 goals a game")
RE_KICKED_BEFORE = re.compile(r"\bkick(?:ed|ing|s)?\s\Z", re.IGNORECASE)


def scan_goals_behinds(sc: Scanner) -> None:
    """Claim Australian rules football scores in goals and behinds, their bracketed totals and,
    in a text holding such a score or after a verb of kicking, bare goals-and-behinds tallies: no
    row (see above)."""
    body = sc.body
    kicked = "kick" in sc.lower
    if "(" not in body and not kicked:
        return
    # a score and a tally are a decimal with one or two digits before the point: the cheap test first
    decimals = [pos for pos in sc.digits if "." in body[pos + 1 : pos + 3]]
    found = False
    for pos in decimals if "(" in body else ():
        m = RE_GOALS_BEHINDS.match(body, pos)
        if m is None:
            continue
        goals, behinds, total = (int(m.group(i)) for i in (1, 2, 3))
        if goals * GOALS_PER_POINTS + behinds == total and sc.free(m.start(), m.end()):
            sc.claim(m.start(), m.end())
            found = True
    if found or kicked:
        for pos in decimals:
            m = RE_GOALS_BEHINDS_TALLY.match(body, pos)
            if (
                m is not None
                and sc.free(m.start(), m.end())
                and (found or RE_KICKED_BEFORE.search(body, max(0, pos - 8), pos))
            ):
                sc.claim(m.start(), m.end())


# A results line (reading.RE_RESULT): the two numbers of a final score are a pair read together
# (rules, table 8): claimed, no row.
def scan_results_lines(sc: Scanner) -> None:
    """Claim the two numbers of each final score in a results line (RE_RESULT): no row."""
    body = sc.body
    if not may_hold_results(body):  # the cheap test first
        return
    for m in RE_RESULT.finditer(body):
        if sc.free(m.start("n1"), m.end("n1")) and sc.free(m.start("n2"), m.end("n2")):
            sc.claim(m.start("n1"), m.end("n1"))
            sc.claim(m.start("n2"), m.end("n2"))


# A league log's entry: a team and its matches played, won, drawn and lost and its points, each
# figure glued to or spaced from its column's letters ("Hornets P17 Pts38", "India P5 W4 L1 Pts8",
# "Yanga (Pld 12, Pts 30)"): one `count` row each (rules, table 4: matches and points are sport
# statistics). An entry needs its points and its matches played; a goal difference ("GD +14") is
# claimed with no row (a difference of two counts, signed).
LOG_COLUMNS = {
    "P": "matches played by",
    "Pld": "matches played by",
    "Pl": "matches played by",
    "GP": "matches played by",
    "W": "matches won by",
    "D": "matches drawn by",
    "L": "matches lost by",
    "Pts": "league points of",
    "GD": "",
}
PLAYED_COLUMNS = frozenset(col for col, name in LOG_COLUMNS.items() if name == "matches played by")
LOG_COLUMN = rf"(?:{N.alternation(LOG_COLUMNS)})"
RE_LOG_STAT = re.compile(rf"(?<![\w.])(?P<col>{LOG_COLUMN}) ?(?P<num>[+-]?\d{{1,3}})(?![\w.%])")
LOG_WORD = rf"(?!{LOG_COLUMN} ?[+-]?\d)[A-Za-z][\w'’.&-]*"  # in any case: a headline-style line is lowered
LOG_TEAM = rf"{LOG_WORD}(?: {LOG_WORD}){{0,3}}"
RE_LOG_ENTRY = re.compile(
    rf"(?:^|(?<=\n)|(?<=: )|(?<=; )|(?<=, ))(?P<team>{LOG_TEAM}) \(?(?P<stats>(?:{LOG_COLUMN} ?[+-]?\d{{1,3}}(?:,? |\)|(?=[;.\n]|\Z)))+)"
)
RE_LOG_HINT = re.compile(r"\bPts(?:\b|\d)")


def _log_columns(columns: set[str]) -> bool:
    """Whether a league log's columns hold its points and its matches played (an entry needs both)."""
    return "Pts" in columns and not PLAYED_COLUMNS.isdisjoint(columns)


def _log_stat(sc: Scanner, start: int, core: tuple[int, int], name: str, team: str) -> None:
    """Claim a league log's figure at `core`, and add its `count` row when its column is named
    (`name`, as "matches played by"; a goal difference's is "": no row)."""
    sc.claim(*core)
    if name:
        sc.add(Figure(start, core[1], core, int(sc.body[slice(*core)]), "count", "count", f"{name} {team}"))


def scan_league_log(sc: Scanner) -> None:
    """League log entries (RE_LOG_ENTRY): a `count` row per column figure, subject the column and team."""
    body = sc.body
    if "Pts" not in body or RE_LOG_HINT.search(body) is None:  # the cheap tests first
        return
    if "\n" in body:
        scan_log_tables(sc)
    for m in RE_LOG_ENTRY.finditer(body):
        stats = list(RE_LOG_STAT.finditer(body, m.start("stats"), m.end("stats")))
        if not _log_columns({s.group("col") for s in stats}):
            continue
        if not all(sc.free(s.start("num"), s.end("num")) for s in stats):
            continue
        team = m.group("team")
        team = team[:1].upper() + team[1:]  # "hornets" of a lowered headline-style line
        for s in stats:
            _log_stat(sc, s.start(), s.span("num"), LOG_COLUMNS[s.group("col")], team)


# ... and a league table set in lines: a head line of column letters ("Team P W D L Pts", "Pos
# Club Pld W D L GD Pts") and under it one line per team, its figures in those columns ("Arsenal
# 12 8 2 2 26", "1 Celtic 15 13 1 1 +29 40"): a `count` row per figure as in an entry above; a
# position before the team is a rank and a goal difference a signed difference (claimed, no row).
LOG_TABLE_COLUMNS = {
    **LOG_COLUMNS,
    "F": "goals scored by",
    "A": "goals conceded by",
    "GF": "goals scored by",
    "GA": "goals conceded by",
}
RE_LOG_HEAD = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?P<pos>Pos\.?[ \t]+)?(?:Team|Club|Side)?[ \t]*"
    rf"(?P<cols>(?:(?:{N.alternation(LOG_TABLE_COLUMNS)})(?:[ \t]+|(?=\n)|\Z)){{3,}})(?=\n)"
)
RE_LOG_ROW = re.compile(
    r"[ \t]*(?P<pos>\d{1,2}\.?[ \t]+)?(?P<team>[A-Z][\w'’.&-]*(?: [A-Za-z][\w'’.&-]*)*)[ \t]+"
    r"(?P<nums>[+-]?\d{1,3}(?:[ \t]+[+-]?\d{1,3})+)[ \t]*(?=\n|\Z)"
)
RE_LOG_NUMBER = re.compile(r"[+-]?\d{1,3}")


def scan_log_tables(sc: Scanner) -> None:
    """League tables set in lines under a head of column letters (RE_LOG_HEAD, RE_LOG_ROW)."""
    body = sc.body
    for head in RE_LOG_HEAD.finditer(body):
        columns = head.group("cols").split()
        if not _log_columns(set(columns)):
            continue
        at = head.end() + 1
        while (row := RE_LOG_ROW.match(body, at)) is not None:
            numbers = list(RE_LOG_NUMBER.finditer(body, row.start("nums"), row.end("nums")))
            if len(numbers) != len(columns) or not all(sc.free(*n.span()) for n in numbers):
                break
            if row.group("pos"):
                sc.claim(row.start("pos"), row.end("pos"))
            for column, n in zip(columns, numbers, strict=True):
                _log_stat(sc, n.start(), n.span(), LOG_TABLE_COLUMNS[column], row.group("team"))
            at = row.end() + 1


# A yard line in American football copy: "the" (or "its own", "the Dallas", "the Bears'") and a
# number up to 50 after a word of where the ball goes or stands ("from the 35", "to the Eagles'
# 12", "inside the 10", "at its own 20"), with no noun after it, in a sentence or after one that
# speaks of the game: a numbered position on the field, no quantity (rules, table 8: numbered
# positions); "from the 35 members" counts members, "to the 12 finalists" counts finalists.
RE_FIELD_POSITION_BEFORE = re.compile(
    r"\b(?:from|to|at|inside|on|near|reached|past|across|into)\s+(?:the|its|his|their)\s+"
    r"(?:own\s+|[A-Z][\w.]*(?:['’]s?)?\s+)?\Z"
)
RE_FIELD_POSITION_AFTER = re.compile(
    r"(?:\s*[.,;:)]|\s+(?:and|or|with|before|after|on|in|for|to|where)\b|[ -]yard[ -]line\b)"
)
FOOTBALL_CUES = (
    *("touchdown", "field goal", "punt", "kickoff", "kick", "fumble", "interception", "quarterback"),
    *("end zone", "first down", "yard", "snap", "sacked", "drive"),
)
FIELD_POSITION_REACH = 40  # characters before the number read for the preposition and "the"


def field_position(sc: Scanner, start: int, end: int) -> bool:
    """Whether the number at start:end is a yard line (see above)."""
    text = sc.body[start:end]
    if not text.isdigit() or not 1 <= int(text) <= 50 or not start or not sc.body[start - 1].isspace():
        return False
    if (
        "the " not in sc.body[max(0, start - FIELD_POSITION_REACH) : start]
        and " own " not in sc.body[max(0, start - 6) : start]
    ):
        return False  # the cheap test before the patterns: no "the" (or "its own") before it
    if not RE_FIELD_POSITION_AFTER.match(sc.body, end):
        return False
    if not RE_FIELD_POSITION_BEFORE.search(sc.body, max(0, start - FIELD_POSITION_REACH), start):
        return False
    s_start, _ = sc.sentence_bounds(start)
    p_start, _ = sc.sentence_bounds(max(0, s_start - 2))
    return sentence_fact(sc, "football", start, lambda _: _names_football(sc.lower, p_start, start))


def _names_football(lower: str, start: int, end: int) -> bool:
    """Whether the text between start and end holds a word of American football (FOOTBALL_CUES)."""
    return any(lower.find(cue, start, end) >= 0 for cue in FOOTBALL_CUES)


# A fact box's line of a game's statistic given as the two teams' figures alone ("Shots on target:
# 6-3", "Corners: 7-5"): two counts, one per team (rules, table 4), not a scoreline (the line names
# the statistic, and a score has no such label; "Goals: 2-1", "Points: 21-14" are the score itself)
TEAM_STAT_PAIR_WORDS = "|".join(
    w for w in TEAM_STAT_LABEL_WORDS.split("|") if w not in ("points", "goals", "tries", "conversions")
)
RE_TEAM_STAT_PAIR_LINE = re.compile(
    rf"{LABEL_LINE_OPENING}(?P<label>(?:[A-Za-z]+[ \t]+){{0,3}}"
    rf"(?i:{TEAM_STAT_PAIR_WORDS})(?:[ \t]+(?:on|off)[ \t]+target)?):[ \t]*"
    r"(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?=[ \t]*(?:\n|\Z))"
)
# what every match of it holds, found fast from its colon (the line pattern is tried at every character)
RE_TEAM_STAT_PAIR_HINT = re.compile(r":[ \t]*\d{1,3}[-–]\d")


def scan_team_stat_pairs(sc: Scanner) -> None:
    """Two counts per fact-box line of a statistic per team written "N-M" (RE_TEAM_STAT_PAIR_LINE)."""
    if RE_TEAM_STAT_PAIR_HINT.search(sc.body) is None:
        return
    for m in RE_TEAM_STAT_PAIR_LINE.finditer(sc.body):
        if not sc.free(m.start("a"), m.end("b")):
            continue
        sc.claim(m.start("a"), m.end("b"))
        label = m.group("label").lower()
        for group in ("a", "b"):
            s, e = m.span(group)
            sc.add(Figure(m.start("label"), m.end("b"), (s, e), int(m.group(group)), "count", "count", label))


# "before winning the next three", "won the first two, lost the last four": a number word ending its
# clause after "the next", "the first", "the last" or "the final" counts the games, sets, maps or
# rounds of a series the sentence plays (a verb of winning or losing before it); "the first two
# were arrested" goes on with a verb, and "the next three years" names its noun
RE_SERIES_PART_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|loses|losing|took|taking|dropped|dropping|swept|sweeping)"
    r"\s+the\s+(?:next|first|last|final|remaining)\s+\Z"
)
RE_SERIES_PART_END = re.compile(r"(?:[,.;:)!?]|\s+(?:and|but|before|after|to|in|on|for|with)\b)")


def set_of_games_ended(body: str, start: int, end: int) -> bool:
    """Whether a number word counts the games, sets, maps or rounds of a series won or lost
    (RE_SERIES_PART_BEFORE) and ends its clause."""
    return (
        RE_SERIES_PART_END.match(body, end, end + 8) is not None
        and RE_SERIES_PART_BEFORE.search(body, max(0, start - 40), start) is not None
    )


# A number word that closes a tally of bare counts after a comma or "and", before the verb of its
# part ("57 closed higher, 23 closed lower and nine were flat"; "49 passed, 20 lapsed and six were
# withdrawn"): it counts what the digits before it count.
RE_TALLY_ITEM_AFTER = re.compile(r"\s+(?:were|was|remained|stayed|held|closed|ended|finished)\b")
RE_TALLY_ITEM_BETWEEN = re.compile(r"\s+[a-z][a-z ]*?(?:,|\s+and)\s+")
TALLY_ITEM_GAP = 40  # the most characters between the count before and the number word


def tally_item(sc: Scanner, start: int, end: int) -> Figure | None:
    """The bare count before a number word that closes its tally (above), or None."""
    last = sc.last_count
    body = sc.body
    if (
        last is None
        or last.end != last.core[1]  # the count before names its own noun
        or start - last.end > TALLY_ITEM_GAP
        or not RE_TALLY_ITEM_AFTER.match(body, end, end + 12)
        or not count_in_sentence_before(sc, start)
    ):
        return None
    return last if RE_TALLY_ITEM_BETWEEN.fullmatch(body, last.end, start) else None


# "slipped out of the top six.", "a place in the top eight and": a number word ending its clause after
# "the top" or an owner's "top" ("THE SEASON'S TOP TEN" over a ranked list; late-kinds11) counts the
# places of a table or a ranking (as "the top 10" does in digits); "the top
# three were arrested" goes on with a verb, "the top five clubs" names its noun
RE_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")  # ... or a heading's line ending after it
RE_TOP_PLACES_BEFORE = re.compile(r"\b(?:[Tt]he|[A-Za-z]+['’]s)\s+top\s+\Z")


# ... and so does "TOP" and a number word ending a box's head line after up to three words, the
# chart's year or a bracket after them ("HANBIT TOP FIVE, 2026", "WEEKEND TOP FIVE (India nett)";
# late-units13)
RE_TOP_HEAD_BEFORE = re.compile(r"(?:\A|\n)(?:[A-Z][\w'’-]*\s+){0,3}(?i:top)\s+\Z")
RE_TOP_HEAD_END = re.compile(r"(?:,\s*\d{4}|\s*\()?[ \t]*(?:\n|\Z|\()")
TOP_HEAD_REACH = 60  # characters before the number read for its head line's words


def top_places(body: str, start: int, end: int) -> bool:
    """Whether a number word after "the top" ends its clause (RE_TOP_PLACES_BEFORE), or after a
    box head's "TOP" (RE_TOP_HEAD_BEFORE): places counted."""
    if RE_TOP_HEAD_END.match(body, end) is not None and (
        RE_TOP_HEAD_BEFORE.search(body, max(0, start - TOP_HEAD_REACH), start) is not None
    ):
        return True
    return (
        RE_SERIES_PART_END.match(body, end, end + 8) or RE_LINE_END.match(body, end, end + 8)
    ) is not None and RE_TOP_PLACES_BEFORE.search(body, max(0, start - 24), start) is not None
