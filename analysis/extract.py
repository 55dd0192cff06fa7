"""Figure recogniser: every figure an article states, with its exact quote and character span."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import compress

import pandas as pd

from .article import Article
from .attribution import attribution_for
from .figures import counts, dates, durations, measures, money, names, percent, subjects
from .figures import numbers as N
from .figures.compose import carry_units, compose, is_change_pair
from .figures.counts import (
    GENERIC_NOUNS,
    RE_A_SCALE,
    RE_COUNT_DIGITS,
    RE_COUNT_SINGLE,
    RE_COUNT_WORDS,
    RE_FRACTION_AFTER,
    RE_OF_COUNT,
    RE_ONE_OF,
    VERBS_AFTER_COUNTS,
    is_demonym_plural,
    is_modifier_noun,
)
from .figures.dates import month_anchors
from .figures.figure import Figure, Value
from .figures.resolve import Claims
from .figures.words import tokens
from .vocab import (
    APPROX_WORDS,
    ATTACK_NOUNS,
    CHANGE_WORDS,
    DURATION_UNITS,
    FUNCTION_WORDS,
    PEOPLE_NOUNS,
    PEOPLE_VERBS,
    WEIGHT_CUES,
)

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


RE_NEXT_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
RE_FOLLOWING_WORD = re.compile(r"\s+(?:\(|[A-Za-z][\w'-]*)")


RE_UNIT_LABEL = re.compile(r"\(unit: ([^)]+)\)")
RE_CLAUSE_BREAK = re.compile(r";|\b(?:but|while|whereas)\b|,\s+and\b")

# Anchors: every pattern above starts at one of these, so each is tried only there.
RE_DIGIT_RUN = re.compile(r"\d[\d,.]*")
RE_WORD_ANCHOR = re.compile(
    r"\b(?:[Aa] (?:dozen|hundred|thousand)|"
    + N.grouped_alternation({w for k in (*N.UNIT_WORDS, *N.TENS_WORDS, "dozen") for w in (k, k.capitalize())})
    + r")\b"
)
RE_WORD_ANCHOR_LOWER = re.compile(
    r"\b(?:a (?:dozen|hundred|thousand)|"
    + N.grouped_alternation({*N.UNIT_WORDS, *N.TENS_WORDS, "dozen"})
    + r")\b"
)
# a dateline before a sentence's first word: "SINGAPORE:", "LONDON (Reuters) -"
RE_DATELINE_LEAD = re.compile(r"[A-Z][A-Z .,'-]{1,40}(?:\([A-Za-z ]{1,20}\))?\s*[:—–-]")
RE_KW_TAIL = re.compile(r"(?:[Bb]etween|[Ff]rom)\s+\Z")
APPROX_ENDINGS = tuple(sorted((f" {w}" for w in APPROX_WORDS), key=len, reverse=True)) + tuple(
    f"({w}" for w in APPROX_WORDS
)
A_SCALE_CUES = ("a million", "a billion", "a trillion", "a lakh", "a crore")


def _approx_before(body: str, start: int) -> tuple[bool, int]:
    """Whether an approximation word stands right before `start`, and where it begins."""
    if not start or not body[start - 1].isspace():
        return False, start  # every approximation word is followed by white space
    before = " " + body[max(0, start - 30) : start].lower()
    trimmed = before.rstrip()
    if len(trimmed) == len(before) or not trimmed.endswith(APPROX_ENDINGS):
        return False, start
    for ending in APPROX_ENDINGS:
        if trimmed.endswith(ending):
            return True, start - (len(before) - len(trimmed)) - len(ending) + 1
    return False, start


def _words(text: str) -> list[str]:
    return tokens(text)


@lru_cache(maxsize=4096)  # subjects repeat ("people", "", "attacks"); bounded whatever the input
def _names_nothing(subject: str) -> bool:
    """A subject that is empty, only a unit label, or one plain noun ("units", "people")."""
    bare = (RE_UNIT_LABEL.sub("", subject) if "(" in subject else subject).strip()
    return not bare or (" " not in bare and bare.lower() in GENERIC_NOUNS) or not subjects.content_words(bare)


class _Scanner(Claims):
    """Finds figures in one article; keeps the claimed number spans so no number counts twice."""

    def __init__(self, article: Article) -> None:
        super().__init__(article.body, article.in_furniture if article.furniture else None)
        self.article = article
        self.figures: list[Figure] = []
        self._country: str | None = None  # "" once looked up and none found
        self._last_count: Figure | None = None  # the latest count found (counts come in text order)
        self._last_counted: Figure | None = None  # the latest count of people or attacks
        body = self.body
        self.digits = []
        for m in RE_DIGIT_RUN.finditer(body):
            if m.end() - m.start() > N.MAX_SIGNIFICANT_DIGITS and N.beyond_float(m.group(0)):
                self.claim(*m.span())  # too long to be a figure: no pattern may read it
            else:
                self.digits.append(m.start())
        self.months = month_anchors(body) if self.digits else []
        self.date_digits = dates.date_digits(self.digits, self.months)
        self.year_digits = dates.year_digits(body, self.digits)
        self.followers = N.followers(body, self.digits)
        self._distinct_followers = set(self.followers)
        self._digits_then: dict[int, list[int]] = {}
        self._spans = article.sentences
        self._starts = article.sentence_starts
        self.lower = lower = body.lower()
        if len(lower) == len(body):  # same offsets: scan the lower-case text with half the alternatives
            self.words = [m.start() for m in RE_WORD_ANCHOR_LOWER.finditer(lower)]
        else:
            self.words = [m.start() for m in RE_WORD_ANCHOR.finditer(body)]
        self.a_scales = (
            [m.start() for m in RE_A_SCALE.finditer(body)] if any(c in lower for c in A_SCALE_CUES) else []
        )

    def digits_then(self, followers: N.Followers) -> list[int]:
        """The digit anchors whose follower `followers` passes: the only ones where a pattern that
        needs one of its words after the number can match (see figures/numbers.py)."""
        found = self._digits_then.get(id(followers))
        if found is None:
            passes = followers.passing(self._distinct_followers)
            found = list(compress(self.digits, map(passes.__contains__, self.followers)))
            self._digits_then[id(followers)] = found
        return found

    def kw_before(self, start: int) -> int | None:
        """Where "between" or "from" right before a range starts, if it is there."""
        match = RE_KW_TAIL.search(self.body, max(0, start - 10), start)
        return match.start() if match else None

    # --- bookkeeping -------------------------------------------------------------------------

    def add(self, figure: Figure) -> None:
        changes: dict[str, object] = {}  # made in one _replace at the end
        approx, at = _approx_before(self.body, figure.core[0])
        if approx and figure.kind == "duration" and self.lower.startswith(("over ", "under ", "within "), at):
            approx = False  # "over five years" is a span of time, not an approximate number
        if approx and not figure.approx:
            changes["approx"] = True
        subject = figure.subject
        if figure.kind != "date" and _names_nothing(subject):
            clause = subjects.clause_subject(self.body, self.sentence_bounds(figure.start)[0], figure.start)
            subject = changes["subject"] = subjects.with_clause(subject, clause)
        if figure.unit == "other" and not figure.measure:
            named = RE_UNIT_LABEL.search(subject)  # "(unit: months)" -> month
            if named:
                changes["measure"] = measures.measure_of(named.group(1))
        self.figures.append(figure._replace(**changes) if changes else figure)

    def approx_before(self, start: int) -> tuple[bool, int]:
        """Whether an approximation word stands right before `start`, and where it begins."""
        return _approx_before(self.body, start)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        return self._spans[max(0, bisect_right(self._starts, offset) - 1)]

    # --- context tests ----------------------------------------------------------------------

    def is_name_or_code(self, start: int, end: int) -> bool:
        """Digits inside names, clock times, phone numbers, codes (see figures/names.py)."""
        return names.is_name_or_code(self.body, start, end)

    def sentence_start_or_lower(self, start: int, text: str) -> bool:
        """Number words count when lower-case, or capitalised at the start of a sentence."""
        if text[0].islower():
            return True
        s_start, _ = self.sentence_bounds(start)
        lead = self.body[s_start:start].strip(" \"'“‘(")
        return lead == "" or bool(RE_DATELINE_LEAD.fullmatch(lead))

    # --- money --------------------------------------------------------------------------------

    def country(self) -> str | None:
        """The article's country, which settles shared currency signs and names (figures/money.py)."""
        if self._country is None:
            meta = self.article.metadata
            context = " ".join(str(meta.get(k) or "") for k in ("dateline", "outlet", "title"))
            opening = self.body[: money.COUNTRY_EVIDENCE_CHARS]  # the dateline and lede name the country
            self._country = money.country_of(str(meta.get("source") or ""), context + "\n" + opening) or ""
        return self._country or None

    # --- ranges and changes --------------------------------------------------------------------

    def change_pair(self, m: re.Match[str]) -> bool:
        """ "A to B" read as a change from A to B, not as a range (see compose.is_change_pair)."""
        return m.group("join").strip() == "to" and is_change_pair(self.body, m.start(), _is_change_word)

    def range_ok(self, m: re.Match[str]) -> bool:
        """A range joined by "and" needs "between" before it; others need nothing."""
        if not m.group("num2") or "and" not in m.group("join"):
            return True
        return self.body[max(0, m.start() - 8) : m.start()].lower().endswith("between ")

    # --- the sentence around a number ---------------------------------------------------------

    def _sentence_lower(self, offset: int) -> str:
        s_start, s_end = self.sentence_bounds(offset)
        return self.lower[s_start:s_end]

    def weight_sentence(self, offset: int) -> bool:
        """Whether the sentence around an offset speaks of body or cargo weight."""
        s_start, s_end = self.sentence_bounds(offset)
        sentence = self.lower[s_start:s_end]
        return any(cue in sentence for cue in WEIGHT_CUES)

    # --- counts --------------------------------------------------------------------------------

    def _count_unit_after(self, end: int) -> tuple[str, int, str, bool]:
        """Unit named by the words after a number, where that noun phrase ends, its head, plural."""
        _, s_end = self.sentence_bounds(end)
        unit, head_end, head, plural = "", end, "", False
        pos = end
        for i, match in enumerate(RE_NEXT_WORD.finditer(self.body, end, min(s_end, end + 80))):
            if match.start() != pos or i >= 4:
                break
            word = match.group(1)
            lower = word.lower()
            if (
                lower in FUNCTION_WORDS
                or lower in VERBS_AFTER_COUNTS
                or lower
                in (
                    "through",
                    "across",
                    "due",
                    "after",
                    "before",
                    "during",
                    "since",
                    "under",
                    "over",
                    "into",
                    "while",
                    "including",
                    "last",
                    "more",
                    "less",
                    "most",
                    "many",
                    "some",
                    "all",
                    "few",
                    "several",
                )
            ):
                break
            pos = match.end()
            if lower in PEOPLE_NOUNS or word in PEOPLE_NOUNS or is_demonym_plural(word):
                unit, head_end, head = "people", pos, word
            elif lower in ATTACK_NOUNS:
                unit, head_end, head = "attacks", pos, word
            elif lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
                head, head_end = word, pos
            if head and (lower.endswith("s") or lower in PEOPLE_NOUNS or lower in ATTACK_NOUNS):
                # the noun phrase ends at its first plural or counted noun ("people dead")
                plural = True
                if not is_modifier_noun(lower, self.body[pos : pos + 20]):
                    break
        return unit, head_end, head, plural

    def _clause_noun_unit(self, start: int) -> str:
        """The unit of the first counted noun of the clause before a change "from A to B": "a rise
        in attacks against the person, up from 233,600 to 265,800" counts attacks."""
        s_start, _ = self.sentence_bounds(start)
        clause = RE_CLAUSE_BREAK.split(self.body[max(s_start, start - 300) : start])[-1]
        for word in _words(clause):
            lower = word.lower()
            if lower in PEOPLE_VERBS:
                continue
            if lower in PEOPLE_NOUNS or word in PEOPLE_NOUNS or is_demonym_plural(word):
                return "people"
            if lower in ATTACK_NOUNS:
                return "attacks"
        return ""

    def _number_end(self, start: int) -> int:
        """Where the digit run starting at `start` ends."""
        match = RE_DIGIT_RUN.match(self.body, start)
        return match.end() if match else start

    def _inherited_unit(self, start: int) -> str:
        """A unit implied by the words before a bare number or by an earlier count in the sentence."""
        s_start, _ = self.sentence_bounds(start)
        _, cut = self.approx_before(start)  # "killed more than 50,000": the verb before "more than"
        before = _words(self.body[max(s_start, start - 80) : cut])
        lower = [w.lower() for w in before]
        if lower and lower[-1] in PEOPLE_VERBS:
            return "people"
        if "toll" in lower[-6:]:
            return "people"
        # the counted noun earlier in the same clause: "deaths increased 43% to 136,000"
        for original, word in zip(reversed(before[-10:]), reversed(lower[-10:]), strict=False):
            if not word[0].isalnum() or word in ("and", "or", "but", "while", "whereas"):
                if word not in ("%",):
                    break
            if (word in PEOPLE_NOUNS or original in PEOPLE_NOUNS or is_demonym_plural(original)) and (
                word not in PEOPLE_VERBS
            ):
                return "people"
            if word in ATTACK_NOUNS:
                return "attacks"
        # counts are added in text order, so the last people or attacks count is the nearest one
        last = self._last_counted
        if last is not None and s_start <= last.core[0] < start:
            return last.unit
        of_count = RE_OF_COUNT.match(self.body, self._number_end(start))
        if of_count:  # "23 of the 46 members": the unit of the whole
            unit = self._count_unit_after(of_count.end())[0]
            if unit:
                return unit
        if lower and lower[-1] in ("another", "other", "further", "additional"):
            # "Another 840,000 hold cards": the same unit as the count just before it
            earlier = self._last_count
            if earlier is not None and start - 400 < earlier.core[0] < start:
                return earlier.unit
        return ""

    def scan_counts(self) -> None:
        candidates: list[tuple[int, int, re.Match[str], bool]] = []
        for m in self.at(RE_A_SCALE, self.a_scales):
            candidates.append((m.start(), m.end(), m, True))
        for m in self.at(RE_COUNT_DIGITS, self.digits):
            candidates.append((m.start(), m.end(), m, False))
        for m in self.at(RE_COUNT_WORDS, self.words):
            candidates.append((m.start(), m.end(), m, False))
        candidates.sort(key=lambda c: (c[0], -c[1]))
        for s, e, m, a_scale in candidates:
            if not self.free(s, e):
                if not (m.groupdict().get("num2") and self.free(s, m.end("num"))):
                    continue
                single = RE_COUNT_SINGLE.match(self.body, s)
                if single is None:
                    continue
                m, e = single, single.end()
            gd = m.groupdict()
            num = gd["num"]
            words = num[0].isalpha() and not a_scale
            if not words and not a_scale and self.is_name_or_code(s, m.end("num")):
                continue
            if (
                not words
                and not a_scale
                and names.is_named_number(self.body, s, e, self.sentence_bounds(s)[0])
            ):
                continue
            if not a_scale and not gd.get("num2") and counts.in_ratio(self.body, s, e, N.parse_amount(num)):
                continue  # "one in five adults", "3 in 4 voters": a ratio, not a count
            if words and not self._word_count_ok(s, e, num):
                continue
            if words and gd.get("num2") and num.lower() == "one" and "or" in m.group("join"):
                continue  # "one or two": vague
            unit, head_end, head, plural = self._count_unit_after(e)
            partitive = counts.RE_PARTITIVE.match(self.body, e) if words else None
            if partitive and not unit:  # "two of Johnson's deputies": the whole names the unit
                unit, head_end, head, plural = self._count_unit_after(partitive.end())
                head_end = max(head_end, partitive.end())
            if (
                words
                and not plural
                and not unit
                and not partitive
                and not self._word_quantifies(e, num.lower() == "one")
            ):
                continue
            abbr = gd.get("abbr")
            if abbr and not counts.abbreviation_ok(abbr, num, unit, self.body, e):
                continue  # "1.4m Afghans", "4.3M sales", "25k", but not "400m hurdles" or "5k run"
            if (not unit and not plural) or head.lower() == "others":
                unit = self._inherited_unit(s)
            unit = unit or "count"
            if a_scale:
                value: Value = N.normalise_number(N.parse_a_scale(num))
            else:
                if gd.get("num2") and not self.range_ok(m):
                    if not unit or unit == "count" and not plural:
                        continue
                    # "45 and 50 cases": two figures sharing the noun after the second
                    a_end = m.end("num")
                    low_value = N.normalise_number(N.parse_amount(num, gd.get("scale")))
                    self.add(Figure(s, a_end, (s, a_end), low_value, unit, "count"))
                    s, num = m.start("num2"), m.group("num2")
                    m2 = RE_COUNT_SINGLE.match(self.body, s)
                    if m2 is None:
                        continue
                    m, gd = m2, m2.groupdict()
                if gd.get("num2") and m.group("join").strip() in "-–—" and not plural:
                    continue  # "3-1", "2-27": scores and bowling figures, not ranges of anything
                value = N.normalise_number(N.parse_amount(num, gd.get("scale") or abbr))
                if gd.get("num2"):
                    high = N.parse_amount(m.group("num2"), m.group("scale"))
                    low = N.range_low(num, m.group("num2"), high, m.group("scale"))
                    if high <= low and m.group("join").strip() != "to":
                        continue
                    if high <= low or self.change_pair(m):  # "up 4,293 to 25,145": before and after
                        if unit == "count" or not unit:
                            unit = self._clause_noun_unit(s) or "count"
                        self.add(
                            Figure(s, m.end("num"), (s, m.end("num")), N.normalise_number(low), unit, "count")
                        )
                        s = m.start("num2")
                        value = N.normalise_number(high)
                    else:
                        value = f"{N.normalise_number(low)}/{N.normalise_number(high)}"
            end = max(e, head_end)
            self.claim(s, e)
            subject = " ".join(self.body[e:head_end].split())
            figure = Figure(s, end, (s, e), value, unit, "count", subject)
            named = measures.clause_measure(self, s) if unit == "count" and not head and not words else ""
            if named:  # "cut their calorie intake by 500 a day": the clause names the unit
                figure = figure._replace(
                    unit="other", kind="other", subject=measures.label(named), measure=named
                )
            if head.lower() in ("points", "point") and percent.poll_points(self._sentence_lower(s)):
                figure = figure._replace(
                    unit="other", kind="percent_change", subject=f"{subject} (unit: percentage points)"
                )
            self._last_count = figure
            if unit in ("people", "attacks"):
                self._last_counted = figure
            self.add(figure)

    def scan_compound_counts(self) -> None:
        """Number words inside compound adjectives ("a seven-time champion"): a count of the noun;
        a list sharing one noun ("four-, five- and six-cylinder engines") gives one count each."""
        for m in self.at(counts.RE_SUSPENDED, self.words):
            s, e = m.span()
            noun = counts.suspended_noun(self.body, e)
            if not noun or not self.free(s, e) or not counts.compound_counts(m.group("num"), noun):
                continue
            if self.sentence_start_or_lower(s, m.group("num")):
                self.claim(s, e)
                value = N.normalise_number(N.parse_amount(m.group("num")))
                unit, kind, subject = "count", "count", noun
                if noun.lower() in DURATION_UNITS:  # "a two- to three-hour wait": a span of time
                    unit, kind = DURATION_UNITS[noun.lower()], "duration"
                    subject = f"(unit: {noun.lower()}s)" if unit == "other" else ""
                self.add(Figure(s, e, (s, m.end("num")), value, unit, kind, subject))
        for m in self.at(counts.RE_COUNT_COMPOUND, self.words):
            s, e = m.span()
            num, noun = m.group("num"), m.group("noun")
            if not self.free(s, e) or not self.sentence_start_or_lower(s, num):
                continue
            code = money.compound_currency(noun, self.country)  # "a one-yen bid": an amount
            measure = measures.reading(noun, True)  # "a five-pound bag", "a two-mile walk": a measurement
            if code is None and not measure and not counts.compound_counts(num, noun):
                continue
            following = RE_FOLLOWING_WORD.match(self.body, e, e + 30)
            end = following.end() if following and following.group(0).strip().isalpha() else e
            subject = " ".join(w for w in (noun, self.body[e:end].strip()) if w)
            self.claim(s, e)
            value = N.normalise_number(N.parse_amount(num))
            if code is not None:
                self.add(Figure(s, end, (s, e), value, code, "money", self.body[e:end].strip()))
            elif measure:
                self.add(
                    Figure(s, end, (s, e), value, "other", "other", measures.label(measure), measure=measure)
                )
            else:
                self.add(Figure(s, end, (s, m.end("num")), value, "count", "count", subject))

    def _word_count_ok(self, start: int, end: int, text: str) -> bool:
        lower = text.lower()
        if not self.sentence_start_or_lower(start, text):
            return False
        if lower in ("zero",):
            return False
        after = self.body[end : end + 12]
        if RE_ONE_OF.match(after) and lower == "one":
            return False
        if RE_FRACTION_AFTER.match(after):
            return False
        if lower == "one":
            unit, *_ = self._count_unit_after(end)
            return bool(unit) or counts.one_quantifies(self.body, start, end)
        return True

    def _word_quantifies(self, end: int, one: bool = False) -> bool:
        """A number word quantifies when a content word follows it ("one more increase": after
        "one" the noun is singular)."""
        match = RE_FOLLOWING_WORD.match(self.body, end, end + 30)
        if not match:
            return False
        word = match.group(0).strip()
        if word.lower() in ("more", "fewer", "other", "additional", "further"):
            # "eight more picks", "two other suspects": a plural noun after the modifier
            noun = RE_FOLLOWING_WORD.match(self.body, match.end(), match.end() + 30)
            plural = noun.group(0).strip().lower() if noun else ""
            if one:  # "one" was checked for idioms ("one more time") by counts.one_quantifies
                return plural.isalpha() and plural not in FUNCTION_WORDS and plural != "than"
            return plural.endswith("s") and not plural.endswith("ss") and plural not in ("times", "than")
        return (
            word == "("
            or word.lower() not in FUNCTION_WORDS
            and word.lower()
            not in (
                "times",
                "more",
                "less",
                "fold",
                "percent",
                "per",
            )
        )


