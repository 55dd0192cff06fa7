"""The house chart rules as pure functions: nice limits, numbers as people write them, labels,
how a figure stands, whose claim it is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.house import (
    FILL_MIN,
    claim_note,
    figure_label,
    human_number,
    is_anaphoric,
    is_cut,
    is_scientific,
    money_text,
    nice_limit,
    plain_number,
    standing,
)


@pytest.mark.parametrize(
    ("largest", "limit"),
    [(77, 80), (600, 700), (160, 200), (1, 1.2), (9.5, 10), (282428, 300000), (0.3, 0.4)],
)
def test_nice_limit_is_just_past_the_largest_value(largest, limit):
    assert nice_limit(largest) == pytest.approx(limit)


@given(st.floats(min_value=1e-6, max_value=1e15, allow_nan=False))
def test_nice_limit_leaves_the_largest_bar_filling_most_of_the_axis(largest):
    limit = nice_limit(largest)
    assert limit > largest
    assert largest / limit > FILL_MIN


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1000, "1,000"),
        (24822, "24,822"),
        (77_000_000, "77 million"),
        (6.3e12, "6.3 trillion"),
        (1.78e9, "1.78 billion"),
        (6.25, "6.25"),
    ],
)
def test_human_number(value, text):
    assert human_number(value) == text


@given(st.floats(min_value=0, max_value=1e16, allow_nan=False))
def test_numbers_are_never_written_in_scientific_notation(value):
    for text in (
        human_number(value),
        plain_number(value),
        money_text(value, "KRW"),
        money_text(value, "USD"),
    ):
        assert not is_scientific(text), text


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        (77_000_000, "USD", "$77M"),
        (3_500_000, "EUR", "€3.5M"),
        (1.2e9, "USD", "$1.2bn"),
        (6.3e12, "KRW", "₩6.3tn"),
        (103e9, "PKR", "103 billion PKR"),
        (450_000, "KRW", "₩450,000"),
        (2.5e6, "CAD", "CA$2.5M"),
        (4.2e9, "MYR", "4.2 billion MYR"),
        (58.3, "USD", "$58.30"),  # cents keep both digits, as a price is written
        (1_250.5, "EUR", "€1,250.50"),
        (7.05, "MYR", "7.05 MYR"),
        (2_150, "USD", "$2,150"),
        (1.25e6, "USD", "$1.25M"),
    ],
)
def test_money_text(amount, currency, text):
    assert money_text(amount, currency) == text


@pytest.mark.parametrize("text", ["6.2e+13", "KRW (millions) x1e7", "1e7", "3.5E-4"])
def test_scientific_notation_is_recognised(text):
    assert is_scientific(text)


@pytest.mark.parametrize("text", ["6.3 trillion KRW", "2023", "$77M", "Suicide attacks"])
def test_plain_text_is_not_scientific(text):
    assert not is_scientific(text)


def test_label_comes_from_subject_and_measure_never_cut():
    assert figure_label("suicide attacks", None, "500 per cent") == "Suicide attacks"
    assert figure_label("sea level", "foot", "2 feet") == "Sea level, foot"
    assert figure_label("", None, "24,822") == "24,822"
    assert figure_label("the rally in...", None, "5") == "5"
    assert figure_label("corporation in 2024, up from", None, "₦4.2 billion") == "₦4.2 billion"
    assert figure_label("households", "tanker", "340,000") == "Households, tanker"


@pytest.mark.parametrize(
    "label",
    [
        "Corporation in 2024, up from",
        "Corporation in 2024, up from: “₦4.2 billion”",
        "Pakistan has seen a rise in...",
        "Rally in…: “5”",
        "Monthly bill\nfor a",
    ],
)
def test_a_cut_label_is_seen_even_with_its_quote_appended(label):
    assert is_cut(label)


@pytest.mark.parametrize(
    "label",
    ["Households", "Households: “340,000”", "Aid to the US", "Index, earlier level = 100.", "1,000", ""],
)
def test_a_whole_label_is_not_cut(label):
    assert not is_cut(label)


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("Revenue rose to $5M in the quarter.", "$5M", "actual"),
        ("The company expects revenue of $7M next year.", "$7M", "forecast"),
        ("UNHCR appealed for $613 million.", "$613 million", "forecast"),
        # an offer or a promise of money is a pledge, as "pledged" is
        (
            "Germany said it would send €25 million, and Norway offered a further $12 million.",
            "$12 million",
            "forecast",
        ),
        ("The Wellcome Trust promised another £5 million.", "£5 million", "forecast"),
        ("The Wellcome Trust gave another £5 million.", "£5 million", "actual"),
        ("Revenue was $5M, and it expects $7M next year.", "$5M", "actual"),
        ("The US has given $3 billion since 2021.", "$3 billion", "cumulative"),
        ("Aid so far totals $40M.", "$40M", "cumulative"),
        ("A bill will rise from ₦6,000 to ₦8,100, he said.", "₦6,000", "actual"),
        ("A bill will rise from ₦6,000 to ₦8,100, he said.", "₦8,100", "forecast"),
        # the next item of a list shares the list's verb
        ("The bank projects inflation of 3.5% for 2026 and 2.5% in 2027.", "2.5%", "forecast"),
        ("Fares are expected to rise 4% in 2026, 3% in 2027 and 2% in 2028.", "2%", "forecast"),
        ("Fares are expected to rise 4% in 2026, 3% in 2027 and 2% in 2028.", "3%", "forecast"),
        ("Sales rose 5% in 2024 and 6% in 2025.", "6%", "actual"),
        # ... but a clause with a verb of its own stands alone
        ("The fund will get $9M, and $4M was paid last year.", "$4M", "actual"),
        ("Exports grew 5% last year and imports will rise 2%.", "5%", "actual"),
        # fixwalk37-a: what final results give is no forecast; a forecast beside them still is
        ("The Farmers' Union will have 23 seats, according to final results.", "23 seats", "actual"),
        ("The Farmers' Union will have 23 seats, according to the exit poll.", "23 seats", "forecast"),
        ("Final results are due on Monday; the party expects 30 seats.", "30 seats", "forecast"),
    ],
)
def test_standing_of_a_figure_comes_from_its_clause(sentence, figure, kind):
    start = sentence.index(figure)
    assert standing(sentence, start, start + len(figure)) == kind


def test_claim_note_says_whose_figures_they_are():
    assert (
        claim_note(["the US special envoy", "the US special envoy"]) == "According to the US special envoy."
    )
    assert claim_note(["", None]) == "The article states these figures in its own voice, naming no source."
    assert claim_note(["UNHCR", ""]) == "According to UNHCR, and the article in its own voice."
    assert claim_note(["The corporation"]) == "According to the corporation."
    assert claim_note(["The Economist"]) == "According to The Economist."


def test_anaphoric_purposes_are_recognised():
    assert is_anaphoric("for these efforts")
    assert not is_anaphoric("to respond to recent earthquakes")
