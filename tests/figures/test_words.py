from __future__ import annotations

from analysis.figures.words import tokens


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
