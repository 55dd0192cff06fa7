"""Reading copies of an article: same-length copies of its body (same offsets, sentences and
furniture) in which copy set out otherwise than as prose reads as prose, so that the scans find its
figures as they find them in running text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from . import currencies, measures
from .article import TITLE_CASE_MIN_WORDS, Article, in_title_case, line_dateline_end, soft_wraps
from .letters import ascii_view
from .vocab import (
    ABBREVIATIONS,
    APPROX_WORDS,
    CHANGE_WORDS,
    FORECAST_LABELS,
    FUNCTION_WORDS,
    HEADLINE_OBJECT_VERBS,
    LINE_WRAP_WORDS,
    MONTHS,
    NAME_WORDS,
    PEOPLE_VERBS,
    SCALE_ABBREVIATIONS_MONEY_ONLY,
    SCALE_WORDS,
    STREET_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    WEEKDAYS,
)

# The three letters a regex's IGNORECASE takes for an ASCII letter that str.lower does not lower to
# it: "İ" (U+0130, the Turkish capital I with a dot: "İzmir", or every I of a text a program set in
# capitals in a Turkish locale, "FİVE MİLLİON"), which str.lower turns into two characters ("i" and
# a combining dot), so that a lower-case copy of the text no longer keeps its offsets; "ı" (U+0131,
# the dotless i of a Turkish-locale lower case, "40 mınutes") and "ſ" (U+017F, the long s of old
# print, "40 ſeconds"), which str.lower keeps, so that a word matched case-blind ("mınutes" matches
# "minutes") is no key of its table when lowered. Each is read as the plain letter.
CASE_BLIND_LETTERS = {"\u0130": "I", "\u0131": "i", "\u017f": "s"}
PLAIN_LETTERS = str.maketrans(CASE_BLIND_LETTERS)


def plain_letters(article: Article) -> Article:
    """The article with "İ", "ı" and "ſ" read as "I", "i" and "s" (same offsets; above)."""
    if not any(letter in article.body for letter in CASE_BLIND_LETTERS):
        return article  # (a text of Latin-1 characters alone is known to hold none without a scan)
    return article.with_body(article.body.translate(PLAIN_LETTERS))


def unwrapped(article: Article) -> Article:
    """The article with the line breaks of hard-wrapped copy read as the spaces they stand for
    (same offsets, sentences and furniture), so that a figure and its words are read across them."""
    wraps = soft_wraps(article.body) if "\n" in article.body else []
    if not wraps:
        return article
    chars = list(article.body)
    for brk in wraps:
        chars[brk] = " "
    return article.with_body("".join(chars))


# a capitalised word, not inside a name joined by a hyphen ("Jean-Pierre"), though it may follow a
# number's hyphen as a compound's unit does ("6.2-Magnitude Quake", "48-Hour Strike")
RE_TITLE_WORD = re.compile(r"(?:(?<![\w'’.-])|(?<=\d-))[A-Z][a-z]+(?=[\s,;:.!?)/\-’'\"”]|\Z)")
# an age after a name, set off by commas, or ending a list's line ("LIFETIME: Ngaio Te Rangi, 81")
RE_AGE_AFTER = re.compile(r", \d{1,3}(?:,|[ \t]*(?:\n|\Z))")
# the word after a capitalised one, and the capitalised word after that (a street's two-word name)
RE_TITLE_AFTER = re.compile(r" (?:(\d)|([A-Z][a-z]+)(?: ([A-Z][a-z]+))?)")
# words that stand before a number in prose without naming it ("About 40", "Rose 4%", "Aged 15")
LOWER_BEFORE_NUMBER = frozenset(
    (
        *FUNCTION_WORDS,
        *LINE_WRAP_WORDS,
        *(w for phrase in APPROX_WORDS for w in phrase.split()),
        *CHANGE_WORDS,
        *PEOPLE_VERBS,  # "Floods Kill 14", "Blast Kills 9": persons counted, no name's number
        *HEADLINE_OBJECT_VERBS,  # "Ryanair Orders 150 Boeing Jets": things counted, no name's number
        "aged",
        "magnitude",  # the scale a reading is on ("Quake Of Magnitude 6 Hits")
    )
)


# A headline-style sentence has TITLE_CASE_MIN_WORDS words or more that open with an ASCII capital
# (in_title_case): a sentence with fewer capitals is turned down by one count of them, without a
# regex tried over its words (most sentences of prose)
CAPITAL_MARKS = bytes(1 if ord("A") <= i <= ord("Z") else 0 for i in range(256))  # a bytes.translate table


# capitalised words a headline-style sentence keeps: the readers need them capitalised (months and
# weekdays of dates, the words that name a numbered thing, abbreviations of titles and firms, "No."
# of a rank, currency signs)
@lru_cache(maxsize=1)
def kept_capitals() -> frozenset[str]:
    """Capitalised words lowered_title_case leaves alone."""
    return frozenset(
        (*MONTHS, *WEEKDAYS, *NAME_WORDS, *STREET_WORDS, *ABBREVIATIONS, *currencies.sign_words())
    )


# A headline-style line: a line of its own, every longer word capitalised, no full stop at its end
# ("Governor Turns 70", "Ferry Crossing Cut By 20 Minutes"); a line that short needs only this many
# capitalised longer words, as no running prose fills a line with capitals and no full stop
HEADLINE_LINE_MIN_WORDS = 2
# A line set in capitals ("CITY SPENDS RS. 30 MILLION ON BUSES"): no lower-case letter and at least
# this many words of two capitals or more
CAPITALS_MIN_WORDS = 3
RE_CAPITALS_WORD = re.compile(r"(?<![\w'’-])[A-Z]{2,}(?![\w'’])")
# short words in capitals that are acronyms as often as words: kept in capitals ("US", "IT")
CAPITALS_KEPT_SHORT = frozenset(("us", "it"))
# a line no headline is: a byline ("By Jane Roe, Staff Writer"; not "By The Numbers: ...") or, in
# capitals, a dateline's place before a comma ("LIMA, MAY 4 -", "OSLO, 4 MAY, NTB.")
# (a box's head in capitals before a comma and the year it covers is no dateline: "HANBIT TOP
# FIVE, 2026"; late-units13)
RE_NOT_HEADLINE = re.compile(
    r"By (?!(?:The|A|An|Our|This|These)\b)[A-Z]|[A-Z][A-Z .'-]*, (?!(?:19|20)\d\d[ \t]*(?:\n|\Z))"
)

# A results line: final scores written "Team N Team M" with no dash, one result a segment of a
# line (after its start, a label's colon or a semicolon, up to a semicolon, a full stop or the
# line's end: "RESULTS: Rovers 2 City 0; United 1 Athletic 1."); team names are words in title
# case, not opening on a word that joins two numbers in a headline ("Bill 221 To 204" is a tally)
# nor on a forecast line's label ("Min 19 Max 27": two temperatures, weather_readings.forecast_reading).
# Such a line is no headline (its names keep their capitals) and its scores get no row.
RESULT_TEAM = (
    rf"(?!(?:To|And|Or|Over|Against|From|By|Than|Of|In|At|On|For|With|{'|'.join(FORECAST_LABELS)})\b)[A-Z][\w'’.&-]*"
    r"(?: (?:[A-Z][\w'’.&-]*|de|of|la))*"
)
RE_RESULT = re.compile(
    rf"(?:^|(?<=\n)|(?<=: )|(?<=; ))[ \t]*{RESULT_TEAM} (?P<n1>\d{{1,3}}) {RESULT_TEAM} (?P<n2>\d{{1,3}})"
    r"(?=[ \t]*(?:[;.](?!\d)|\n|\Z))"
)
# the cheap test for one: a word, a number, a name and a number before a segment's end (it opens
# with the space before the first number and looks back for the word, so the search skips to spaces)
RE_RESULT_HINT = re.compile(
    r" \d(?<=[A-Za-z] \d)\d{0,2} [A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)* \d{1,3}[ \t]*(?:[;.\n]|\Z)"
)
_last_hint: list[tuple[str, bool]] = [("", False)]  # the last text may_hold_results read, and its answer


# a results line's first two places in order, each before a capitalised name ("1 Silver Arrow (5/2
# fav), 2 Northern Lad"): its runners' names keep their capitals (sport_names.is_result_place reads them)
RE_PLACE_RUN = re.compile(r"1 [A-Z][^\n]{0,100}?[;,] 2 [A-Z]")


def _place_run(body: str, start: int, end: int) -> bool:
    """Whether the sentence at body[start:end] holds a run of places (RE_PLACE_RUN) after a colon,
    a semicolon, a comma or a line's start."""
    return body.find("1 ", start, end) >= 0 and any(
        m.start() == 0 or body[m.start() - 2 : m.start()] in (": ", "; ", ", ") or body[m.start() - 1] == "\n"
        for m in RE_PLACE_RUN.finditer(body, start, end)
    )


