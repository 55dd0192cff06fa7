from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.figures.words import first_token, first_tokens, iter_tokens, tokens


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


@given(st.text(alphabet="ab1,.-' %\n"), st.integers(0, 12), st.integers(0, 12), st.integers(0, 4))
def test_tokens_of_a_stretch_are_those_of_its_slice(text: str, start: int, length: int, count: int):
    end = start + length
    assert list(iter_tokens(text, start, end)) == tokens(text[start:end])
    assert first_tokens(text, start, end, count) == tokens(text[start:end])[:count]
    assert first_token(text, start, end) == ([*tokens(text[start:end]), ""])[0]
