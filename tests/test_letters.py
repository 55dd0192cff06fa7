"""Letter classes of any script (analysis/letters.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis.letters import CAPITAL, CAPITAL_BLOCKS, LETTER

RE_LETTER = re.compile(LETTER)
RE_CAPITAL = re.compile(CAPITAL)


def test_letters_of_any_script_are_letters():
    assert all(RE_LETTER.fullmatch(c) for c in "aZéãßøÇñМоΩ中ا")


def test_digits_underscores_number_signs_and_marks_are_not_letters():
    assert not any(RE_LETTER.fullmatch(c) for c in "05٣_²³¹½¼⁴₂Ⅻⅻ①❶'’- .%")


def test_capitals_are_the_upper_and_title_case_letters():
    assert all(RE_CAPITAL.fullmatch(c) for c in "AZÀÉÖØÞŁŠŽΩЖǅ")
    assert not any(RE_CAPITAL.fullmatch(c) for c in "azéßłωж5_ ×")


def test_the_ascii_capitals_are_a_to_z():
    assert [c for c in map(chr, range(128)) if RE_CAPITAL.fullmatch(c)] == list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


# the blocks of the Latin, Greek and Cyrillic letters and of the number signs ("²", "½", "Ⅻ", "①")
CHECKED_BLOCKS = ((0, 0x530), (0x1E00, 0x2000), (0x2070, 0x2190), (0x2460, 0x2500), (0x2776, 0x2794))


def test_in_the_checked_blocks_a_letter_is_what_python_calls_alphabetic():
    chars = [chr(p) for first, stop in CHECKED_BLOCKS for p in range(first, stop)]
    assert [c for c in chars if bool(RE_LETTER.fullmatch(c)) != c.isalpha()] == []


def test_a_capital_is_an_upper_or_title_case_letter_of_its_blocks():
    chars = [chr(p) for first, stop in CAPITAL_BLOCKS for p in range(first, stop)]
    assert [c for c in chars if bool(RE_CAPITAL.fullmatch(c)) != (c.isupper() or c.istitle())] == []


@given(st.text(min_size=1, max_size=1))
def test_a_capital_is_always_a_letter(char: str):
    assert not RE_CAPITAL.fullmatch(char) or RE_LETTER.fullmatch(char)
