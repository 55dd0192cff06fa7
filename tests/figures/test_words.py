from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis.extract import SCAN_ORDER
from analysis.figures.words import (
    RE_TOKEN,
    cue_within,
    first_token,
    first_tokens,
    sentence_fact,
    text_fact,
    tokens,
    tokens_before,
    tokens_between,
)

from .corpus import scanner_of


def test_words_numbers_and_signs():
    assert tokens("Attacks rose 60 per cent, to 1,480.") == [
        "Attacks",
        "rose",
        "60",
        "per",
        "cent",
        ",",
        "to",
        "1,480.",
    ]


def test_hyphens_and_apostrophes_stay_in_words():
    assert tokens("a three-day visit to Pakistan’s capital") == [
        "a",
        "three-day",
        "visit",
        "to",
        "Pakistan’s",
        "capital",
    ]


def test_letters_of_any_script_stay_in_words():
    assert tokens("Nestlé's São Paulo Zürich’s crème-brûlée Москва") == [
        "Nestlé's",
        "São",
        "Paulo",
        "Zürich’s",
        "crème-brûlée",
        "Москва",
    ]


def test_a_hyphened_name_keeps_its_possessive():
    # walk37: "Al-Wadi's revenue" was the subject "Al-Wadi ' s revenue"
    assert tokens("Al-Wadi's revenue, Coca-Cola’s sales and the rock-'n'-roll years") == [
        "Al-Wadi's",
        "revenue",
        ",",
        "Coca-Cola’s",
        "sales",
        "and",
        "the",
        "rock",
        "-",
        "'",
        "n'-roll",
        "years",
    ]


def test_number_signs_are_not_letters():
    assert tokens("5½ km² Ⅻ ①") == ["5", "km"]


@given(st.text(alphabet="aé1²½,.-'’ %\n"))
def test_a_token_never_splits_a_run_of_letters(text: str):
    spans = [m.span() for m in RE_TOKEN.finditer(text)]
    for run in re.finditer(r"[^\W\d_²½]+", text):
        assert any(s <= run.start() and run.end() <= e for s, e in spans), (run, spans)


@given(st.text(alphabet="ab1,.-' %\n"), st.integers(0, 12), st.integers(0, 12), st.integers(0, 4))
def test_tokens_of_a_stretch_are_those_of_its_slice(text: str, start: int, length: int, count: int):
    end = start + length
    assert tokens_between(text, start, end) == tokens(text[start:end])
    assert first_tokens(text, start, end, count) == tokens(text[start:end])[:count]
    assert first_token(text, start, end) == ([*tokens(text[start:end]), ""])[0]


def test_a_window_read_back_drops_the_word_its_start_cuts():
    text = "the regional water boards, which"
    assert tokens_before(text, 6, 25) == ["water", "boards"]  # "onal" of "regional" is no word
    assert tokens_before(text, 4, 25) == ["regional", "water", "boards"]  # a whole word is kept
    assert tokens_before(text, 0, 25) == tokens(text[:25])


@given(st.text(alphabet="ab1,.-' %\n"), st.integers(0, 12), st.integers(0, 12))
def test_a_window_read_back_is_its_slice_less_at_most_its_first_token(text: str, start: int, length: int):
    whole = tokens(text[start : start + length])
    assert tokens_before(text, start, start + length) in (whole, whole[1:])


def test_a_sentence_fact_is_worked_out_once_per_sentence():
    sc = scanner_of("One 5 and 6 and 7. Two 8 and 9.")
    asked: list[int] = []

    def fact(offset: int) -> bool:
        asked.append(offset)
        return offset < 18

    answers = [sentence_fact(sc, "early", at, fact) for at in (4, 10, 16, 23, 29)]
    assert answers == [True, True, True, False, False]
    assert asked == [4, 23]  # the first figure of each sentence


def test_a_text_fact_is_worked_out_once_per_text_and_name():
    sc = scanner_of("Whisk two eggs. Add 3 tablespoons of sugar.")
    asked: list[str] = []

    def fact(name: str) -> bool:
        asked.append(name)
        return name == "recipe"

    answers = [text_fact(sc, name, lambda n=name: fact(n)) for name in ("recipe", "power", "recipe", "power")]
    assert answers == [True, False, True, False]
    assert asked == ["recipe", "power"]


def test_many_pounds_and_points_in_one_sentence_read_it_once_each(monkeypatch):
    text = "In the poll the lead was " + ", ".join(f"{i} points" for i in range(1, 40)) + "."
    sc = scanner_of(text + " He lost " + ", ".join(f"{i} pounds" for i in range(1, 40)) + ".")
    weighed: list[int] = []
    read = sc.weight_sentence
    monkeypatch.setattr(sc, "weight_sentence", lambda at: weighed.append(at) or read(at))
    for step in SCAN_ORDER:
        step(sc)
    assert len(weighed) == 1
    assert sum(f.kind == "percent_change" for f in sc.figures) == 39


def test_a_word_typed_with_combining_marks_is_one_token():
    assert tokens("Cafe\u0301 prices at Nestle\u0301's well-kno\u0301wn shop") == [
        "Cafe\u0301",
        "prices",
        "at",
        "Nestle\u0301's",
        "well-kno\u0301wn",
        "shop",
    ]


@given(
    st.text(alphabet="ab exXpect", max_size=40),
    st.integers(0, 45),
    st.integers(0, 45),
    st.lists(st.sampled_from(["expect", "ab", "b", "x", "pe"]), min_size=1, max_size=3, unique=True),
)
def test_a_cue_in_a_window_is_never_missed(text: str, lo: int, hi: int, cues: list[str]):
    """speed35's trigger index may pass a window that holds no cue, never turn down one that holds
    one: a rule behind it is skipped only where none of its cues stands (the same text asked again
    with other cues and windows, as the index keeps it between calls)."""
    table = tuple(cues)
    inside = any(cue in text[lo:hi] for cue in table)
    assert cue_within(text, table, lo, hi) or not inside
    assert cue_within(text, table, 0, len(text)) == any(cue in text for cue in table)
