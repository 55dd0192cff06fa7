from __future__ import annotations

import csv
import io

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from analysis.cli import main
from analysis.formats import PLAIN_DECIMALS, format_number


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("A 2.998×10−8 m/s drift.", "2.998×10−8 m/s", "0.00000002998"),
        ("A 1.2×10−11 m/s drift.", "1.2×10−11 m/s", "0.000000000012"),
    ],
)
def test_tiny_values_are_written_exactly_end_to_end(tmp_path, capsys, text, quote, value):
    article = tmp_path / "drift.txt"
    article.write_text(text, encoding="utf-8")
    assert main(["extract", str(article), "--jobs", "1"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["quote"], r["value"]) for r in rows] == [(quote, value)]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.5, "0.5"),
        (6.3, "6.3"),
        (-0.25, "-0.25"),
        (0.0000000001, "0.0000000001"),  # PLAIN_DECIMALS decimals hold it: written as before
        (0.1 + 0.2, "0.30000000000000004"),  # what was derived, not a rounded neighbour
        (-1.2e-11, "-0.000000000012"),
        (5e-324, "0." + "0" * 323 + "5"),
        (float("inf"), "inf"),
        (float("nan"), "nan"),
    ],
)
def test_numbers_are_plain(value, text):
    assert format_number(value) == text


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_finite_float_reads_back_as_itself(value):
    text = format_number(value)
    assert float(text) == value
    assert "e" not in text.lower() and "," not in text


@given(st.integers(-(10**15), 10**15), st.integers(1, PLAIN_DECIMALS))
def test_values_that_ten_decimals_hold_are_written_as_before(digits, decimals):
    value = digits / 10**decimals
    old = f"{value:.{PLAIN_DECIMALS}f}".rstrip("0").rstrip(".")
    assume(not value.is_integer() and float(old) == value)
    assert format_number(value) == old
