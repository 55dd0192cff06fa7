"""The hostile inputs of issue 9 that once took tens of seconds (or exponential time): each at the
issue's size under a generous limit far below the old times, and the same results on normal text.

The inputs are the benchmark's (benchmarks/hostile_speed.py), so both measure the same thing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from time import process_time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import article as article_module
from analysis import attribution, currencies
from analysis.article import article_from_text, load_article, split_sentences
from analysis.charts import comparable_groups
from analysis.extract import extract_figures
from analysis.figures.numbers import typography_as_ascii
from analysis.highlight import figures_in_sentences
from analysis.tables import percent_changes
from analysis.timelimit import TimeLimitExceeded, time_limit
from benchmarks.hostile_speed import PATTERNS, Pattern

CORPUS = Path(__file__).parent / "corpus"

# far below the old times (10 s to minutes at these sizes), above today's (0.1 s to 3.7 s); CPU
# time, so that other processes on a loaded machine cannot make the test fail
LIMIT_SECONDS = 5.0
# ... on a machine that reads the development set's articles in this much CPU time (the machine
# the limits were set on, idle); a slower machine, or one whose caches other processes share,
# gets the limit in proportion (the limit guards against time that grows faster than the input,
# which costs many times more, not against a machine's pace)
DEV_PASS_SECONDS = 0.09
# the hostile inputs below: each at the issue's size (or the size checked here) under a limit that
# catches a reader twice as slow as today's slowest (4.5 s), and at a quarter of it, so that time
# growing much faster than the input fails whatever the machine's pace: four times the input takes
# about four times as long when each figure is read once (6.3 measured on a loaded machine, whose
# caches other processes share), sixteen times when each reads every other; the bound sits between
HOSTILE_LIMIT_SECONDS = 10.0
GROWTH_BOUND = 10.0
# ... and an input read in less than this (at this machine's pace) is fast whatever its growth
FAST_SECONDS = 0.5


@cache
def machine_pace() -> float:
    """How many times longer than DEV_PASS_SECONDS this machine takes to read the development
    set's articles (the best of three passes after a warm-up; never below 1)."""
    articles = [load_article(path) for path in sorted((CORPUS / "dev" / "articles").glob("*.txt"))]

    def one_pass() -> float:
        began = process_time()
        for article in articles:
            extract_figures(article)
        return process_time() - began

    one_pass()
    return max(1.0, min(one_pass() for _ in range(3)) / DEV_PASS_SECONDS)


@contextmanager
def within(seconds: float) -> Iterator[None]:
    limit = seconds * machine_pace()
    try:
        with time_limit(limit, cpu=True):
            yield
    except TimeLimitExceeded:
        pytest.fail(f"took longer than {limit:.3g} s ({seconds:g} s at this machine's pace)")


def pattern(name: str) -> Pattern:
    return next(p for p in PATTERNS if p.name.startswith(name))