SCAN_ORDER: tuple[Callable[[_Scanner], None], ...] = (
    measures.scan_scientific,
    dates.scan_dates,
    money.scan_money,
    money.scan_minor_money,
    percent.scan_percent,
    measures.scan_measures,
    durations.scan_durations,
    dates.scan_years,
    _Scanner.scan_compound_counts,
    _Scanner.scan_counts,
)


def find_figures(article: Article) -> list[Figure]:
    """All figures in an article, in text order."""
    scanner = _Scanner(article)
    for step in SCAN_ORDER:
        step(scanner)
    return finish_figures(article, scanner.figures)


def finish_figures(article: Article, scanned: list[Figure]) -> list[Figure]:
    """The figures the scans found, in text order: ranges composed, units carried over, subjects
    named and inherited."""
    found = sorted(scanned, key=lambda f: (f.core[0], f.start, f.end))
    composed = compose(found, article.body, _is_change_word)
    carried = carry_units(composed, article.body, article.sentence_of)
    named = subjects.refine(carried, article.body, lambda at: article.sentences[article.sentence_of(at)])
    return subjects.inherit(named, article.body, article.sentence_of)


def _is_change_word(word: str) -> bool:
    """A word that makes "A to B" after it a change ("rose 5 to 7", "up from 5 to 7"), not a range."""
    return word in CHANGE_WORDS


Row = tuple[str, int, int, int, str, Value, str, str, str, str, bool, str, str]


def iter_rows(article: Article) -> Iterator[Row]:
    """Rows of the figure table for one article, as tuples in COLUMNS order."""
    memo: dict[int, str] = {}
    body, article_id = article.body, article.id
    for fig in find_figures(article):
        sentence = article.sentence_of(fig.core[0])
        yield (
            article_id,
            sentence,
            fig.start,
            fig.end,
            body[fig.start : fig.end],
            fig.value,
            fig.unit,
            fig.measure,
            fig.kind,
            fig.subject,
            fig.approx,
            fig.direction,
            attribution_for(article, sentence, memo),
        )


def extract_figures(article: Article) -> pd.DataFrame:
    """The figure table of one article: one row per figure mention, columns COLUMNS."""
    frame = pd.DataFrame(list(iter_rows(article)), columns=list(COLUMNS))
    return frame.astype({"sentence": "int64", "start": "int64", "end": "int64", "approx": "bool"})