def may_hold_results(body: str) -> bool:
    """Whether RE_RESULT_HINT finds a results line's hint in the text. Headlines are read before
    the scan (lowered_title_case) and results lines in it (count_results.scan_results_lines), mostly in
    the same text, so the answer for the last text is kept (for that very object only)."""
    last, found = _last_hint[0]  # (read once: another thread may replace it)
    if last is body:
        return found
    found = RE_RESULT_HINT.search(body) is not None
    _last_hint[0] = (body, found)
    return found


def _headline_line(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is a whole line with no full stop at its end (a headline, a
    sub-heading, a slug), not a sentence of prose."""
    return (
        (start == 0 or body[start - 1] == "\n")
        and (end == len(body) or body[end] in "\r\n")
        and body[end - 1 : end] not in (".", "")
    )


# a number word in capitals ("FIVE", "TWENTY"): what a heading before an aside is read for
RE_CAPITALS_NUMBER_WORD = re.compile(
    rf"\b(?:{'|'.join(sorted((w.upper() for w in {*UNIT_WORDS, *TENS_WORDS}), key=len, reverse=True))})\b"
)


def _capitals_before_aside(body: str, start: int, end: int) -> int:
    """Where a line set in capitals with a number word in words, before a bracketed aside in lower
    case that ends it, opens the aside ("THE WEEK'S TOP FIVE (live and on the night)"; late-kinds11;
    "SOUTHERN WATERS (out to 20 nautical miles)" keeps its capitals), or -1."""
    if body[end - 1 : end] != ")":
        return -1
    cut = body.find(" (", start, end)
    if cut <= start or not _in_capitals(body, start, cut):
        return -1
    return cut if RE_CAPITALS_NUMBER_WORD.search(body, start, cut) else -1


def _in_capitals(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is set in capitals: no lower-case letter, and CAPITALS_MIN_WORDS
    words of two capitals or more."""
    if any(c.islower() for c in body[start:end]):
        return False
    return sum(1 for _ in RE_CAPITALS_WORD.finditer(body, start, end)) >= CAPITALS_MIN_WORDS


# A day's heading set in capitals, as forecast pages, diaries, listings and archive columns set it
# ("FRIDAY 4 DECEMBER", "MONDAY 29 NOVEMBER 1926", "SAT 5 DEC"): no lower-case letter, a digit,
# and every word of two capitals or more a weekday's or a month's name, one of them a month's; it is
# read in title case ("Friday 4 December"), a date as prose writes it
MONTHS_IN_CAPITALS = frozenset(month.upper() for month in MONTHS)
CALENDAR_WORDS_IN_CAPITALS = MONTHS_IN_CAPITALS | frozenset(
    name for day in WEEKDAYS for name in (day.upper(), day[:3].upper())
)


def _day_heading(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is a day's heading in capitals (see above)."""
    text = body[start:end]
    if any(c.islower() for c in text) or not any(c.isdigit() for c in text):
        return False
    words = [word.group(0) for word in RE_CAPITALS_WORD.finditer(body, start, end)]
    return (
        bool(words)
        and all(word in CALENDAR_WORDS_IN_CAPITALS for word in words)
        and any(word in MONTHS_IN_CAPITALS for word in words)
    )


RE_ORDINAL_SUFFIX_IN_CAPITALS = re.compile(r"(?<=\d)(?:ST|ND|RD|TH)\b")  # "THURSDAY 3RD DECEMBER"


def _day_heading_as_title_case(edits: dict[int, str], body: str, start: int, end: int) -> None:
    """Write each weekday's and month's name of a day's heading into edits in title case, and a
    day's ordinal suffix in lower case."""
    for word in RE_CAPITALS_WORD.finditer(body, start, end):
        edits.update((at, body[at].lower()) for at in range(word.start() + 1, word.end()))
    for suffix in RE_ORDINAL_SUFFIX_IN_CAPITALS.finditer(body, start, end):
        edits.update((at, body[at].lower()) for at in range(suffix.start(), suffix.end()))


def _with_edits(body: str, edits: dict[int, str]) -> str:
    """body with the character at each offset of `edits` replaced by its value (a few characters
    of a long text: no list of all its characters is built)."""
    pieces: list[str] = []
    done = 0
    for at in sorted(edits):
        pieces += [body[done:at], edits[at]]
        done = at + 1
    return "".join(pieces) + body[done:]


def _capitals_as_title_case(edits: dict[int, str], body: str, start: int, end: int) -> None:
    """Write body[start:end], set in capitals, into edits (offset -> character) headline-style: each word of four letters
    or more, and each shorter one that is a number word, a word before numbers in prose or a currency sign in
    that spelling ("OF", "PER", "RS" as "Rs"), capitalised and the rest lower case; currency codes
    and other short words (acronyms: "GDP", "EU", "MW") stay in capitals."""
    signs = currencies.sign_words()
    for word in RE_CAPITALS_WORD.finditer(body, start, end):
        text = word.group(0)
        title = text[0] + text[1:].lower()
        if text in signs:
            continue  # a currency code ("USD", "EUR")
        lower = text.lower()
        if (
            len(text) < 4
            and title not in signs
            and (lower not in LOWER_BEFORE_NUMBER or lower in CAPITALS_KEPT_SHORT)
            and lower not in UNIT_WORDS  # a number word ("THE TOP SIX", "TWO DEAD"), read as in prose
        ):
            continue  # an acronym ("GDP", "EU"), a unit's symbol ("MW")
        for at in range(word.start() + 1, word.end()):
            edits[at] = body[at].lower()


# letters in capitals glued to a number ("120MM OF RAIN", "A 5KM RUN"); one letter is left alone,
# as "40M" is as often a million as metres
RE_GLUED_CAPITALS = re.compile(r"(?<=\d)[A-Z]{2,4}(?![\w'’])")
RE_NUMBER_BEFORE = re.compile(r"[\d.,]+\Z")


def _unit_in_lower_case(body: str, start: int, letters: str) -> bool:
    """Whether letters in capitals glued to a number at `start` are a unit's symbol set in capitals:
    no unit as they stand, a unit in lower case ("MM", "KM", "KG"), and no money's scale after a
    currency sign ("$1.2MM")."""
    if measures.measure_for(letters) or not measures.measure_for(letters.lower()):
        return False
    if letters not in SCALE_ABBREVIATIONS_MONEY_ONLY:
        return True
    number = RE_NUMBER_BEFORE.search(body, max(0, start - 24), start)
    before = body[: number.start() if number else start].rstrip()[-1:]
    return not (before and unicodedata.category(before) == "Sc")


# An amount set in capitals inside a sentence of prose: a letter sign in capitals before a number and
# a scale word in capitals ("pledged RS 900 MILLION", "worth CG 480 MILLION"); the scale word in
# capitals shows the sign is set so too, not a name's letters ("the RS 5 coupe")
# (vocab.SCALE_WORDS's scale words in capitals from a lakh up: "LAKH", "CRORE", "MILLION", "BILLION",
# "TRILLION"; not "THOUSAND", as class-signs wrote the list)
CAPITAL_SCALES = tuple(word for word, scale in SCALE_WORDS.items() if word.isupper() and scale >= 100_000)
# what those words hold, the cheap test for one: "ILLION" searched once for the three words that end so
CAPITAL_SCALE_PARTS = tuple(dict.fromkeys("ILLION" if w.endswith("ILLION") else w for w in CAPITAL_SCALES))
RE_CAPITAL_SIGN_AMOUNT = re.compile(
    rf"(?<![\w'’-])[A-Z]{{2,4}}(?=\.?\s?\d[\d,.]*\s?(?:{'|'.join(CAPITAL_SCALES)})\b)"
)


@lru_cache(maxsize=1)
def signs_in_capitals() -> dict[str, str]:
    """Currency signs written in mixed case, by their spelling in capitals ("RS" -> "Rs", "NAF" ->
    "NAf", "KSH" -> "KSh"); codes, already in capitals, are not among them."""
    return {
        sign.upper(): sign
        for sign in sorted(currencies.sign_words(), reverse=True)
        if sign.isascii() and sign.isalpha() and sign != sign.upper()
    }


def capital_signs_as_written(article: Article) -> Article:
    """The article with a currency sign set in capitals before an amount whose scale word is in
    capitals spelled as the sign is ("RS 900 MILLION" read as "Rs 900 MILLION"; same offsets)."""
    body = article.body
    if not any(part in body for part in CAPITAL_SCALE_PARTS):
        return article  # (most texts: no scale word in capitals, no regex run)
    signs = signs_in_capitals()
    edits: dict[int, str] = {}
    for match in RE_CAPITAL_SIGN_AMOUNT.finditer(body):
        sign = signs.get(match.group(0))
        if sign is not None:
            edits.update((match.start() + i, letter) for i, letter in enumerate(sign))
    return article.with_body(_with_edits(body, edits)) if edits else article


def _places_as_written(edits: dict[int, str], body: str, spans: list[tuple[int, int]]) -> set[int]:
    """Write into edits each place's name in the spans set in capitals as the name is written
    ("SRI LANKA" as "Sri Lanka"), and return the offsets of those names."""
    offsets: set[int] = set()
    for start, end in spans:
        if not _in_capitals(body, start, end):
            continue
        titled = body[start:end].title()
        if len(titled) != end - start:
            continue  # (a letter whose title case is longer: offsets would not be kept)
        for s, e in currencies.place_spans(titled):
            edits.update((start + at, titled[at]) for at in range(s, e))
            offsets.update(range(start + s, start + e))
    return offsets


def lowered_title_case(article: Article) -> Article:
    """The article with each headline-style sentence ("Output Rose 4% to 2.1 Million Tonnes"), each
    headline-style line ("Governor Turns 70") and each line in capitals ("FARES RISE 7 PER CENT")
    written in lower case but for its first word, months, weekdays, words that name a numbered
    thing, currency signs, places and acronyms (a place in capitals written as its name is, a unit's
    symbol in capitals glued to its number in lower case; same offsets): such a sentence states its figures as prose
    does, and its unit words, scale words, currency words and number words are read as in prose."""
    body = article.body
    capitals = ascii_view(body).translate(CAPITAL_MARKS)  # 1 at each ASCII capital, 0 elsewhere
    spans: list[tuple[int, int]] = []
    results = may_hold_results(body)
    for s, e in article.sentences:
        count = capitals.count(1, s, e)
        if count < HEADLINE_LINE_MIN_WORDS or RE_NOT_HEADLINE.match(body, s) or line_dateline_end(body, s):
            continue  # (a dateline's place, its own sentence: "DAR ES SALAAM - " names the country)
        if results and RE_RESULT.search(body, s, e) or _place_run(body, s, e):
            continue  # a results line: its team names keep their capitals
        if count >= TITLE_CASE_MIN_WORDS and in_title_case(body, s, e):
            spans.append((s, e))
        elif _headline_line(body, s, e) and (
            in_title_case(body, s, e, HEADLINE_LINE_MIN_WORDS)
            or _in_capitals(body, s, e)
            or _day_heading(body, s, e)
        ):
            spans.append((s, e))
        elif _headline_line(body, s, e) and (cut := _capitals_before_aside(body, s, e)) > s:
            spans.append((s, cut))  # "THE WEEK'S TOP FIVE (live, viewers aged 4+)": the capitals
        elif count >= TITLE_CASE_MIN_WORDS * 2 and _in_capitals(body, s, e):
            spans.append((s, e))  # a sentence in capitals that ends on a full stop
    if not spans:
        return article
    original = body
    edits: dict[int, str] = {}  # offset -> its character in the copy
    for start, end in spans:
        if _in_capitals(body, start, end):
            _capitals_as_title_case(edits, body, start, end)
        elif _day_heading(body, start, end):
            _day_heading_as_title_case(edits, body, start, end)
        for glued in RE_GLUED_CAPITALS.finditer(body, start, end):  # "120MM OF RAIN", "40CM Of Snow"
            if _unit_in_lower_case(body, glued.start(), glued.group(0)):
                edits.update((at, body[at].lower()) for at in range(glued.start(), glued.end()))
    places = _places_as_written(edits, body, spans)
    if edits:
        body = _with_edits(body, edits)  # the lines in capitals set in title case, read below
    places.update(
        at for start, end in spans for s, e in currencies.place_spans(body, start, end) for at in range(s, e)
    )
    keep = kept_capitals()
    for start, end in spans:
        for word in RE_TITLE_WORD.finditer(body, start, end):
            if word.start() == start or word.group(0) in keep or word.start() in places:
                continue  # (a place's name: "Floods Hit Northern Vietnam", "SRI LANKA: ...")
            after = RE_TITLE_AFTER.match(body, word.end())
            if after is not None and after.group(1) and word.group(0).lower() not in LOWER_BEFORE_NUMBER:
                continue  # a name before its number ("Bahco 9031", "Radio 4")
            if after is not None and (after.group(2) in keep or after.group(3) in STREET_WORDS):
                continue  # a name before a word that names a place ("Wilbraham Road", "Mineral Spring Ave.")
            if RE_AGE_AFTER.match(body, word.end()):
                continue  # a name before an age ("Ms Okafor, 44, Said")
            edits[word.start()] = body[word.start()].lower()
    return article.with_body(_with_edits(original, edits))


# A list line's dash: a hyphen or dash opening a line before a space marks the line as an item
# ("- 240 beds"), so it is never a range's dash after the figure that ends the line before
# ("opened in 2019\n- 40 staff" is no range "2019-40"). A dash inside a line ("2019 - 2024") stays.
RE_LINE_DASH = re.compile(r"[ \t]*([-–—])(?= )")
BULLET_MARKS = "-–—•·*▪►●"  # the marks of a list's item ("- 240 beds", "• Two were hurt")
RE_LIST_LINE_START = re.compile(
    rf"\n[ \t]*[{re.escape(BULLET_MARKS)}\d]"
)  # a line a dash, a bullet or a digit opens
# A "by the numbers" box's line: a figure opening the line (after an optional bullet), a colon, then
# in lower case what the figure counts or measures ("- 240: beds in the new ward", "16.85: kilometres
# of new track"). Not a clock time or a ratio ("10:30", "3:1": no space after the colon), nor a
# numbered heading ("3: The plan", "Question 2: who pays?": a capital after the colon, or a word
# before the number).
LIST_FIGURE_OPENING = (  # a line's optional bullet, then its figure (subjects reads it too)
    rf"[ \t]*(?:[{re.escape(BULLET_MARKS)}][ \t]*)?\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion|trillion))?"
)
RE_LIST_LABEL = re.compile(LIST_FIGURE_OPENING + r"(:) +(?=[a-z])")
# ... and a sidebar line's figure, a dash, then a unit of time ("48,700 – hours volunteers gave"): the
# figure is a span in that unit, as "48,700 hours" is (late-kinds11); other nouns after the dash are
# left to the readers of the line
RE_LIST_DASH_UNIT = re.compile(
    LIST_FIGURE_OPENING + r" ([–—-]) (?=(?:minutes|hours|days|weeks|months|years)\b)"
)


def list_lines_as_prose(article: Article) -> Article:
    """The article with its list lines read as prose (same offsets): a dash that opens a line read
    as a bullet ("•"), and the colon after a figure that opens a line before what it counts read as
    a space, so that "- 240: beds" is read as "240 beds" is."""
    body = article.body
    if "\n" not in body:
        return article
    colons = ": " in body
    marks: list[tuple[int, str]] = []
    # the starts of the lines opened by a dash, a bullet or a digit (a literal line break first: the
    # regex engine skips to it fast, instead of a pattern tried at every line)
    starts = [m.start() + 1 for m in RE_LIST_LINE_START.finditer(body)]
    if RE_LIST_LINE_START.match("\n" + body[:8]):
        starts.insert(0, 0)
    for start in starts:
        dash = RE_LINE_DASH.match(body, start)
        if dash is not None:
            marks.append((dash.start(1), "•"))
        label = RE_LIST_LABEL.match(body, start) if colons else None
        if label is not None:
            marks.append((label.start(1), " "))
        unit = RE_LIST_DASH_UNIT.match(body, start)
        if unit is not None:
            marks.append((unit.start(1), " "))
    if not marks:
        return article
    chars = list(body)
    for at, char in marks:
        chars[at] = char
    return article.with_body("".join(chars))


# A table in the text: lines in a row whose cells are parted by "|", a tab or a run of two or more
# spaces ("Vegetable oil, 1.5L | 52.99 | 66.99", "Boston\t14\t3", "Safaricom     17.45"), one of
# them at least with a cell that is a number alone; the line before it, when short and no table
# line, is its heading ("Selected items, prices in TT$:"), and its first line, when it holds no
# number cell but years, the heads of its columns ("Item | Lowest | Highest", "(KD million) | 2026 |
# 2025": a results table's years head their columns).
RE_CELL_BREAKS = (re.compile(r"[ \t]*\|[ \t]*"), re.compile(r"[ \t]*\t[ \t]*"), re.compile(r" {2,}"))
RE_NUMBER_CELL = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")
RE_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
RE_RULE_CELL = re.compile(r"[-–—=:]+")  # a markdown table's rule line ("|---|:--|")
RE_RULE_LINE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|?)+[ \t]*")
HEADING_MAX_CHARS = 120
# A heading line ending in a bracketed percent ("Voting intention (%)", "Growth (per cent):",
# "Support (% of voters)") over label lines ("CDU/CSU 31 (30)", "Labour 33"): their bare numbers
# are percents (figures.tables); a table's row of column heads ("Party | Seats | Votes (%)") heads
# its last column only
RE_PERCENT_HEADING_END = re.compile(
    r"\((?:%|per ?cent|percent)(?:\s+of\s+[^()\n]{1,30})?\):?\Z", re.IGNORECASE
)
PERCENT_BLOCK_LINES = 16  # the most label lines read back from a line for such a heading


def percent_heading(line: str) -> bool:
    """Whether a stripped line is a heading ending in a bracketed percent (RE_PERCENT_HEADING_END),
    no table's row of column heads."""
    return (
        RE_PERCENT_HEADING_END.search(line) is not None
        and "|" not in line
        and "\t" not in line
        and "  " not in line
    )


def under_percent_heading(body: str, at: int) -> bool:
    """Whether the line holding `at` is a short label line ("Labour 33", no stop at its end) in a run
    of such lines right under a percent heading (percent_heading), read back PERCENT_BLOCK_LINES at most."""
    end = body.find("\n", at, at + HEADING_MAX_CHARS + 1)  # (bounded: a label line is short)
    if end < 0 and len(body) - at > HEADING_MAX_CHARS:
        return False
    end = len(body) if end < 0 else end
    start = body.rfind("\n", max(0, at - HEADING_MAX_CHARS - 1), at) + 1
    for _ in range(PERCENT_BLOCK_LINES):
        line = body[start:end].strip()
        if not line or len(line) > HEADING_MAX_CHARS or line[-1] in ".!?" or not line[0].isalpha():
            return False
        if start == 0:
            return False
        end = start - 1
        start = body.rfind("\n", max(0, end - HEADING_MAX_CHARS - 1), end) + 1
        if percent_heading(body[start:end].strip()):
            return True
    return False


class TextTable(NamedTuple):
    """A table in a text: its heading line's span (or None), its column heads' spans (or None),
    and the spans of each data line's cells, in order."""

    heading: tuple[int, int] | None
    heads: list[tuple[int, int]] | None
    rows: list[list[tuple[int, int]]]


def _cells(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a line's cells, stripped, parted by the first cell break the line holds
    ("|", else a tab, else two spaces); fewer than two when it is no table line."""
    line = body[start:end]
    for brk in RE_CELL_BREAKS:
        if brk.search(line) is None:
            continue
        cells: list[tuple[int, int]] = []
        at = start
        for m in [*brk.finditer(body, start, end), None]:
            cut = m.start() if m is not None else end
            text = body[at:cut]
            lead = len(text) - len(text.lstrip())
            if text.strip() and not RE_RULE_CELL.fullmatch(text.strip()):
                cells.append((at + lead, at + lead + len(text.strip())))
            at = m.end() if m is not None else end
        return cells
    return []


def _year_heads(body: str, run: list[list[tuple[int, int]]]) -> bool:
    """Whether a table's first line heads its columns with years ("Results (KD million) | 2026 |
    2025"): its first cell is words, its other number cells all years, and a later line holds a
    number cell that is no year."""
    first = run[0]
    return (
        not RE_NUMBER_CELL.fullmatch(body, *first[0])
        and all(
            RE_YEAR_CELL.fullmatch(body, s, e) for s, e in first[1:] if RE_NUMBER_CELL.fullmatch(body, s, e)
        )
        and any(
            RE_NUMBER_CELL.fullmatch(body, s, e) and not RE_YEAR_CELL.fullmatch(body, s, e)
            for cells in run[1:]
            for s, e in cells
        )
    )


def text_tables(body: str) -> list[TextTable]:
    """The tables of a text (see above), in order."""
    if "\n" not in body or not ("|" in body or "\t" in body or "  " in body):
        return []
    lines: list[tuple[int, int]] = []
    at = 0
    while at <= len(body):
        end = body.find("\n", at)
        end = len(body) if end < 0 else end
        lines.append((at, end))
        at = end + 1
    tables: list[TextTable] = []
    i = 0
    while i < len(lines):
        run: list[list[tuple[int, int]]] = []
        j = i
        while j < len(lines) and (
            len(cells := _cells(body, *lines[j])) >= 2 or run and RE_RULE_LINE.fullmatch(body, *lines[j])
        ):
            if cells:
                run.append(cells)
            j += 1
        numbered = [any(RE_NUMBER_CELL.fullmatch(body, s, e) for s, e in cells) for cells in run]
        if any(numbered):
            heads = run[0] if not numbered[0] or _year_heads(body, run) else None
            # the heading may stand over one blank line ("Financial highlights (KD million)", "", table)
            above = i - 2 if i > 1 and lines[i - 1][0] == lines[i - 1][1] else i - 1
            before = lines[above] if above >= 0 else None
            heading = (
                before
                if before is not None
                and 0 < before[1] - before[0] <= HEADING_MAX_CHARS
                and body[before[1] - 1] not in ".!?"
                else None
            )
            tables.append(TextTable(heading, heads, run[1:] if heads else run))
        i = max(j, i + 1)
    return tables
