from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis.figures import measures, percent
from analysis.figures.resolve import Claims, matches_at_word, matches_before_word

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
    for pattern in (measures.RE_CATEGORY, measures.RE_CATEGORY_STORM):
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
        (measures.RE_STAR_RATING, "star", measures.STAR_LEADS),
        (measures.RE_TAX_MILLS, "mill", measures.TAX_MILL_LEADS),
    ):
        found = [m.span() for m in matches_before_word(pattern, text, lower, word, leads)]
        assert found == [m.span() for m in pattern.finditer(text)]
