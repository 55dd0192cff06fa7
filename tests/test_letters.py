"""Letter classes of any script (analysis/letters.py)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.letters import (
    CAPITAL,
    CAPITAL_BLOCKS,
    LETTER,
    LETTER_RUN,
    MARK,
    MARK_BLOCKS,
    ascii_view,
    lower_case,
    non_ascii,
    plain_letters,
)

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


RE_MARK = re.compile(MARK)
RE_LETTER_RUN = re.compile(LETTER_RUN)


def test_combining_marks_are_marks_and_not_letters():
    marks = (
        "\u0301\u0303\u0308\u0327\u093f\u0947\u064e\u05b0\u20dd\ufe20"  # Latin, Devanagari, Arabic, Hebrew...
    )
    assert all(RE_MARK.fullmatch(c) for c in marks)
    assert not any(RE_LETTER.fullmatch(c) for c in marks)
    assert not any(RE_MARK.fullmatch(c) for c in "aé5_ -'’.%²")


def test_in_the_mark_blocks_a_mark_is_what_unicodedata_calls_one():
    chars = [chr(p) for first, stop in MARK_BLOCKS for p in range(first, stop)]
    assert [c for c in chars if bool(RE_MARK.fullmatch(c)) != unicodedata.category(c).startswith("M")] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Cafe\u0301 prices", ["Cafe\u0301", "prices"]),
        ("Nu\u0301n\u0303ez said", ["Nu\u0301n\u0303ez", "said"]),
        ("a\u0308\u0301b", ["a\u0308\u0301b"]),  # two marks on one letter
        ("\u0301abc", ["abc"]),  # a mark never starts a word
        ("e\u0301 5\u0301", ["e\u0301"]),  # nor follows a digit into a word
    ],
)
def test_a_letter_run_takes_the_combining_marks_inside_and_after_its_letters(text: str, words: list[str]):
    assert RE_LETTER_RUN.findall(text) == words


@given(st.text(st.sampled_from("aéñZ -'’5") | st.sampled_from("AEINOUaeinou"), max_size=40))
def test_a_decomposed_text_has_as_many_words_as_its_composed_form(text: str):
    composed = unicodedata.normalize("NFC", text)
    assert [
        unicodedata.normalize("NFC", w) for w in RE_LETTER_RUN.findall(unicodedata.normalize("NFD", composed))
    ] == (RE_LETTER_RUN.findall(composed))


@given(st.text(alphabet="ab?é\u212a\n€", max_size=40))
def test_the_ascii_view_keeps_every_offset_and_non_ascii_lists_the_rest(text: str):
    view = ascii_view(text)
    assert len(view) == len(text)
    assert all(chr(b) == c if c.isascii() else b == ord("?") for b, c in zip(view, text, strict=True))
    assert non_ascii(text, view) == "".join(c for c in text if not c.isascii())


@given(st.text(alphabet="aB?éÉ\u212a\u0130ΣΑ\ud800\n€", max_size=40))
def test_lower_case_is_str_lower(text: str):
    assert lower_case(text, ascii_view(text)) == text.lower()


# exrate33: the one home of "accents stripped" (currency names, town names, article ids)
@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("krónur", "kronur"),
        ("São Paulo", "Sao Paulo"),
        ("Umeå", "Umea"),
        ("Łódź", "Lodz"),
        ("Tromsø", "Tromso"),
        ("Gießen", "Giessen"),
        ("Diyarbakır", "Diyarbakir"),
        ("đồng", "dong"),
        ("Ёлки", "Елки"),  # accents of any script
        ("Kyiv", "Kyiv"),
    ],
)
def test_plain_letters_strip_accents_as_english_news_spells_names(text: str, plain: str):
    assert plain_letters(text) == plain
