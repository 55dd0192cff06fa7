"""Figure recogniser: every figure an article states, with its exact quote and character span."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING

from . import measures as unit_names
from .article import Article, in_title_case
from .attribution import figure_attribution
from .figures import (
    back_references,
    count_rates,
    count_results,
    counts,
    currency_signs,
    dates,
    durations,
    exchange_rates,
    measures,
    money,
    money_subjects,
    names,
    noun_phrases,
    old_money,
    people_subjects,
    percent,
    percent_points,
    scale_readings,
    sections,
    subject_clauses,
    subjects,
    tables,
)
from .figures import numbers as N
from .figures.carry_over import carry_units
from .figures.change_pairs import RE_PART_OF_WHOLE_AFTER, is_change_pair
from .figures.compose import compose, doubled_repeats
from .figures.coordination import is_alternatives, respective
from .figures.counts import GENERIC_NOUNS, RE_A_SCALE
from .figures.dates import month_anchors
from .figures.figure import Figure, Value
from .figures.resolve import Claims, disjoint
from .figures.words import text_fact
from .letters import ascii_view, lower_case
from .reading import (
    BULLET_MARKS,
    capital_signs_as_written,
    list_lines_as_prose,
    lowered_title_case,
    plain_letters,
    unwrapped,
)
from .vocab import (
    APPROX_WORDS,
    CHANGE_WORDS,
    RECIPE_SPOONS,
    WEIGHT_CUES,
)

if TYPE_CHECKING:  # pandas is imported by extract_figures, not with the command line's row path
    import pandas as pd

COLUMNS: tuple[str, ...] = (
    "article",
    "sentence",
    "start",
    "end",
    "quote",
    "value",
    "unit",
    "measure",
    "kind",
    "subject",
    "approx",
    "direction",
    "attribution",
)


# --------------------------------------------------------------------------------------------
# regular expressions, built from the vocabulary tables


RE_UNIT_LABEL = re.compile(r"\(unit: ([^)]+)\)")
RE_PER_LABEL = re.compile(r"\(per [^)]+\)")  # the unit a price is per ("(per kilo)"): no subject alone

# Anchors: every pattern of the figures/ scans starts at one of these, so each is tried only there.
# A number word: "seven", "twenty", "a dozen", "half a dozen" (capitalised too, or in lower-case
# text only).
# what "a" makes a number word of ("a dozen", "a hundred", "a half-dozen")
_AFTER_A = r"(?:dozen|hundred|thousand|half[ -]dozen)"
_NUMBER_WORD = (
    rf"(?:[Aa] {_AFTER_A}|[Hh]alf[ -]a[ -]dozen|"
    + N.grouped_alternation(
        {w for k in (*N.UNIT_WORDS, *N.TENS_WORDS, "dozen", "hundred") for w in (k, k.capitalize())}
    )
    + r")\b"
)
NUMBER_WORDS_LOWER = frozenset(
    (
        *N.UNIT_WORDS,
        *N.TENS_WORDS,
        "dozen",
        "a dozen",
        "half a dozen",
        "half-a-dozen",
        "a half dozen",
        "a half-dozen",
        "a hundred",
        "a thousand",
        "hundred",  # "another hundred and forty" (numbers.HUNDRED_AND)
    )
)
_NUMBER_WORD_LOWER = (
    rf"(?:a {_AFTER_A}|"
    + N.grouped_alternation(w for w in NUMBER_WORDS_LOWER if not w.startswith("a "))
    + r")\b"
)
# Each lower-case number word that no other starts with ("seven", not "seventy"), and the words
# that start with it, longest first: a text is searched for the roots with str.find, which costs
# far fewer instructions than a pattern tried after every character that ends a word.
NUMBER_WORD_ROOTS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (root, tuple(sorted((w for w in NUMBER_WORDS_LOWER if w.startswith(root)), key=len, reverse=True)))
    for root in sorted(NUMBER_WORDS_LOWER)
    if not any(root.startswith(other) for other in NUMBER_WORDS_LOWER if other != root)
)
RE_WORD_ANCHOR = re.compile(r"\b" + _NUMBER_WORD)
RE_WORD_ANCHOR_LOWER = re.compile(r"\b" + _NUMBER_WORD_LOWER)
# The same after the character before it, which is not an ASCII letter, digit or "_": the engine
# skips to such a character far faster than it tests a word boundary at every position (a letter
# or digit outside ASCII passes this test and is turned down after it: see word_anchors).
_AFTER_NON_WORD = {
    RE_WORD_ANCHOR: re.compile(r"[^A-Za-z0-9_]" + _NUMBER_WORD),
    RE_WORD_ANCHOR_LOWER: re.compile(r"[^a-z0-9_]" + _NUMBER_WORD_LOWER),
}
LEAD_OPENERS = " \"'“‘("  # what may stand before a sentence's first word
# ... and, at the start of a sentence only, the mark of a list's item ("- Eight were hurt",
# "• Two of the ...": reading.BULLET_MARKS), or an item's number ("2) Eight were hurt", "(3) Two of the ...")
RE_LEAD_OPENERS = re.compile(
    f"[{re.escape(LEAD_OPENERS + BULLET_MARKS)}]*(?:\\d{{1,2}}\\) +[{re.escape(LEAD_OPENERS)}]*)?"
)
# a dateline before a sentence's first word: "SINGAPORE:", "LONDON (Reuters) -", or its agency
# alone ("(AP) —", its bracket read as an opener)
# ... or a place in title case with its date and agency, as national agencies write them
# ("Ohrid, 3 March 2027 (MIA) -", "Varna, May 9 (BTA) -", "BALTI, Jan. 14 /MOLDPRES/ -")
RE_DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z .,'-]{1,40}(?:\([A-Za-z ]{1,20}\))?\s*[:—–-]|[A-Z][A-Za-z ]{1,20}\)\s*[—–-]"
    r"|[A-Z][A-Za-z .'-]{1,30},\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"\s*(?:\([A-Za-z ]{1,20}\)|/[A-Za-z]{2,20}/)?\s*[:—–-]"
    # ... or a log entry's time stamp ("10:40 p.m. – Two men were arrested", "08.15 - Three cars")
    r"|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?\s?m\.?)?\s*[—–-]"
)
END_BLOCK = 64  # characters per block of Scanner.figures_ending_in's index of ends
RE_KW_TAIL = re.compile(r"(?:[Bb]etween|[Ff]rom)\s+\Z")
APPROX_ENDINGS = tuple(sorted(APPROX_WORDS, key=len, reverse=True))  # longest first: "just over", then "over"
# the endings by their last two characters (every approximation word has two or more), longest first
APPROX_ENDINGS_BY_TAIL: dict[str, tuple[str, ...]] = {
    tail: tuple(e for e in APPROX_ENDINGS if e[-2:] == tail) for tail in {e[-2:] for e in APPROX_ENDINGS}
}
APPROX_SIGNS = "~≈"  # signs written right before a number for "about" ("~1.2mm", "≈40%")
A_SCALE_CUES = (
    "a million",
    "a billion",
    "a trillion",
    "a lakh",
    "a crore",
    "a-million",
    "a-billion",
    "a-trillion",
    "a half-",  # "a half-million fans"
)
RE_A_SCALE_CUE = re.compile("|".join(map(re.escape, A_SCALE_CUES)))  # one scan of the text for all of them
# ... and "two and a half million", "a half million": looked for only where "half " stands (the
# cues above share the prefix "a ", which the regex engine searches for fastest on its own)
HALF_SCALE_CUES = (
    "half million",
    "half billion",
    "half trillion",
    "half lakh",
    "half crore",
    "half thousand",
)
RE_HALF_SCALE_CUE = re.compile("|".join(map(re.escape, HALF_SCALE_CUES)))


def lower_word_anchors(lower: str) -> list[int]:
    """`word_anchors(lower, RE_WORD_ANCHOR_LOWER)` for a text in lower case: where each number
    word starts that no word character stands before and after, unless it lies inside the one
    before it ("dozen" in "a dozen")."""
    found: list[tuple[int, int]] = []
    for root, words in NUMBER_WORD_ROOTS:
        at = lower.find(root)
        while at >= 0:
            if not at or not _word_char(lower[at - 1]):
                for word in words:  # the longest that is there and ends a word
                    end = at + len(word)
                    if lower.startswith(word, at) and (end == len(lower) or not _word_char(lower[end])):
                        found.append((at, end))
                        break
            at = lower.find(root, at + 1)
    found.sort()
    anchors: list[int] = []
    last_end = 0
    for start, end in found:
        if start >= last_end:
            anchors.append(start)
            last_end = end
    return anchors


def _word_char(char: str) -> bool:
    """A character a regex's `\\w` matches (a letter or digit of any script, or "_")."""
    return char.isalnum() or char == "_"