@pytest.mark.parametrize(
    "name",
    [
        "name words after a comma",
        '"x,said," without spaces',
        "run of dots",
        'run of "!?."',
        '"PHOTO:" lines',
        "blank lines of white space",  # minutes before the furniture test's white space kept to its line
        'numbers with a glued "c"',  # 25 s before the sentence's cents-per-unit test was read once
        'decimal "of a point" moves',  # 28 s at 8,000 before the sentence's poll test was read once
        'bare "degrees", no scale named',  # 10.6 s at 4,000 before the text's scale was read once
        'percents opened by "it"',  # 15 s at 4,000 before the sentence's measures were read once
        'percents after "expected"',  # 9 s at 8,000 before a sentence's cues were read once per table
        'bare "degrees" of an oven',  # 4.4 s at 8,000 (quadratic) before the oven cues were read so
        "quake magnitudes",  # 21 s at 4,000 before a sentence's pattern was searched once
        '"meters" in one sentence',  # 40 s at 8,000 when each "N meters" searched its sentence for a device
        # 12 s at 8,000 (quadratic) when each mark took the labels of the one before once more
        'rate levels crossed "below"',
        'number words after "rather than"',  # 8 s at 8,000 (quadratic) when each read every figure found
        # 15 s at 32,000 (quadratic) when each read the text before it for a list's colon
        "measured amounts after commas",
        "numbers in one sentence",  # 16 s before each number's follower was read once per stretch
        # RecursionError at 800 (2.6 s at 400, quadratic) when each clause asked the one before it anew
        'gapped "from A to B" clauses',
        # 4.2 s at 2,000 (quadratic) when each fraction read its sentence for poll and sport cues
        'fractions "half a point"',
        # 7.4 s at 2,000 (quadratic) when each percent read its sentence's words for a lending cue
        'percents after offered bare "rates"',
        # 19 s at 4,000 (quadratic) when each road walked its whole list both ways
        'roads listed "the R61, the R62"',
        # 10 s at 4,000 (quadratic) when each height read its sentence from the start for the tide's words
        "tide heights after clock times",
        # 5.7 s at 4,000 (quadratic) when each "the other two" walked every figure found after it
        '"the other two" after amounts',
        # 11 s at 8,000 (quadratic) when each "all six" walked every figure found after it; 4.4 s
        # (over the limit on a slower machine) when it asked its 1,500 characters back offset by offset
        '"all six" after amounts',
        # minutes at 32,000 (quadratic) when each year copied its sentence so far to read its clause's opening
        'years opening clauses "In 2021 fishermen"',
        # 5.8 s at 2,000 (quadratic) when each pair "from A and B" read every figure before it
        'pairs "up from A and B"',
        # 7.0 s at 8,000 (quadratic) when each clause's percent read every figure before it for dates
        'clauses with dates "between Sept. 1 and Nov. 30"',
        # 5.4 s at 16,000 (quadratic) when each share read every figure before it for one in its sentence
        "shares, one a sentence",
        # 11 s at 4,000 (quadratic) when each part took the part before it as its whole
        'parts "N km of it as"',
        # over 40 s at 8,000 (quadratic) when each figure looked through every piece the doubled
        # numbers moved, and each pair summed the view's pieces before it
        'numbers written twice "five (5) years"',
        # over 40 s at 2,000 (quadratic) when each cover read its sentence's words for an issue
        'covers "oversubscribed 1.5 times"',
        # 9.8 s at 4,000 (quadratic) when each efficacy read its sentence for the medicine before it
        'efficacies "86% effective against"',
        # 20 s at 1,000 (quadratic) when each glued "0.6m below" read its sentence for a water level
        'glued metres "0.6m below"',
        # 14 s at 8,000 (quadratic) when each bare number read its sentence back to a rate for a new clause
        'bare numbers "against 19" after a rate',
        # 25.6 s at 4,000 (quadratic) when each bare average read its sentence for a sport's words
        '"an average of 15" in one sentence',
        # 15 s at 8,000 (quadratic) when each amount after "and exported about" read its sentence
        # from the start for the first verb with a figure
        '"and exported about $8.9 billion"',
        # 11.8 s at 8,000 (quadratic) when each number word copied the text back to the bare count before it
        'party alternatives "or eight as a starter"',
        # 8.8 s at 8,000 (quadratic) when each number word searched the text since the aside for a preposition
        'number words after an aside "down from 15, and then eight"',
        # 11 s at 8,000 (quadratic) when each count of donors searched its sentence for an appeal's words
        'donors counted in one sentence "100 donors gave"',
        # 12.4 s at 4,000 (quadratic) when each average searched its sentence from the start for "each <owner>"
        'averages "with an average of 3.5 workers each"',
    ],
)
def test_hostile_input_at_the_issues_size_is_fast_and_grows_linearly(name):
    hostile = pattern(name)
    quarter = article_from_text(hostile.build(max(1, hostile.issue_size // 4)), "hostile")
    whole = article_from_text(hostile.build(hostile.issue_size), "hostile")
    floor = FAST_SECONDS * machine_pace() / GROWTH_BOUND  # the pace read before any timing
    began = process_time()
    extract_figures(quarter)
    quarter_seconds = process_time() - began
    with within(HOSTILE_LIMIT_SECONDS):
        began = process_time()
        figures = extract_figures(whole)
        whole_seconds = process_time() - began
    assert len(figures) >= 1
    growth = whole_seconds / max(quarter_seconds, floor)
    assert growth <= GROWTH_BOUND, f"4x the input took {growth:.1f}x the CPU time"


def test_spaced_decimal_commas_are_written_back_in_one_copy():
    # 13.6 s at 128,000 (quadratic) when each number was written back into a new copy of the text
    hostile = pattern('spaced decimal commas "1 412,6 km"')
    text = hostile.build(hostile.issue_size)
    with within(LIMIT_SECONDS):
        read = typography_as_ascii(text)
    assert len(read) == len(text) and "1,000.1 km" in read


def test_towns_of_a_text_with_many_lower_case_words_are_read_once():
    hostile = pattern("towns, each sentence a new lower-case word")
    text = hostile.build(hostile.issue_size)
    with within(LIMIT_SECONDS):  # minutes (quadratic) when each town joined the text's words anew
        ranking = currencies.article_countries(text)
    assert set(ranking) == {"EG", "GH"}  # the towns of Egypt and Ghana it names


def test_each_gapped_clause_of_a_long_chain_is_a_change():
    text = pattern('gapped "from A to B" clauses').build(1_200)
    figures = extract_figures(article_from_text(text, "hostile"))
    assert len(figures) == 2 * 1_201  # every "from A to B" two amounts, none a range
    assert set(figures["kind"]) == {"money"}


def test_amounts_after_and_verbs_still_take_the_doer_of_the_first_verb():
    text = (
        "The firms employed 204,380 people, and exported about $8.9 billion, and exported about $1.2 billion."
    )
    subjects = list(extract_figures(article_from_text(text, "v"))["subject"])
    assert subjects[1:] == ["exported by the firms"] * 2  # the first verb's doer, read once a sentence


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # InvalidOperation when a row label's unit re-read a number with its scale word in capitals
        ("Staff (number): 1.2 Million", [1_200_000]),
        ("Dividend per share (sen): 21.4 Us$8.9 Billion", [21.4, 8_900_000_000]),
        ("Sales volume ('000 units): 312", [312_000]),
    ],
)
def test_row_label_units_keep_a_number_with_its_own_scale_word(text, values):
    assert list(extract_figures(article_from_text(text, "t"))["value"]) == values


def test_names_after_a_comma_still_credit_the_speaker():
    text = pattern("name words after a comma").build(26)
    with within(LIMIT_SECONDS):
        assert attribution.sentence_attribution(text) == "Officials"


def test_levels_crossed_in_a_row_keep_one_label_each():
    text = pattern('rate levels crossed "below"').build(3)
    subjects = list(extract_figures(article_from_text(text, "l"))["subject"])
    assert subjects == ["yield (interest-rate level)"] * 3  # not one more label per level before it


def test_number_words_after_rather_than_still_take_the_unit():
    text = pattern('number words after "rather than"').build(2)
    figures = extract_figures(article_from_text(text, "r"))
    assert list(figures["quote"]) == ["2 years", "three", "3 years", "three"]
    assert set(figures["unit"]) == {"year"}  # "three" takes the unit of the span before it


def test_one_sentence_article_gives_html_linear_in_its_size():
    hostile = pattern("report HTML")
    text = hostile.build(hostile.issue_size)
    article = article_from_text(text, "hostile")
    with within(LIMIT_SECONDS):
        html = figures_in_sentences(article, extract_figures(article))
    assert html.count("<mark>") > 400
    assert len(html) < 5 * len(text)  # it was 450 times the text


def test_chart_standing_of_a_long_sentence_reads_its_clause_marks_once():
    hostile = pattern("chart standing")
    article = article_from_text(hostile.build(hostile.issue_size), "hostile")
    figures = extract_figures(article)
    with within(LIMIT_SECONDS):  # 21 s (quadratic) when each figure read its sentence from the start
        groups = comparable_groups(article, figures, "unit")
    assert {standing for _, standing, _ in groups} == {"actual"}


def test_periods_of_a_long_sentence_of_changes_are_read_once():
    hostile = pattern("periods of changes")
    article = article_from_text(hostile.build(hostile.issue_size), "hostile")
    figures = extract_figures(article)
    # over 30 s at 2,000 (quadratic) when each change read its sentence for its period, a
    # back-reference and its baseline, and filtered every figure for its sentence's dates
    with within(LIMIT_SECONDS):
        changes = percent_changes(article, figures)
    assert set(changes["period"]) == {"during the closure"}


def test_furniture_lines_are_found_and_their_numbers_skipped():
    text = pattern('"PHOTO:" lines').build(3)
    article = article_from_text(text, "f")
    assert len(article.furniture) == 3
    assert list(extract_figures(article)["quote"]) == ["5 people"]


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ('"We will not stop," the Health Minister said on Monday.', "the Health Minister"),
        ("Fighting rose by 60 per cent, the Brookings think tank reported.", "the Brookings think tank"),
        ("The UN special envoy for Afghanistan said 5 people died.", "The UN special envoy for Afghanistan"),
        ("Aid reached $77M, US officials told reporters.", "US officials"),
        ("Prices rose 5 per cent, Police informed the court.", "Police"),
        ("Five people died, according to the Interior Ministry.", "the Interior Ministry"),
    ],
)
def test_attribution_on_normal_sentences(sentence, credited):
    assert attribution.sentence_attribution(sentence) == credited


