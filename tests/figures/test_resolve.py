from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

import tests.figures
from analysis.article import Article, article_from_text
from analysis.extract import iter_rows
from analysis.figures import percent, scale_readings
from analysis.figures.figure import Figure
from analysis.figures.resolve import Claims, disjoint, matches_at_word, matches_before_word

DIGITS = re.compile(r"\d+")
NUMBER_AND_WORD = re.compile(r"\d+ \w+")


def test_claimed_characters_are_not_free():
    claims = Claims("5 people and 7 days")
    assert claims.free(0, 8)
    claims.claim(0, 8)
    assert not claims.free(0, 1) and not claims.free(7, 12)
    assert claims.free(8, 19)


def test_furniture_is_never_free():
    claims = Claims("PHOTO: 5 people\n7 days", in_furniture=lambda offset: offset < 15)
    assert not claims.free(7, 8)
    assert claims.free(16, 17)


def test_matches_only_at_anchors():
    claims = Claims("5 people and 17 days")
    assert [m.group() for m in claims.at(NUMBER_AND_WORD, [0])] == ["5 people"]
    assert [m.group() for m in claims.at(NUMBER_AND_WORD, [0, 13])] == ["5 people", "17 days"]


def test_claimed_anchors_are_skipped():
    claims = Claims("5 people and 17 days")
    claims.claim(13, 15)
    assert [m.group() for m in claims.at(DIGITS, [0, 13, 14])] == ["5"]


def test_matches_do_not_overlap():
    claims = Claims("17 days")
    assert [m.group() for m in claims.at(NUMBER_AND_WORD, [0, 1])] == ["17 days"]


def test_anchor_lists_are_merged_in_order():
    claims = Claims("5 people and 17 days")
    found = [m.start() for m in claims.at(DIGITS, [13], [0])]
    assert found == [0, 13]


def test_empty_anchor_lists_add_nothing():
    claims = Claims("5 people and 17 days")
    assert [m.start() for m in claims.at(DIGITS, [], [0, 13], [])] == [0, 13]
    assert list(claims.at(DIGITS, [], [])) == []


_CATEGORY_PIECES = st.sampled_from(
    ["Category 3", "category one storm", "category", "Category 6", " ", "x", "İ"]
)


@given(st.lists(_CATEGORY_PIECES, max_size=8).map("".join))
def test_matches_at_a_word_are_what_the_pattern_finds_in_the_whole_text(text: str) -> None:
    lower = text.lower()
    for pattern in (scale_readings.RE_CATEGORY, scale_readings.RE_CATEGORY_STORM):
        found = [m.span() for m in matches_at_word(pattern, text, lower, "category")]
        assert found == [m.span() for m in pattern.finditer(text)]


_PERCENTAGE_PIECES = st.sampled_from(["percentage", "percentage (35.1)", "percentage(4)", "(", "2", " ", "x"])


@given(st.lists(_PERCENTAGE_PIECES, max_size=8).map("".join))
def test_matches_at_a_word_in_lower_case_text(text: str) -> None:
    pattern = percent.RE_BRACKETED_AFTER_PERCENTAGE
    found = [m.span() for m in matches_at_word(pattern, text, text, "percentage")]
    assert found == [m.span() for m in pattern.finditer(text)]


_STAR_AND_MILL_PIECES = st.sampled_from(
    [
        "5 star",
        "4.5-Star",
        "three-star",
        "Seven stars",
        " rating",
        " out of five",
        " in Euro NCAP crash testing",
        "start",
        "a 4.5-mill levy",
        "levy of 12.125 mills",
        "millage of 9 mills",
        "million",
        " tax",
        "12",
        " ",
        "-",
        "x",
        "İ",
    ]
)


@given(st.lists(_STAR_AND_MILL_PIECES, max_size=10).map("".join))
def test_matches_before_a_word_are_what_the_pattern_finds_in_the_whole_text(text: str) -> None:
    lower = text.lower()
    for pattern, word, leads in (
        (scale_readings.RE_STAR_RATING, "star", scale_readings.STAR_LEADS),
        (scale_readings.RE_TAX_MILLS, "mill", scale_readings.TAX_MILL_LEADS),
    ):
        found = [m.span() for m in matches_before_word(pattern, text, lower, word, leads)]
        assert found == [m.span() for m in pattern.finditer(text)]


def _quotes(text: str) -> list[str]:
    return [row[4] for row in iter_rows(article_from_text(text, "case"))]


def test_a_tallys_sides_are_two_quotes_that_do_not_overlap():
    assert _quotes("The council voted 7 to 2 on Tuesday to raise the budget.") == ["7", "2"]


def test_a_quote_running_into_the_next_figure_ends_where_it_starts():
    body = "Two of its four mines closed."
    two = Figure(0, 21, (0, 3), 2, "count", "count")
    four = Figure(11, 21, (11, 15), 4, "count", "count")
    assert [(f.start, f.end) for f in disjoint([two, four], body)] == [(0, 3), (11, 21)]


def test_two_figures_over_one_quote_each_get_their_own():
    body = "She finished in 5min 38.4sec."
    minutes = Figure(16, 28, (16, 17), 5, "other", "duration")
    seconds = Figure(16, 28, (21, 25), 38.4, "other", "duration")
    assert [body[f.start : f.end] for f in disjoint([minutes, seconds], body)] == ["5min", "38.4sec"]


def test_a_second_reading_of_a_number_is_dropped():
    body = "It cost 40 million."
    assert disjoint(
        [Figure(8, 18, (8, 10), 4e7, "count", "count"), Figure(8, 10, (8, 10), 40, "count", "count")], body
    ) == [Figure(8, 18, (8, 10), 4e7, "count", "count")]


def _corpus() -> Iterator[tuple[str, Article]]:
    """Every text of the example lists of the figure tests and of tests/figure_corpus.py (the dev
    and probe articles: tests/test_whole_corpus.py, which extracts them once for its checks)."""
    modules = [importlib.import_module("tests.figure_corpus")] + [
        importlib.import_module(f"tests.figures.{info.name}")
        for info in pkgutil.iter_modules(tests.figures.__path__)
    ]
    seen: set[str] = set()
    for module in modules:
        for name, value in vars(module).items():
            if not name.isupper() or not isinstance(value, list | tuple):
                continue
            for item in value:
                text = item[0] if isinstance(item, tuple) and item and isinstance(item[0], str) else item
                if isinstance(text, str) and text not in seen:
                    seen.add(text)
                    yield text[:60], article_from_text(text, "case")


def test_no_two_figures_of_a_corpus_text_overlap():
    overlapping = []
    for label, article in _corpus():
        spans = sorted((row[2], row[3]) for row in iter_rows(article))
        overlapping += [(label, a, b) for a, b in zip(spans, spans[1:], strict=False) if b[0] < a[1]]
    assert overlapping == []