def word_anchors(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Where `pattern` (RE_WORD_ANCHOR or RE_WORD_ANCHOR_LOWER) matches in text, in order: the
    starts of `pattern.finditer(text)`."""
    first = pattern.match(text)
    found = [0] if first else []
    after = _AFTER_NON_WORD[pattern]
    at = first.end() if first else 0
    while match := after.search(text, at):
        before = match.start()
        if text[before].isalnum() or text[before] == "_":  # a word character: no word boundary
            at = before + 1
        else:
            found.append(before + 1)
            at = match.end()
    return found


def digit_anchors(
    body: str, claim: Callable[[int, int], None], view: bytes | None = None
) -> tuple[list[int], list[str]]:
    """Where the runs of digits and separators (N.RE_DIGIT_RUN) start, in order, and the follower
    of each (N.follower), except the runs with more significant digits than a float keeps: each
    of these is claimed, so no pattern reads it. `view`: the body's ascii_view, if made already."""
    found: list[int] = []
    followers: list[str] = []
    for start, end, word in N.digit_runs(body, view):
        if end - start > N.MAX_SIGNIFICANT_DIGITS and N.beyond_float(body[start:end]):
            claim(start, end)  # too long to be a figure: no pattern may read it
        else:
            found.append(start)
            followers.append(word)
    return found, followers


def _approx_before(body: str, start: int) -> tuple[bool, int]:
    """Whether an approximation word stands right before `start`, and where it begins: the word
    starts the text or follows anything but a letter, digit or hyphen (a space, a line break, a
    quote mark, a bracket: "About 50", '"Nearly 300', "(about 40)", not "awesome 3")."""
    last = body[start - 1] if start else ""
    if not last.isspace():  # every approximation word is followed by white space; a sign is glued
        if last and last in APPROX_SIGNS and not (start >= 2 and body[start - 2].isalnum()):
            return (
                True,
                start - 1,
            )  # "~1.2mm", "≈40%": a sign of approximation glued to the number (not "10~20")
        if last == "-" and start >= 4 and body[start - 4 : start - 1].lower() == "sub":
            if start == 4 or not body[start - 5].isalnum():
                return True, start - 4  # "sub-300 sq m offices", "sub-7 nanometre chips": under the number
        return False, start
    before = body[max(0, start - 30) : start].lower()
    trimmed = before.rstrip()
    endings = APPROX_ENDINGS_BY_TAIL.get(trimmed[-2:], ())  # the endings that end as the text does
    if len(trimmed) == len(before) or not trimmed.endswith(endings):
        return False, start
    for ending in endings:
        if trimmed.endswith(ending):
            at = start - (len(before) - len(trimmed)) - len(ending)
            if not at or not (body[at - 1].isalnum() or body[at - 1] in "-_"):
                return True, at
    return False, start


@lru_cache(maxsize=4096)  # subjects repeat ("people", "", "attacks"); bounded whatever the input
def _names_nothing(subject: str) -> bool:
    """A subject that is empty, only a unit label, or one plain noun ("units", "people")."""
    bare = (RE_PER_LABEL.sub("", RE_UNIT_LABEL.sub("", subject)) if "(" in subject else subject).strip()
    return (
        not bare
        or (" " not in bare and bare.lower() in GENERIC_NOUNS)
        or not noun_phrases.content_words(bare)
    )


class Scanner(Claims):
    """Finds figures in one article; keeps the claimed number spans so no number counts twice."""

    def __init__(self, article: Article) -> None:
        # digits of other scripts in English copy as ASCII (N.digits_as_ascii), mixed and compound
        # numbers read as decimals of the same length ("2 1/2" as "2.500", "3
        # million 41 thousand" as "3.04100000000 million"), and typographic
        # spaces and hyphens in figures as ASCII (N.typography_as_ascii): offsets unchanged
        super().__init__(
            # (compounds last: their decimals are no evidence of the continental style)
            N.compounds_as_decimals(
                N.typography_as_ascii(N.mixed_as_decimals(N.digits_as_ascii(article.body)))
            ),
            article.in_furniture if article.furniture else None,
        )
        self.article = article
        self.figures: list[Figure] = []
        self._by_end: dict[int, list[Figure]] = {}  # figures_ending_in's index of the figures by their end
        self._indexed = 0  # how many of self.figures that index holds
        # ... and the distinct ends in it by block of END_BLOCK characters, for wide windows
        self._ends_by_block: dict[int, list[int]] = {}
        self._countries: tuple[str, ...] | None = None  # the article's countries, best first
        # currency_signs.article_dollar's answer; "" once looked up and none found
        self._dollar: str | None = None
        self.last_count: Figure | None = None  # the latest count found (counts come in text order)
        self.last_counted: Figure | None = None  # the latest count of people or attacks
        # the measurements and amounts found before the counts, by where they end (counted_units.measured_before)
        self.measured_by_end: tuple[list[int], list[Figure]] | None = None
        # where each new clause (", and", "; but") starts and ends in the text (counted_units._new_clause_between)
        self.new_clauses: tuple[list[int], list[int]] | None = None
        self.rate_named: tuple[int, str] | None = None  # where a rate with no figure was named, its measure
        # where the latest percent of a named rate was an interest-rate level, else -1
        self.rate_level_at = -1
        # percent._pronoun_measure's reading of its window so far: where the window starts, where
        # it was read to, the last digit there and the last measure named there
        self.pronoun_measures: tuple[int, int, int, re.Match[str] | None] = (-1, 0, -1, None)
        # percent._efficacy_subject's last sentence: its start and its medicines' starts, ends and words
        # length_readings.compared_to_level's last sentence: its start and where its first water level in
        # glued metres ends (the text's length when it has none)
        self.first_glued_level: tuple[int, int] = (-1, 0)
        self.efficacy_holders: tuple[int, list[int], list[int], list[str]] = (-1, [], [], [])
        body = self.body
        view = ascii_view(body)
        self.digits, self.followers = digit_anchors(body, self.claim, view)
        self.months = month_anchors(body) if self.digits else []
        self.date_digits = dates.date_digits(self.digits, self.months)
        self.year_digits = dates.year_digits(body, self.digits)
        self._distinct_followers = set(self.followers)
        self._digits_then: dict[int, list[int]] = {}
        self._approx_at: tuple[int, tuple[bool, int]] = (-1, (False, -1))  # approx_before's last answer
        self._lead_at = (-1, 0)  # a sentence's start and where its words begin (sentence_start_or_lower)
        self._title_at = (-1, False)  # a sentence's start and whether it is in title case
        self.sentence_facts: dict[str, tuple[int, bool]] = {}  # figures/words.sentence_fact's last answers
        self.text_facts: dict[str, bool] = {}  # figures/words.text_fact's answers
        self.sentence_firsts: dict[
            str, tuple[int, int]
        ] = {}  # figures/words.first_in_sentence's last answers
        # figures/words.sentence_names' and sentence_matches' answers, by sentence and cues
        self.sentence_cues: dict[tuple[int, tuple[str, ...] | re.Pattern[str]], bool] = {}
        # person_nouns.bracketed_abbreviations, built on first use
        self.abbreviations: dict[str, int] | None = None
        self._spans = article.sentences
        self._starts = article.sentence_starts
        self._sentence_at = (0, -1, (0, 0))  # sentence_bounds' last answer: from, up to, span
        self.lower = lower = lower_case(body, view)
        if len(lower) == len(body):  # same offsets: scan the lower-case text with half the alternatives
            self.words = lower_word_anchors(lower)
        else:
            self.words = word_anchors(body, RE_WORD_ANCHOR)
        scaled = RE_A_SCALE_CUE.search(lower) or "half " in lower and RE_HALF_SCALE_CUE.search(lower)
        self.a_scales = [m.start() for m in RE_A_SCALE.finditer(body)] if scaled else []

    def digits_then(self, followers: N.Followers) -> list[int]:
        """The digit anchors whose follower `followers` passes: the only ones where a pattern that
        needs one of its words after the number can match (see figures/numbers.py)."""
        found = self._digits_then.get(id(followers))
        if found is None:
            passes = followers.passing(self._distinct_followers)
            if not passes:
                found = []
            elif len(passes) == len(self._distinct_followers):
                found = self.digits  # every follower passes (read only, like every anchor list)
            else:
                found = list(compress(self.digits, map(passes.__contains__, self.followers)))
            self._digits_then[id(followers)] = found
        return found

    def kw_before(self, start: int) -> int | None:
        """Where "between" or "from" right before a range starts, if it is there."""
        match = RE_KW_TAIL.search(self.body, max(0, start - 10), start)
        return match.start() if match else None

    # --- bookkeeping -------------------------------------------------------------------------

    def add(self, figure: Figure) -> None:
        # the fields read once, unpacked (a named tuple's field read by name is a slow attribute look-up)
        start, end, core, value, unit, kind, found_subject, was_approx, direction, found_measure = figure
        approx, at = self.approx_before(core[0])
        if not approx and start < core[0]:  # "about $40 million": before the sign
            approx, at = _approx_before(self.body, start)
        if (
            approx
            and kind == "duration"
            and self.lower.startswith(("over ", "under ", "within "), at)
            and not self.lower.endswith(" for ", 0, at)
        ):
            approx = False  # "over five years" is a span of time; "for over two years" is more than two
        subject, measure = found_subject, found_measure
        if kind != "date" and _names_nothing(subject):
            clause = subject_clauses.clause_subject(self.body, self.sentence_bounds(start)[0], start)
            subject = subject_clauses.with_clause(subject, clause)
        if unit == "other" and not measure:
            measure = labelled_measure(subject)
        if (approx and not was_approx) or subject is not found_subject or measure is not found_measure:
            figure = Figure(
                start, end, core, value, unit, kind, subject, approx or was_approx, direction, measure
            )
        self.figures.append(figure)

    def figures_ending_in(self, low: int, high: int) -> Iterator[Figure]:
        """The figures found so far that end at `low` to `high` (inclusive), by their end and then in
        the order found (each figure is indexed once, not read again for each question; a wide window
        reads the ends in its blocks, not every offset)."""
        figures = self.figures
        by_end = self._by_end
        if self._indexed < len(figures):
            blocks = self._ends_by_block
            # (a slice from the first new figure, not islice, which steps over every earlier one
            # at each question: quadratic where a question follows each figure)
            for fig in figures[self._indexed :]:
                end = fig.end
                found = by_end.get(end)
                if found is None:
                    by_end[end] = [fig]
                    blocks.setdefault(end // END_BLOCK, []).append(end)
                else:
                    found.append(fig)
            self._indexed = len(figures)
        if high - low < END_BLOCK:
            for end in range(low, high + 1):
                yield from by_end.get(end, ())
            return
        blocks = self._ends_by_block
        ends = sorted(
            end
            for block in range(low // END_BLOCK, high // END_BLOCK + 1)
            for end in blocks.get(block, ())
            if low <= end <= high
        )
        for end in ends:
            yield from by_end[end]

    def approx_before(self, start: int) -> tuple[bool, int]:
        """Whether an approximation word stands right before `start`, and where it begins (the
        last answer is kept: a scan asks it of a number, then `add` of the same number)."""
        if self._approx_at[0] != start:
            self._approx_at = (start, _approx_before(self.body, start))
        return self._approx_at[1]

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """The span of the sentence holding an offset (Article.sentence_span); the scans ask
        about one sentence many times in a row, so the last one's reach is kept."""
        low, high, span = self._sentence_at
        if low <= offset < high:
            return span
        starts = self._starts
        index = max(0, bisect_right(starts, offset) - 1)
        low = starts[index] if index else -1  # every offset before the second start is in the first
        high = starts[index + 1] if index + 1 < len(starts) else len(self.body) + 1
        self._sentence_at = (low, high, self._spans[index])
        return self._spans[index]

    # --- context tests ----------------------------------------------------------------------

    def is_name_or_code(self, start: int, end: int) -> bool:
        """Digits inside names, clock times, phone numbers, codes (see figures/names.py)."""
        return names.is_name_or_code(self.body, start, end)

    def sentence_start_or_lower(self, start: int, text: str) -> bool:
        """Number words count when lower-case, or capitalised at the start of a sentence."""
        if text[0].islower():
            return True
        s_start, _ = self.sentence_bounds(start)
        if self._lead_at[0] != s_start:  # where the sentence's words begin, once per sentence
            self._lead_at = (s_start, RE_LEAD_OPENERS.match(self.body, s_start).end())
        first, last, body = self._lead_at[1], start, self.body
        while last > first and body[last - 1] in LEAD_OPENERS:
            last -= 1
        # body[first:last] is the sentence's text before the number, stripped: no copy of it is made
        if last <= first or body[last - 1] == ":":
            return True  # a colon before a capital opens a sentence ("The toll rose: Eight died")
        if RE_DATELINE_LEAD.fullmatch(body, first, last):
            return True
        if self._title_at[0] != s_start:
            self._title_at = (s_start, in_title_case(body, s_start, self.sentence_bounds(start)[1]))
        return self._title_at[1]

    # --- money --------------------------------------------------------------------------------

    def countries(self) -> tuple[str, ...]:
        """The countries the article gives evidence of, best first: a shared currency sign or name
        follows the best-ranked one that uses it (figures/money.py)."""
        if self._countries is None:
            meta = self.article.metadata
            context = " ".join(str(meta.get(k) or "") for k in ("dateline", "outlet", "title"))
            opening = self.body[: money.COUNTRY_EVIDENCE_CHARS]  # the dateline and lede name the country
            self._countries = currency_signs.countries_of(
                str(meta.get("source") or ""), context + "\n" + opening
            )
        return self._countries

    def country(self) -> str | None:
        """The article's country: the one it gives most evidence of."""
        return next(iter(self.countries()), None)

    def local_dollar(self) -> str | None:
        """The dollar a bare "$" stands for in this article, when not the US dollar (currency_signs.article_dollar)."""
        if self._dollar is None:
            self._dollar = currency_signs.article_dollar(self.body, self.digits, self.countries) or ""
        return self._dollar or None

    # --- ranges and changes --------------------------------------------------------------------

    def change_pair(self, m: re.Match[str]) -> bool:
        """ "A to B" read as a change from A to B, not as a range (see change_pairs.is_change_pair); not
        when a whole follows B ("lost 35 to 45 percent of their herds", "cut 10 to 15 per cent of
        the staff"): the pair is the one uncertain part of it lost or gained, a level reached is no
        part "of" its owner's whole."""
        return (
            m.group("join").split()[-1:] == ["to"]  # also after the first end's glued unit ("4m to 6m")
            and RE_PART_OF_WHOLE_AFTER.match(self.body, m.end()) is None
            and is_change_pair(self.body, m.start(), _is_change_word)
        )

    def range_ok(self, m: re.Match[str]) -> bool:
        """A range joined by "and" needs "between" before it; one joined by "or" is none after
        "either" (coordination.is_alternatives); others need nothing."""
        if not m.group("num2"):
            return True
        if "and" not in m.group("join"):
            return not is_alternatives(self.body, m.start(), m.group("join"))
        return self.body[max(0, m.start() - 8) : m.start()].lower().endswith("between ")

    # --- the sentence around a number ---------------------------------------------------------

    def weight_sentence(self, offset: int) -> bool:
        """Whether the sentence around an offset speaks of body or cargo weight, or the text is a
        recipe (it measures in spoons)."""
        s_start, s_end = self.sentence_bounds(offset)
        sentence = " " + self.lower[s_start:s_end]  # a space before its first word (cues " lose", ...)
        if any(cue in sentence for cue in WEIGHT_CUES):
            return True
        return text_fact(self, "recipe spoons", lambda: any(s in self.lower for s in RECIPE_SPOONS))


SCAN_ORDER: tuple[Callable[[Scanner], None], ...] = (
    count_results.scan_goals_behinds,
    count_results.scan_results_lines,
    count_results.scan_league_log,
    measures.scan_scientific,
    scale_readings.scan_ratio_terms,
    scale_readings.scan_held_ratios,
    dates.scan_dates,
    money.scan_money,
    old_money.scan_minor_money,
    old_money.scan_old_money,
    exchange_rates.scan_exchange_rates,
    percent.scan_percent,
    percent.scan_bare_rate_levels,
    measures.scan_measures,
    durations.scan_durations,
    dates.scan_years,
    counts.scan_compound_counts,
    counts.scan_counts,
    counts.scan_parts_of_which,
)


def find_figures(article: Article) -> list[Figure]:
    """All figures in an article, in text order, no two quotes overlapping."""
    body = article.body
    article = plain_letters(article)  # "İzmir" is read as "Izmir": lower case keeps the offsets
    article = unwrapped(article)  # hard-wrapped copy is read as the prose it wraps
    article = lowered_title_case(article)  # a headline-style sentence is read as prose
    article = capital_signs_as_written(article)  # "RS 900 MILLION" in prose is read as "Rs 900 MILLION"
    article = list_lines_as_prose(article)  # "- 240: beds" is read as "240 beds"
    doubled = _doubled_numbers(article)
    amounts = N.doubled_amounts(article.body)
    moved: list[N.Moved] = []
    if amounts:  # "Fifty Thousand Dollars ($50,000.00)" is read in lower case
        article = article.with_body(N.amounts_in_lower_case(article.body, amounts))
    if doubled:  # "five (5) years" is read as "five years", and gives its two mentions back
        body, moved = N.doubled_as_single(
            article.body, [pair for pair, _ in doubled], [stop for _, stop in doubled]
        )
        article = article.with_body(body)
    scanner = Scanner(article)
    for step in SCAN_ORDER:
        step(scanner)
    found = finish_figures(article, tables.table_units(scanner.figures, article.body, scanner.countries))
    if doubled or amounts:
        found = doubled_repeats(found, [pair for pair, _ in doubled], moved, amounts)
    return disjoint(found, body)


def _doubled_numbers(article: Article) -> list[tuple[N.Doubled, int]]:
    """The numbers written in words and in brackets (N.doubled_numbers), each with where the text
    after its bracket is moved up to: the end of its line or sentence."""
    found: list[tuple[N.Doubled, int]] = []
    body = article.body
    for pair in N.doubled_numbers(body):
        sentence_end = article.sentence_span(pair[0])[1]
        line_end = body.find("\n", pair[2], sentence_end)  # (a line's end past the sentence's is no stop)
        stop = sentence_end if line_end < 0 else line_end
        if stop >= pair[2]:
            found.append((pair, stop))
    return found


def finish_figures(article: Article, scanned: list[Figure]) -> list[Figure]:
    """The figures the scans found, in text order: ranges composed, units carried over, subjects
    named and inherited."""
    found = sorted(scanned, key=lambda f: (f.core[0], f.start, f.end))
    if "/3" in article.body:  # "21 1/3 innings" was read as 21.333: its exact value
        found = [_with_exact_third(f, article.body) for f in found]
    composed = compose(found, article.body, _is_change_word)
    carried = carry_units(composed, article.body, article.sentence_of)
    named = subjects.refine(carried, article.body, article.sentence_span)
    inherited = respective(
        back_references.inherit(named, article.body, article.sentence_of), article.body, article.sentence_of
    )
    expanded = back_references.expand_acronyms(inherited, article.body)
    held = people_subjects.with_sport_holders(expanded, article.body, article.sentence_span, _sport_text)
    listed = sections.listed_subjects(held, article.body, article.sentence_span)
    priced = money_subjects.with_price_units(listed, article.body)
    return count_rates.with_count_periods(priced, article.body)  # "17 people a day": people (per day)


def _with_exact_third(fig: Figure, body: str) -> Figure:
    """The figure with the exact value of the mixed number in thirds it was read over, if any."""
    third = N.exact_third(body[fig.core[0] : fig.core[1]]) if isinstance(fig.value, float) else None
    return fig if third is None else fig._replace(value=third)


def _sport_text(text: str) -> bool:
    """Whether a lower-cased sentence speaks of sport (percent_points.SPORT_CUES)."""
    return percent_points.RE_SPORT_CUE.search(text) is not None


def _is_change_word(word: str) -> bool:
    """A word that makes "A to B" after it a change ("rose 5 to 7", "up from 5 to 7"), not a range."""
    return word in CHANGE_WORDS


def labelled_measure(subject: str) -> str:
    """The measure a subject's unit label names ("(unit: months)" -> "month", "(unit: tomans)" ->
    "toman"), or "" when it has none: a figure of unit "other" is measured in it."""
    named = RE_UNIT_LABEL.search(subject)
    return unit_names.measure_of_label(named.group(1)) if named else ""


Row = tuple[str, int, int, int, str, Value, str, str, str, str, bool, str, str]


def iter_rows(article: Article) -> Iterator[Row]:
    """Rows of the figure table for one article, as tuples in COLUMNS order."""
    memo: dict[int, str] = {}
    clauses: dict[int, list[tuple[int, str]]] = {}
    body, article_id = article.body, article.id
    for fig in find_figures(article):
        # the fields read once, unpacked (a named tuple's field read by name is a slow attribute look-up)
        start, end, core, value, unit, kind, subject, approx, direction, measure = fig
        sentence = article.sentence_of(core[0])
        while end > core[1] and body[end - 1].isspace():  # a quote ends on its text, never on a space
            end -= 1
        yield (
            article_id,
            sentence,
            start,
            end,
            body[start:end],
            value,
            unit,
            measure or (labelled_measure(subject) if unit == "other" else ""),
            kind,
            subject,
            approx,
            direction,
            figure_attribution(article, sentence, core[0], memo, clauses),
        )


# the columns of a figure table whose type is set, not read from its cells ("value": objects, so an int
# stays an int beside a float)
FRAME_DTYPES: dict[str, object] = {
    "sentence": "int64",
    "start": "int64",
    "end": "int64",
    "approx": "bool",
    "value": object,
}


def figure_frame(rows: list[tuple[object, ...]], columns: Sequence[str] = COLUMNS) -> pd.DataFrame:
    """Figure rows (tuples in `columns` order) as a table. The `value` column keeps each value's
    own type: left to pandas, a column of ints and floats becomes float, and the year 2024 of
    "3.5 percent in 2024" would read 2024.0, which is no date."""
    import pandas as pd

    names = list(columns)
    # built column by column, each with its type once (a frame of rows, then re-typed, took twice as long);
    # with no rows every untyped column is of objects, as a frame of no rows has
    untyped = None if rows else object
    cells = list(zip(*rows, strict=True)) if rows else [()] * len(names)
    if len(cells) != len(names):
        raise ValueError(f"{len(names)} columns passed, the rows have {len(cells)}")
    return pd.DataFrame(
        {name: pd.Series(cells[at], dtype=FRAME_DTYPES.get(name, untyped)) for at, name in enumerate(names)},
        columns=names,
    )


def extract_figures(article: Article) -> pd.DataFrame:
    """The figure table of one article: one row per figure mention, columns COLUMNS."""
    return figure_frame(list(iter_rows(article)))