def _plain(name: str) -> str:
    """The name pattern as plain backtracking alternation: the meaning the fast one must keep (a name
    never starts inside a word: "spokesperson Mark Burke" is no name "on Mark Burke")."""
    return rf"(?<![\w-])(?:the\s+|The\s+)?(?:{attribution._NAME_FIRST})(?:\s+(?:{attribution._NAME_NEXT}))*"


WORDS = ["US", "The", "the", "Ministry", "of", "in", "informed", "report", "reported", "said", "told", "think",
         "tank", "envoy", "he", "x", "5", "U.S.", "O'Neil", "(WHO)", "has", ","]  # fmt: skip


@given(
    st.lists(st.sampled_from(WORDS), max_size=12),
    st.lists(st.sampled_from([" ", "  ", ", ", ""]), max_size=12),
)
def test_fast_name_patterns_match_as_plain_backtracking_would(words, gaps):
    text = '"' + "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    verbs = attribution._VERBS
    pairs = [
        (attribution.RE_AFTER_QUOTE, rf"[\"”,]\s+(?P<who>{_plain('')}|he|she|they|it)\s+(?:{verbs})\b"),
        (
            attribution.RE_SUBJECT_SAID,
            rf"(?P<who>{_plain('')})\s+(?:\([A-Z]{{2,}}\)\s+)?(?:has\s+|had\s+|have\s+)?(?:{verbs})\b",
        ),
    ]
    for fast, plain in pairs:
        found, expected = fast.search(text), re.search(plain, text)
        assert (found and found.span("who")) == (expected and expected.span("who"))


@given(st.text(alphabet=".!?\"'”’)] \naBU1(“", max_size=40))
def test_sentence_ends_tried_once_per_run_split_as_before(text):
    once = "(?<![.!?][.!?])"
    assert once in article_module._BREAK.pattern
    every_start = re.compile(article_module._BREAK.pattern.replace(once, ""))
    fast = split_sentences(text)
    article_module._BREAK, saved = every_start, article_module._BREAK
    try:
        assert split_sentences(text) == fast
    finally:
        article_module._BREAK = saved


@given(st.lists(st.sampled_from(["PHOTO: 5", "Read More: x", "6 died", "", " Photo: 7"]), max_size=12))
def test_in_furniture_agrees_with_the_spans(lines):
    article = article_from_text("\n".join(lines), "f")
    for offset in range(len(article.body) + 1):
        assert article.in_furniture(offset) == any(s <= offset < e for s, e in article.furniture)


@given(st.text(alphabet='ab"“”', max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_count_between_counts_the_slice(body, start, end):
    article = article_from_text("x" + body, "q")
    for char in '"“”':
        assert article.count_between(char, start, end) == article.body[start:end].count(char)


FRACTION_WORDS = ["half a point", "quarter-point", "three quarters of a point", "half-point", "Quarter point",
                  "poll", "rate", "%", "per", "cent", "quarter", "quarterly", "win", "winter", "wine", "half-time",
                  "from", "play", "score", "the", "5", "é", "x"]  # fmt: skip


@given(
    st.lists(st.sampled_from(FRACTION_WORDS), min_size=1, max_size=14),
    st.lists(st.sampled_from([" ", "-", "", ", ", "\n", ". "]), max_size=14),
)
def test_fraction_poll_test_read_once_agrees_with_the_sentence_without_it(words, gaps):
    from analysis.extract import Scanner
    from analysis.figures.percent import RE_FRACTION_POINT
    from analysis.figures.percent_points import fraction_poll_points, poll_points

    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    sc = Scanner(article_from_text(text, "f"))
    known: dict[int, tuple[bool, list[int]]] = {}
    for m in RE_FRACTION_POINT.finditer(sc.body):
        s, e = m.span()
        s_start, s_end = sc.sentence_bounds(s)
        without = sc.lower[s_start:s] + " " + sc.lower[e:s_end]  # as read before: a slice a fraction
        assert fraction_poll_points(sc, s, e, known) == poll_points(without)
